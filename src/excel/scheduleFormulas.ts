/**
 * "Insert schedule": a `=PM.SCHEDULE(…)` formula in the header row, two columns right of the
 * Tasks table, after checking that the cells it will spill into are empty. The values variant
 * writes a schedule computed by the caller instead, for a copy to share without the add-in.
 * Tasks, Holidays and Settings are the tables the pane's table mapping names (the same rule as
 * reading), so the formula computes the plan the pane checked.
 *
 * Three syncs: find the tables; look at the block beside the table (only whether it is empty, so
 * the reply stays small however long the plan); write. A fourth reads the block's number formats
 * first when it has any (an earlier schedule, or cells someone formatted), so that a failed write
 * can be undone exactly.
 */
import { DATE_FORMAT } from '../functions/cores/outcome';
import { SCHEDULE_HEADER } from '../functions/cores/schedule';
import { serialFromDate } from '../model/dates';
import type { TableName } from '../model/types';
import { a1, columnLetter, parseRangeAddress, withoutSheet } from './a1';
import { MAKE_A_TABLE, type TableMapping, chosenName, locateInputsNow, missingInput, notATable } from './locateInputs';
import { officeErrorCode } from './officeErrors';
import type { InputCandidate } from './readWorkbook';

/** Columns a schedule shows as dates: those whose header mentions Start or Finish. */
function dateColumnsOf(header: readonly string[]): number[] {
  return header.flatMap((h, j) => (/start|finish/i.test(h) ? [j] : []));
}

