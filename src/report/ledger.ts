/**
 * Actual cost as formulas over the Actuals table: SUMIFS of Amount with Date on or before the
 * status date, plus undated entries (the model counts them as spent before any status date).
 * Entries a formula cannot read (an amount or date typed as text) are copied, as values, into a
 * small helper block on the report, and summed from there as well.
 */
import { normaliseId } from '../model/parse/links';
import type { Actual, Task } from '../model/types';
import type { ReportContext } from './context';
import { literal } from './refs';

/** Ranges of the helper block (stand-ins until it is placed). */
export interface HelperRanges {
  date: string;
  /** The task's row in the Tasks sheet: a number, so the match is exact. */
  taskRow: string;
  category: string;
  amount: string;
}

export class Ledger {
  /** Entries copied to the helper block, in ledger order. */
  readonly unreadable: Actual[] = [];
  private readonly copied = new Set<Actual>();
  /** Ledger entries by task index, for the task criteria. */
  private readonly byTask = new Map<number, Actual[]>();
  private readonly amount: string | null;
  private readonly date: string | null;
  private readonly taskId: string | null;
  private readonly category: string | null;
  /** Whether undated entries are summed from the Actuals table, and from the helper block. */
  private readonly undatedDirect: boolean;
  private readonly undatedCopied: boolean;

  constructor(private readonly ctx: ReportContext) {
    const { cells } = ctx;
    this.amount = cells.column('Actuals', 'amount');
    this.date = cells.column('Actuals', 'date');
    this.taskId = cells.column('Actuals', 'taskId');
    this.category = cells.column('Actuals', 'category');
    if (this.amount === null) this.unreadable.push(...ctx.model.actuals);
    else for (const actual of ctx.model.actuals) {
      const amount = cells.cell('Actuals', 'amount', actual.row)?.raw;
      const date = this.date === null ? null : cells.cell('Actuals', 'date', actual.row)?.raw;
      const dateReadable = date === null || date === undefined || date === '' || typeof date === 'number' || date instanceof Date;
      if (typeof amount !== 'number' || !dateReadable) this.unreadable.push(actual);
    }
    for (const a of this.unreadable) this.copied.add(a);
    const undated = ctx.model.actuals.filter((a) => a.date === null);
    // Without a Date column no SUMIFS has a date to test, so nothing needs an undated term there.
    this.undatedDirect = this.date !== null && undated.some((a) => !this.copied.has(a));
    this.undatedCopied = undated.some((a) => this.copied.has(a));
    for (const a of ctx.model.actuals) {
      if (a.task === null) continue;
      const list = this.byTask.get(a.task) ?? [];
      list.push(a);
      this.byTask.set(a.task, list);
    }
  }

  /** True when the ledger exists in the input. */
  get present(): boolean {
    return this.ctx.model.tables.Actuals !== undefined;
  }

  /** Can the Actuals table itself be summed by formulas? */
  get direct(): boolean {
    return this.amount !== null;
  }

  /**
   * The actual cost on or before the status date (`sd`, an absolute reference), optionally for one
   * task's criteria or one category, as a sum of SUMIFS terms.
   */
  sum(sd: string, helper: HelperRanges | null, where: { task?: { row: number; criteria: string[] }; category?: string } = {}): string {
    const terms: string[] = [];
    if (this.amount !== null) {
      const conditions: string[][] = [];
      if (where.task) {
        if (this.taskId === null) return '0';
        for (const c of where.task.criteria) conditions.push([this.taskId, c]);
      } else {
        conditions.push([]);
      }
      for (const condition of conditions) {
        if (where.category !== undefined) {
          if (this.category === null) return '0';
          condition.push(this.category, where.category);
        }
        terms.push(...sumifs(this.amount, this.date, condition, sd, this.undatedDirect));
      }
    }
    if (helper && this.unreadable.length > 0) {
      const condition: string[] = [];
      if (where.task) condition.push(helper.taskRow, String(where.task.row));
      if (where.category !== undefined) condition.push(helper.category, where.category);
      terms.push(...sumifs(helper.amount, helper.date, condition, sd, this.undatedCopied));
    }
    return terms.length === 0 ? '0' : terms.join('+');
  }

  /** SUMIFS criteria that pick a task's ledger entries: its ID cell, and its name cell when entries name it. */
  taskCriteria(task: Task): string[] {
    const forms = new Set<'id' | 'name'>();
    for (const actual of this.byTask.get(task.index) ?? []) {
      if (this.copied.has(actual)) continue;
      const typed = this.ctx.cells.cell('Actuals', 'taskId', actual.row)?.raw;
      const text = typeof typed === 'number' ? String(typed) : typeof typed === 'string' ? typed.trim() : '';
      forms.add(normaliseId(text) === task.id ? 'id' : 'name');
    }
    if (forms.size === 0) forms.add('id');
    const out: string[] = [];
    for (const form of forms) {
      const text = form === 'id' ? task.id : task.name;
      const cell = this.ctx.cells.task(task, form);
      out.push(criterion(text, cell?.ref ?? null));
    }
    return out;
  }
}

/** SUMIFS terms: dated on or before `sd`, plus undated entries when there are any. */
function sumifs(amount: string, date: string | null, condition: string[], sd: string, undated: boolean): string[] {
  const rest = condition.length > 0 ? ',' + condition.join(',') : '';
  if (date === null) return [condition.length > 0 ? `SUMIFS(${amount}${rest})` : `SUM(${amount})`];
  const terms = [`SUMIFS(${amount}${rest},${date},"<="&${sd})`];
  if (undated) terms.push(`SUMIFS(${amount}${rest},${date},"")`);
  return terms;
}

/**
 * A SUMIFS criterion matching `text` exactly: the cell holding it when it is plain, else a literal
 * with wildcards escaped (`*`, `?`, `~` and a leading comparison sign would change the match).
 */
export function criterion(text: string, cellRef: string | null): string {
  const special = /[*?~]/.test(text) || /^[<>=]/.test(text) || text === '';
  if (!special && cellRef !== null) return cellRef;
  if (text === '') return '""';
  return literal('=' + text.replace(/[*?~]/g, '~$&'));
}
