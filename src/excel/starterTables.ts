/**
 * "Create starter tables": a sheet and an Excel table for each input (contract §1) with a few
 * example rows, drop-down lists and date formats. It never writes over anything: a role whose
 * table, sheet or name is already taken is skipped and reported. Two syncs (one to look, one to
 * write); if the write fails part-way, the sheets it added are removed again.
 */
import { serialFromDate, weekdayOf } from '../model/dates';
import type { Serial, TableName } from '../model/types';
import { FORMATS } from '../report/styles';
import { columnLetter } from './a1';
import { TABLE_NAMES } from '../model/tableNames';
import { removeSheets } from './removeSheets';

export const TASK_COLUMNS = [
  'ID', 'Name', 'Duration', 'Predecessors', 'Outline Level', 'Start', 'Constraint Type', 'Constraint Date', 'Deadline',
  '% Complete', 'Actual Start', 'Actual Finish', 'Baseline Start', 'Baseline Finish', 'Baseline Cost', 'Fixed Cost',
  'Actual Cost', 'Resource Names', 'Priority', 'Optimistic Duration', 'Most Likely Duration', 'Pessimistic Duration',
] as const;
const RESOURCE_COLUMNS = ['Name', 'Max Units', 'Std. Rate', 'Cost/Use', 'Type'] as const;
const HOLIDAY_COLUMNS = ['Date', 'End Date', 'Name', 'Resource'] as const;
const ACTUAL_COLUMNS = ['Date', 'Task ID', 'Amount', 'Category', 'Resource', 'Note'] as const;
const SETTING_COLUMNS = ['Setting', 'Value'] as const;

const CONSTRAINT_TYPES = ['ASAP', 'ALAP', 'SNET', 'SNLT', 'FNET', 'FNLT', 'MSO', 'MFO'];
const RESOURCE_TYPES = ['Work', 'Material', 'Cost'];

const DATE = FORMATS.date;
const MONEY = '#,##0.00';
const PERCENT = FORMATS.wholePercent;

type Cell = string | number;

export interface StarterTable {
  role: TableName;
  headers: readonly string[];
  rows: Cell[][];
  /** Number format by header; for Settings, by setting row (see `cellFormats`). */
  formats: Partial<Record<string, string>>;
  /** Per-cell formats of the data rows, when a column mixes kinds (Settings' Value). */
  cellFormats?: (string | null)[][];
  /** Drop-down lists by header. */
  lists: Partial<Record<string, string[]>>;
}

/** The first Monday on or after a day: a plan starts at the beginning of a work week. */
export function nextMonday(day: Serial): Serial {
  return day + ((8 - weekdayOf(day)) % 7);
}

/** The example workbook content, dated from `start` (a Monday). */
export function starterContent(start: Serial): StarterTable[] {
  const task = (values: Partial<Record<(typeof TASK_COLUMNS)[number], Cell>>): Cell[] =>
    TASK_COLUMNS.map((h) => values[h] ?? '');
  return [
    {
      role: 'Tasks',
      headers: TASK_COLUMNS,
      rows: [
        task({ ID: 1, Name: 'Design', 'Outline Level': 1, '% Complete': 0, Priority: 500 }),
        task({ ID: 2, Name: 'Gather requirements', Duration: 5, 'Outline Level': 2, 'Constraint Type': 'ASAP', '% Complete': 0, 'Resource Names': 'Alice', Priority: 500 }),
        task({ ID: 3, Name: 'Draft the design', Duration: 3, Predecessors: '2', 'Outline Level': 2, 'Constraint Type': 'ASAP', '% Complete': 0, 'Resource Names': 'Alice, Bob[50%]', Priority: 500 }),
        task({ ID: 4, Name: 'Design approved', Duration: 0, Predecessors: '3', 'Outline Level': 1, 'Constraint Type': 'ASAP', Deadline: start + 14, '% Complete': 0, Priority: 500 }),
      ],
      formats: {
        Start: DATE, 'Constraint Date': DATE, Deadline: DATE, 'Actual Start': DATE, 'Actual Finish': DATE, 'Baseline Start': DATE,
        'Baseline Finish': DATE, '% Complete': PERCENT, 'Baseline Cost': MONEY, 'Fixed Cost': MONEY, 'Actual Cost': MONEY,
      },
      lists: { 'Constraint Type': CONSTRAINT_TYPES },
    },
    {
      role: 'Resources',
      headers: RESOURCE_COLUMNS,
      rows: [
        ['Alice', 1, 50, 0, 'Work'],
        ['Bob', 1, 60, 0, 'Work'],
      ],
      formats: { 'Max Units': PERCENT, 'Std. Rate': MONEY, 'Cost/Use': MONEY },
      lists: { Type: RESOURCE_TYPES },
    },
    {
      role: 'Holidays',
      headers: HOLIDAY_COLUMNS,
      rows: [
        [start + 21, '', 'Company holiday', ''],
        [start + 7, start + 9, 'Bob on leave', 'Bob'],
      ],
      formats: { Date: DATE, 'End Date': DATE },
      lists: {},
    },
    {
      role: 'Actuals',
      headers: ACTUAL_COLUMNS,
      rows: [
        [start + 2, 2, 400, 'Labor', 'Alice', 'Example entry: replace with real costs'],
        [start + 4, 2, 400, 'Labor', 'Alice', ''],
      ],
      formats: { Date: DATE, Amount: MONEY },
      lists: {},
    },
    {
      role: 'Settings',
      headers: SETTING_COLUMNS,
      rows: [
        ['Project Name', 'New project'],
        ['Project Start', start],
        ['Status Date', ''],
        ['Hours Per Day', 8],
        ['Days Per Week', 5],
        ['Work Week', 'Mon-Fri'],
        ['Currency', 'USD'],
        ['Critical Float', 0],
      ],
      formats: {},
      cellFormats: [[null, null], [null, DATE], [null, DATE], [null, null], [null, null], [null, null], [null, null], [null, null]],
      lists: {},
    },
  ];
}

