/**
 * Reads the input tables from the open workbook in two syncs: one to learn which tables and sheets
 * exist, one to load every input's header and rows together.
 *
 * Each role (Tasks, Resources, …) is found as: an Excel table of that name (case-insensitive);
 * else a sheet of that name holding a table; else that sheet's used range, first row the header.
 */
import { TABLE_NAMES } from '../model/tableNames';
import type { CellValue, TableInput, TableName, WorkbookInput } from '../model/types';
import { parseRangeAddress, a1, rangeText } from './a1';
import { officeErrorCode } from './officeErrors';

/** Where one input was found. */
export interface InputLocation {
  role: TableName;
  kind: 'table' | 'sheet';
  /** The table's name, or the sheet's for a plain sheet. */
  name: string;
  sheet: string;
  /** Header included, without the sheet: `A1:F20`. */
  address: string;
  /** A1 address of the header's top-left cell. */
  origin: string;
  headers: string[];
  /** Rows below the header. */
  dataRows: number;
}

export interface WorkbookRead {
  input: WorkbookInput;
  locations: Partial<Record<TableName, InputLocation>>;
  /** Roles with nothing to read (Tasks among them means there is no plan yet). */
  missing: TableName[];
  /** Every Excel table and every sheet in the workbook, for choosing tables by hand. */
  tableNames: string[];
  sheetNames: string[];
}

export interface ReadOptions {
  /** A table or sheet name to use for a role instead of the role's own name. */
  mapping?: Partial<Record<TableName, string>>;
  /** Cells per load when a table is too big for one response; default 100,000. */
  chunkCells?: number;
}

interface Candidate {
  role: TableName;
  kind: 'table' | 'sheet';
  name: string;
  sheet: string;
  /** The area to read; for a sheet, its used range (a null object when the sheet is empty). */
  area: () => Excel.Range;
  /** The Excel table, when the input is one. */
  table?: Excel.Table;
}

/** Picks, for each role, the table or sheet to read; from loaded `items/name` collections. */
export function locateInputs(
  tables: Excel.TableCollection,
  sheets: Excel.WorksheetCollection,
  mapping: ReadOptions['mapping'] = {},
): Candidate[] {
  const wanted = (role: TableName) => (mapping[role] ?? role).toLowerCase();
  const claimed = new Set(TABLE_NAMES.map(wanted));
  const out: Candidate[] = [];
  for (const role of TABLE_NAMES) {
    const name = wanted(role);
    const table = tables.items.find((t) => t.name.toLowerCase() === name);
    if (table) {
      out.push({ role, kind: 'table', name: table.name, sheet: table.worksheet.name, area: () => table.getRange(), table });
      continue;
    }
    const sheet = sheets.items.find((s) => s.name.toLowerCase() === name);
    if (!sheet) continue;
    const onSheet = tables.items.find((t) => t.worksheet.name === sheet.name && !claimed.has(t.name.toLowerCase()));
    if (onSheet) {
      out.push({ role, kind: 'table', name: onSheet.name, sheet: sheet.name, area: () => onSheet.getRange(), table: onSheet });
    } else {
      out.push({ role, kind: 'sheet', name: sheet.name, sheet: sheet.name, area: () => sheet.getUsedRangeOrNullObject(true) });
    }
  }
  return out;
}

/** Loads table and sheet names: the first sync of every action. */
export function loadWorkbookNames(context: Excel.RequestContext): { tables: Excel.TableCollection; sheets: Excel.WorksheetCollection } {
  const tables = context.workbook.tables.load('items/name, items/worksheet/name');
  const sheets = context.workbook.worksheets.load('items/name');
  return { tables, sheets };
}

const ERROR_TEXT = /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|FIELD!|BUSY!|GETTING_DATA|CONNECT!|BLOCKED!|UNKNOWN!)$/;

/** Office.js gives '' for empty cells and error values as their text; the model wants null and `{ error }`. */
export function toCellValues(values: unknown[][]): CellValue[][] {
  return values.map((row) =>
    row.map((v): CellValue => {
      if (v === '' || v === null || v === undefined) return null;
      if (typeof v === 'string' && ERROR_TEXT.test(v)) return { error: v };
      return v as CellValue;
    }),
  );
}

/** Cells per load when a table is too big for one response (Excel on the web: 5 MB). */
const CHUNK_CELLS = 100_000;

export async function readWorkbook(context: Excel.RequestContext, options: ReadOptions = {}): Promise<WorkbookRead> {
  const { tables, sheets } = loadWorkbookNames(context);
  await context.sync();
  const candidates = locateInputs(tables, sheets, options.mapping);

  let areas: LoadedArea[] = candidates.map((c) => c.area().load('address, values'));
  try {
    await context.sync();
  } catch (error) {
    if (officeErrorCode(error) !== 'ResponsePayloadSizeLimitExceeded') throw error;
    areas = await loadInChunks(context, candidates, options.chunkCells ?? CHUNK_CELLS);
  }

  const input: Partial<WorkbookInput> = {};
  const locations: Partial<Record<TableName, InputLocation>> = {};
  candidates.forEach((c, i) => {
    const range = areas[i];
    if (range.isNullObject) return;
    const where = parseRangeAddress(range.address);
    if (!where) return;
    const values = toCellValues(range.values);
    const origin = a1(where.firstRow, where.firstColumn);
    const table: TableInput = { values, sheet: c.sheet, origin };
    input[key(c.role)] = table;
    locations[c.role] = {
      role: c.role,
      kind: c.kind,
      name: c.name,
      sheet: c.sheet,
      address: rangeText(where),
      origin,
      headers: (values[0] ?? []).map((h) => (h === null || h === undefined ? '' : String(h))),
      dataRows: Math.max(0, values.length - 1),
    };
  });

  const missing = TABLE_NAMES.filter((r) => !locations[r]);
  return {
    input: { ...input, tasks: input.tasks ?? { values: [], sheet: 'Tasks', origin: 'A1' } },
    locations,
    missing,
    tableNames: tables.items.map((t) => t.name),
    sheetNames: sheets.items.map((s) => s.name),
  };
}

function key(role: TableName): keyof WorkbookInput {
  return role.toLowerCase() as keyof WorkbookInput;
}

/** A stand-in for a loaded Range, built from several loads of its rows. */
interface LoadedArea {
  isNullObject: boolean;
  address: string;
  values: unknown[][];
}

/**
 * The big-table path: learn each area's size, then load rows in slices, packing slices into syncs
 * so that no response goes over the limit.
 */
async function loadInChunks(context: Excel.RequestContext, candidates: Candidate[], chunkCells: number): Promise<LoadedArea[]> {
  const areas = candidates.map((c) => c.area().load('address, rowCount, columnCount'));
  await context.sync();
  const result: LoadedArea[] = areas.map((a) => ({ isNullObject: a.isNullObject, address: a.isNullObject ? '' : a.address, values: [] }));
  const slices: { index: number; range: Excel.Range }[] = [];
  areas.forEach((a, index) => {
    if (a.isNullObject) return;
    const rows = Math.max(1, Math.floor(chunkCells / Math.max(1, a.columnCount)));
    for (let top = 0; top < a.rowCount; top += rows) {
      const count = Math.min(rows, a.rowCount - top);
      slices.push({ index, range: a.getRow(top).getResizedRange(count - 1, 0) });
    }
  });
  // One slice per sync keeps each response near chunkCells cells (about 2–3 MB of typical text).
  for (const slice of slices) {
    slice.range.load('values');
    await context.sync();
    result[slice.index].values.push(...slice.range.values);
  }
  return result;
}

export type { Candidate as InputCandidate };