/** What PM.SCHEDULE spills: its header + one row per task. */
const SCHEDULE_COLUMNS = SCHEDULE_HEADER.length;
const SCHEDULE_DATE_COLUMNS = dateColumnsOf(SCHEDULE_HEADER);
const PM_SCHEDULE = /^=\s*PM\.SCHEDULE\s*\(/i;

export type InsertResult =
  | { ok: true; sheet: string; address: string; message: string }
  | { ok: false; message: string };

/**
 * What the formula is given for each input: a table's name (passed as `Name[#All]`), or, for an
 * input on a plain sheet, a fixed range such as `'Days off'!$A$1:$C$9`.
 */
export interface ScheduleTables {
  tasks: string;
  holidays?: string;
  settings?: string;
}

/** `=PM.SCHEDULE(Tasks[#All], Holidays[#All], Settings[#All])`, passing only inputs that exist. */
export function scheduleFormula(t: ScheduleTables): string {
  // A table name never holds '!', a sheet range always does.
  const ref = (input: string | undefined) => (!input ? '' : input.includes('!') ? input : `${input}[#All]`);
  const args = [ref(t.tasks), ref(t.holidays), ref(t.settings)];
  while (args[args.length - 1] === '') args.pop();
  return `=PM.SCHEDULE(${args.join(', ')})`;
}

/** `'Days off'!$A$1:$C$9` from a loaded address. */
function fixedRange(sheet: string, address: string): string | undefined {
  const r = parseRangeAddress(withoutSheet(address));
  if (!r) return undefined;
  const cell = (row: number, column: number) => `$${columnLetter(column)}$${row}`;
  return `'${sheet.replace(/'/g, "''")}'!${cell(r.firstRow, r.firstColumn)}:${cell(r.lastRow, r.lastColumn)}`;
}

interface Target {
  tables: ScheduleTables;
  /** Inputs passed as fixed ranges (plain sheets): rows added there later are not counted. */
  fixed: string[];
  sheet: string;
  /** The block to fill: header row of the table, two columns right of its last column. */
  area: Excel.Range;
  address: string;
  rows: number;
  columns: number;
  /** The anchor's formula before we write ('' when empty). */
  anchorFormula: string;
  /** The non-empty part of the block, or null; cells an earlier PM.SCHEDULE spills into are allowed. */
  taken: string | null;
  /** The block held formats of its own (so an undo must put them back cell by cell). */
  formatted: boolean;
}

/** Why there is no Tasks table to put the schedule beside. */
function noTasksTable(tasks: InputCandidate | undefined, mapping: TableMapping | undefined): string {
  if (tasks) return `${notATable(tasks)}, so a schedule formula could not grow with them. ${MAKE_A_TABLE}`;
  if (chosenName('Tasks', mapping)) return missingInput('Tasks', mapping);
  return 'There is no Tasks table. Create the starter tables, or turn your task list into an Excel table named Tasks.';
}

/**
 * Finds the Tasks table and looks at the block beside it: two syncs. `size` gives the block's
 * size, or null for "as tall as the table, as wide as PM.SCHEDULE".
 */
async function findTarget(context: Excel.RequestContext, size: { rows: number; columns: number } | null, mapping?: TableMapping): Promise<Target | string> {
  const inputs = await locateInputsNow(context, mapping);
  const find = (role: TableName) => inputs.find((c) => c.role === role);
  const found = find('Tasks');
  const tasks = found?.table;
  if (!tasks) return noTasksTable(found, mapping);
  // Holidays or Settings on a plain sheet go in as the range they fill now.
  const others = (['Holidays', 'Settings'] as const).map((role) => {
    const input = find(role);
    return { role, input, used: input && !input.table ? input.area().load('address') : null };
  });

  const tableRange = tasks.getRange().load('rowCount');
  const beside = tableRange.getLastColumn().getOffsetRange(0, 2);
  const area = size
    ? beside.getCell(0, 0).getResizedRange(size.rows - 1, size.columns - 1)
    : beside.getResizedRange(0, SCHEDULE_COLUMNS - 1);
  area.load('address, rowCount, columnCount');
  const anchor = area.getCell(0, 0).load('formulas');
  const withValues = area.getUsedRangeOrNullObject(true).load('address');
  const withAnything = area.getUsedRangeOrNullObject(false).load('address');
  try {
    await context.sync();
  } catch (error) {
    if (officeErrorCode(error) !== 'InvalidArgument') throw error;
    return `There is no room to the right of the ${tasks.name} table for the schedule.`;
  }

  const ref = ({ input, used }: (typeof others)[number]) => {
    if (!input) return undefined;
    if (!used) return input.name;
    return used.isNullObject ? undefined : fixedRange(input.sheet, used.address);
  };
  const names: ScheduleTables = { tasks: tasks.name, holidays: ref(others[0]), settings: ref(others[1]) };
  const fixed = others.filter((o) => o.used && !o.used.isNullObject).map((o) => o.role);

  const anchorFormula = String(anchor.formulas[0][0] ?? '');
  let taken: string | null = withValues.isNullObject ? null : withoutSheet(withValues.address);
  if (taken && PM_SCHEDULE.test(anchorFormula)) {
    // An earlier schedule's spill (table rows × its columns) is ours to replace.
    const used = parseRangeAddress(withValues.address)!;
    const first = parseRangeAddress(area.address)!;
    const inside = used.lastRow < first.firstRow + tableRange.rowCount && used.lastColumn < first.firstColumn + SCHEDULE_COLUMNS;
    if (inside) taken = null;
  }
  return {
    tables: names,
    fixed,
    sheet: tasks.worksheet.name,
    area,
    address: withoutSheet(area.address),
    rows: area.rowCount,
    columns: area.columnCount,
    anchorFormula,
    taken,
    formatted: !withAnything.isNullObject,
  };
}

function blockedMessage(t: Target): string {
  const cells = t.taken!.includes(':') ? `${t.taken} are` : `${t.taken} is`;
  return `The schedule needs the empty cells ${t.address} on ${t.sheet}, but ${cells} not empty. Clear or move those cells, then try again.`;
}

/** Runs of neighbouring columns: [1,2,3,4,7] → [[1,4],[7,7]]. */
function runs(columns: readonly number[]): [number, number][] {
  const sorted = [...new Set(columns)].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && last[1] === c - 1) last[1] = c;
    else out.push([c, c]);
  }
  return out;
}

/** The data rows (below the header) of each run of date columns. */
function dateBlocks(t: Target, dateColumns: readonly number[]): Excel.Range[] {
  if (t.rows < 2) return [];
  return runs(dateColumns.filter((c) => c < t.columns)).map(([from, to]) => t.area.getCell(1, from).getResizedRange(t.rows - 2, to - from));
}

/**
 * Writes, and on failure puts the block back: empty (or the earlier PM.SCHEDULE formula, whose
 * spill fills it again), with the number formats it had.
 */