export interface StarterResult {
  created: TableName[];
  skipped: { role: TableName; reason: string }[];
}

export interface StarterOptions {
  /** Today as a serial (tests fix it); the plan starts on the next Monday. */
  today?: Serial;
}

export async function createStarterTables(context: Excel.RequestContext, options: StarterOptions = {}): Promise<StarterResult> {
  const book = context.workbook;
  const sheets = book.worksheets.load('items/name');
  const tables = book.tables.load('items/name');
  const names = book.names.load('items/name');
  await context.sync();

  const taken = (items: { name: string }[], name: string) => items.some((i) => i.name.toLowerCase() === name.toLowerCase());
  const skipped: StarterResult['skipped'] = [];
  const toCreate: TableName[] = [];
  for (const role of TABLE_NAMES) {
    if (taken(tables.items, role)) skipped.push({ role, reason: `A table named ${role} already exists; it was left as it is.` });
    else if (taken(sheets.items, role)) skipped.push({ role, reason: `A sheet named ${role} already exists; it was left as it is.` });
    else if (taken(names.items, role)) skipped.push({ role, reason: `The name ${role} is already used in this workbook, so a table cannot take it.` });
    else toCreate.push(role);
  }
  if (toCreate.length === 0) return { created: [], skipped };

  const start = nextMonday(options.today ?? serialFromDate(new Date()));
  const content = starterContent(start).filter((t) => toCreate.includes(t.role));
  for (const t of content) {
    const sheet = writeStarterTable(book, t);
    if (t.role === 'Tasks') sheet.activate();
  }
  try {
    await context.sync();
  } catch (error) {
    await removeSheets(context, toCreate).catch(() => undefined);
    throw error;
  }
  return { created: toCreate, skipped };
}

/** Queues one sheet with its table, formats and lists (no sync). */
function writeStarterTable(book: Excel.Workbook, t: StarterTable): Excel.Worksheet {
  const sheet = book.worksheets.add(t.role);
  const lastColumn = columnLetter(t.headers.length - 1);
  const address = `A1:${lastColumn}${t.rows.length + 1}`;
  const all = sheet.getRange(address);
  all.values = [t.headers as string[], ...t.rows];
  const table = sheet.tables.add(address, true);
  table.name = t.role;
  const body = sheet.getRange(`A2:${lastColumn}${t.rows.length + 1}`);
  const formats = t.cellFormats ?? t.rows.map(() => t.headers.map((h) => t.formats[h] ?? null));
  if (formats.some((row) => row.some((f) => f !== null))) body.numberFormat = formats;
  t.headers.forEach((h, j) => {
    const list = t.lists[h];
    if (!list) return;
    body.getColumn(j).dataValidation.rule = { list: { inCellDropDown: true, source: list.join(',') } };
  });
  sheet.freezePanes.freezeRows(1);
  all.format.autofitColumns();
  return sheet;
}
