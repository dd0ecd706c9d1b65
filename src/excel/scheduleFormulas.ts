/**
 * "Insert schedule": a `=PM.SCHEDULE(…)` formula in the header row, two columns right of the
 * Tasks table, after checking that the cells it will spill into are empty. The values variant
 * writes a schedule computed by the caller instead, for a copy to share without the add-in.
 * Three syncs: find the tables, look at the target cells, write. A failed write is undone.
 */
import { serialFromDate } from '../model/dates';
import { a1, parseRangeAddress, withoutSheet } from './a1';
import { officeErrorCode } from './officeErrors';
import { loadWorkbookNames } from './readWorkbook';

/** Header + one row per task; columns ID, Start, Finish, Late Start, Late Finish, Total Float, Free Float, Critical. */
export const SCHEDULE_COLUMNS = 8;
const DATE = 'yyyy-mm-dd';
const PM_SCHEDULE = /^=\s*PM\.SCHEDULE\s*\(/i;

export type InsertResult =
  | { ok: true; sheet: string; address: string; message: string }
  | { ok: false; message: string };

export interface ScheduleTables {
  tasks: string;
  holidays?: string;
  settings?: string;
}

/** `=PM.SCHEDULE(Tasks[#All], Holidays[#All], Settings[#All])`, passing only tables that exist. */
export function scheduleFormula(t: ScheduleTables): string {
  const args = [`${t.tasks}[#All]`, t.holidays ? `${t.holidays}[#All]` : '', t.settings ? `${t.settings}[#All]` : ''];
  while (args[args.length - 1] === '') args.pop();
  return `=PM.SCHEDULE(${args.join(', ')})`;
}

interface Target {
  tables: ScheduleTables;
  sheet: string;
  area: Excel.Range;
  /** Rows × columns the existing PM.SCHEDULE formula at the anchor owns, or null. */
  ownSpill: { rows: number; columns: number } | null;
  anchorFormula: string;
  formulas: unknown[][];
  numberFormats: unknown[][];
}

/**
 * Finds the Tasks table and loads the block beside it (header row, two columns right of the last
 * column): two syncs. `size` gives the block's size, or null for "as tall as the table".
 */
async function findTarget(context: Excel.RequestContext, size: { rows: number; columns: number } | null): Promise<Target | string> {
  const { tables } = loadWorkbookNames(context);
  await context.sync();
  const find = (role: string) => tables.items.find((t) => t.name.toLowerCase() === role.toLowerCase());
  const tasks = find('Tasks');
  if (!tasks) return 'There is no Tasks table. Create the starter tables, or turn your task list into an Excel table named Tasks.';
  const names: ScheduleTables = { tasks: tasks.name, holidays: find('Holidays')?.name, settings: find('Settings')?.name };

  const tableRange = tasks.getRange().load('rowCount');
  const beside = tableRange.getLastColumn().getOffsetRange(0, 2);
  const area = size
    ? beside.getCell(0, 0).getResizedRange(size.rows - 1, size.columns - 1)
    : beside.getResizedRange(0, SCHEDULE_COLUMNS - 1);
  area.load('address, formulas, numberFormat');
  try {
    await context.sync();
  } catch (error) {
    if (officeErrorCode(error) !== 'InvalidArgument') throw error;
    return 'There is no room to the right of the Tasks table for the schedule.';
  }
  const anchorFormula = String(area.formulas[0]?.[0] ?? '');
  const ownSpill = PM_SCHEDULE.test(anchorFormula) ? { rows: tableRange.rowCount, columns: SCHEDULE_COLUMNS } : null;
  return { tables: names, sheet: tasks.worksheet.name, area, ownSpill, anchorFormula, formulas: area.formulas, numberFormats: area.numberFormat };
}

/** The first taken cell of the block, skipping the spill area of an existing PM.SCHEDULE formula. */
function firstTakenCell(t: Target): string | null {
  const first = parseRangeAddress(t.area.address)!;
  for (let i = 0; i < t.formulas.length; i++) {
    for (let j = 0; j < t.formulas[i].length; j++) {
      if (t.ownSpill && i < t.ownSpill.rows && j < t.ownSpill.columns) continue;
      if (t.formulas[i][j] !== '' && t.formulas[i][j] !== null) return a1(first.firstRow + i, first.firstColumn + j);
    }
  }
  return null;
}

function blockedMessage(t: Target, cell: string): string {
  return `The schedule needs the empty cells ${withoutSheet(t.area.address)} on ${t.sheet}, but ${cell} is not empty. Clear or move those cells, then try again.`;
}

/**
 * Writes the queued changes; on failure puts the block back as it was: empty, or the earlier
 * PM.SCHEDULE formula whose spill fills it again, with the number formats it had.
 */
async function writeOrUndo(context: Excel.RequestContext, t: Target, write: () => void): Promise<void> {
  write();
  try {
    await context.sync();
  } catch (error) {
    t.area.formulas = t.formulas.map((row, i) => row.map((_, j) => (i === 0 && j === 0 ? t.anchorFormula : '')));
    t.area.numberFormat = t.numberFormats;
    await context.sync().catch(() => undefined);
    throw error;
  }
}

/** Date columns of the schedule: Start, Finish, Late Start, Late Finish. */
function dateFormats(rows: number, columns: number, dateColumns: readonly number[]): (string | null)[][] {
  return Array.from({ length: rows }, (_, i) => Array.from({ length: columns }, (_, j) => (i > 0 && dateColumns.includes(j) ? DATE : null)));
}

export async function insertScheduleFormula(context: Excel.RequestContext): Promise<InsertResult> {
  const t = await findTarget(context, null);
  if (typeof t === 'string') return { ok: false, message: t };
  const taken = firstTakenCell(t);
  if (taken) return { ok: false, message: blockedMessage(t, taken) };
  const formula = scheduleFormula(t.tables);
  const anchorAddress = withoutSheet(t.area.address).split(':')[0];
  await writeOrUndo(context, t, () => {
    t.area.getCell(0, 0).formulas = [[formula]];
    t.area.numberFormat = dateFormats(t.formulas.length, SCHEDULE_COLUMNS, [1, 2, 3, 4]);
  });
  const verb = t.ownSpill ? 'Updated' : 'Inserted';
  return { ok: true, sheet: t.sheet, address: anchorAddress, message: `${verb} ${formula} in ${t.sheet}!${anchorAddress}.` };
}

export interface ValuesOptions {
  /** Columns to show as dates; default: those whose header mentions Start or Finish. */
  dateColumns?: number[];
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
  const t = await findTarget(context, { rows, columns });
  if (typeof t === 'string') return { ok: false, message: t };
  const taken = firstTakenCell(t);
  if (taken) return { ok: false, message: blockedMessage(t, taken) };
  const header = values[0].map((h) => String(h ?? ''));
  const dates = options.dateColumns ?? header.flatMap((h, j) => (/start|finish/i.test(h) ? [j] : []));
  const grid = values.map((r) => Array.from({ length: columns }, (_, j) => cellInput(r[j])));
  await writeOrUndo(context, t, () => {
    t.area.values = grid;
    t.area.numberFormat = dateFormats(rows, columns, dates);
    t.area.getRow(0).format.font.bold = true;
  });
  const address = withoutSheet(t.area.address);
  return { ok: true, sheet: t.sheet, address, message: `Wrote the schedule as values in ${t.sheet}!${address}.` };
}