async function writeOrUndo(context: Excel.RequestContext, t: Target, blocks: Excel.Range[], write: () => void): Promise<void> {
  // Formats the block had are read first (rarely needed: only when someone formatted these cells).
  const before = t.formatted ? blocks.map((b) => b.load('numberFormat')) : [];
  if (before.length) await context.sync();
  const saved = before.map((b) => b.numberFormat);

  write();
  try {
    await context.sync();
  } catch (error) {
    t.area.clear('Contents' as Excel.ClearApplyTo);
    if (t.anchorFormula) t.area.getCell(0, 0).formulas = [[t.anchorFormula]];
    blocks.forEach((b, i) => {
      if (t.formatted) b.numberFormat = saved[i];
      else b.clear('Formats' as Excel.ClearApplyTo);
    });
    await context.sync().catch(() => undefined);
    throw error;
  }
}

function fill<T>(rows: number, columns: number, value: T): T[][] {
  return Array.from({ length: rows }, () => Array<T>(columns).fill(value));
}

function formatBlocks(blocks: Excel.Range[], t: Target, dateColumns: readonly number[]): void {
  const widths = runs(dateColumns.filter((c) => c < t.columns)).map(([from, to]) => to - from + 1);
  blocks.forEach((b, i) => {
    b.numberFormat = fill(t.rows - 1, widths[i], DATE_FORMAT);
  });
}

/** Formulas over a plain sheet's range do not grow with it: said once the formula is in. */
function fixedNote(t: Target): string {
  if (t.fixed.length === 0) return '';
  const what = t.fixed.join(' and ');
  return ` ${what} ${t.fixed.length > 1 ? 'are' : 'is'} passed as ${t.fixed.length > 1 ? 'fixed ranges' : 'a fixed range'}: make ${t.fixed.length > 1 ? 'them tables' : 'it a table'} (Ctrl+T) so that rows added later count.`;
}

/** Inserts (or updates) the PM.SCHEDULE formula beside the table the mapping names for Tasks. */
export async function insertScheduleFormula(context: Excel.RequestContext, mapping?: TableMapping): Promise<InsertResult> {
  const t = await findTarget(context, null, mapping);
  if (typeof t === 'string') return { ok: false, message: t };
  if (t.taken) return { ok: false, message: blockedMessage(t) };
  const formula = scheduleFormula(t.tables);
  const first = parseRangeAddress(t.address)!;
  const anchor = a1(first.firstRow, first.firstColumn);
  const blocks = dateBlocks(t, SCHEDULE_DATE_COLUMNS);
  await writeOrUndo(context, t, blocks, () => {
    t.area.getCell(0, 0).formulas = [[formula]];
    formatBlocks(blocks, t, SCHEDULE_DATE_COLUMNS);
  });
  const verb = PM_SCHEDULE.test(t.anchorFormula) ? 'Updated' : 'Inserted';
  return { ok: true, sheet: t.sheet, address: anchor, message: `${verb} ${formula} in ${t.sheet}!${anchor}.${fixedNote(t)}` };
}

export interface ValuesOptions {
  /** Columns to show as dates; default: those whose header mentions Start or Finish. */
  dateColumns?: number[];
  /** Which tables play which role, as for reading. */
  mapping?: TableMapping;
}

/** What a value becomes on the sheet: text that Excel would read as something else is kept as text. */
function cellInput(value: unknown): string | number | boolean {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return serialFromDate(value);
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  if (typeof value === 'boolean') return value;
  const text = String(value);
  return /^[=+\-@']|^\s*[\d.]|^(true|false)$/i.test(text) ? `'${text}` : text;
}

/** Writes a computed schedule (header row first) as plain values, with dates formatted as dates. */
export async function insertScheduleValues(context: Excel.RequestContext, values: unknown[][], options: ValuesOptions = {}): Promise<InsertResult> {
  const rows = values.length;
  const columns = Math.max(0, ...values.map((r) => r.length));
  if (rows === 0 || columns === 0) return { ok: false, message: 'There is no schedule to write.' };
  const t = await findTarget(context, { rows, columns }, options.mapping);
  if (typeof t === 'string') return { ok: false, message: t };
  if (t.taken) return { ok: false, message: blockedMessage(t) };
  const header = values[0].map((h) => String(h ?? ''));
  const dates = options.dateColumns ?? dateColumnsOf(header);
  const grid = values.map((r) => Array.from({ length: columns }, (_, j) => cellInput(r[j])));
  const blocks = dateBlocks(t, dates);
  await writeOrUndo(context, t, blocks, () => {
    t.area.values = grid;
    formatBlocks(blocks, t, dates);
  });
  return { ok: true, sheet: t.sheet, address: t.address, message: `Wrote the schedule as values in ${t.sheet}!${t.address}.` };
}
