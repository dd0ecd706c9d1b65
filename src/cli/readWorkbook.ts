/**
 * An .xlsx file → the input tables (contract §1): Excel tables named Tasks, Resources, Holidays,
 * Actuals and Settings (any case) first, else worksheets of those names whose first used row is
 * the header, else the sheets Microsoft Project's export names Task_Table1 and Resource_Table1.
 * The file is only read.
 */
import { promises as fs } from 'fs';
import { Workbook, type Worksheet } from 'exceljs';
import { a1, parseA1 } from '../model/a1';
import type { CellValue, TableInput, TableName, WorkbookInput } from '../model/types';
import { cellValueOf } from './cellValue';
import { UnreadableWorkbook } from './errors';

/** The tables found; `tasks` is absent when the workbook has none. */
export type FoundTables = Partial<WorkbookInput>;

export const TABLE_KEYS: Record<keyof WorkbookInput, TableName> = {
  tasks: 'Tasks',
  resources: 'Resources',
  holidays: 'Holidays',
  actuals: 'Actuals',
  settings: 'Settings',
};

export async function readWorkbook(path: string): Promise<FoundTables> {
  return (await readWorkbookTables(path)).tables;
}

/** The tables and the workbook they were read from, loaded once: `report` adds its sheets to a copy of that. */
export async function readWorkbookTables(path: string): Promise<{ workbook: Workbook; tables: FoundTables }> {
  const workbook = await loadWorkbook(path);
  return { workbook, tables: tablesOf(workbook) };
}

async function loadWorkbook(path: string): Promise<Workbook> {
  let data: Buffer;
  try {
    const stat = await fs.stat(path);
    if (stat.isDirectory()) throw new UnreadableWorkbook(`'${path}' is a folder, not a workbook.`);
    data = await fs.readFile(path);
  } catch (error) {
    if (error instanceof UnreadableWorkbook) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') throw new UnreadableWorkbook(`cannot find '${path}'. Check the file name and folder.`);
    if (code === 'EACCES' || code === 'EPERM') throw new UnreadableWorkbook(`no permission to read '${path}'.`);
    throw new UnreadableWorkbook(`cannot read '${path}': ${(error as Error).message}`);
  }
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch (error) {
    const reason = /central directory|zip/i.test((error as Error).message) ? 'it is not a zip package' : (error as Error).message;
    throw new UnreadableWorkbook(`'${path}' is not an .xlsx workbook Cellpath can read (${reason}). Save it from Excel as .xlsx.`);
  }
  return workbook;
}

function tablesOf(workbook: Workbook): FoundTables {
  const found: FoundTables = {};
  for (const [key, name] of Object.entries(TABLE_KEYS) as [keyof WorkbookInput, TableName][]) {
    const table = excelTable(workbook, name) ?? headedSheet(workbook, (sheet) => sheet === name.toLowerCase()) ?? projectExport(workbook, name);
    if (table) found[key] = table;
  }
  return found;
}

/** What ExcelJS keeps of a table it read from a file. */
interface StoredTable {
  name?: string;
  tableRef?: string;
  ref?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  columns?: { name?: string }[];
}

function excelTable(workbook: Workbook, name: TableName): TableInput | null {
  for (const sheet of workbook.worksheets) {
    for (const entry of sheet.getTables() as unknown[]) {
      const stored = (entry as { table?: StoredTable }).table;
      if (!stored || (stored.name ?? '').toLowerCase() !== name.toLowerCase()) continue;
      const range = parseRange(stored.tableRef ?? stored.ref ?? '');
      if (!range) continue;
      const bottom = stored.totalsRow ? range.bottom - 1 : range.bottom;
      if (stored.headerRow === false) {
        // No header row on the sheet: the column names stand in for it, one row above the data.
        const header: CellValue[] = (stored.columns ?? []).map((c) => c.name ?? null);
        const body = readRange(sheet, range.top, range.left, bottom, range.right);
        return { values: [header, ...body], sheet: sheet.name, origin: a1(range.top - 1, range.left - 1) };
      }
      return { values: readRange(sheet, range.top, range.left, bottom, range.right), sheet: sheet.name, origin: a1(range.top, range.left - 1) };
    }
  }
  return null;
}

/** Sheet names of Microsoft Project's "export to Excel" (`Task_Table1`), tried last. */
const PROJECT_EXPORT: Partial<Record<TableName, RegExp>> = { Tasks: /^task_table\d*$/, Resources: /^resource_table\d*$/ };

function projectExport(workbook: Workbook, name: TableName): TableInput | null {
  const pattern = PROJECT_EXPORT[name];
  return pattern ? headedSheet(workbook, (sheet) => pattern.test(sheet)) : null;
}

/** The first sheet whose lower-cased name passes `named`: its used range, the first used row being the header. */
function headedSheet(workbook: Workbook, named: (sheet: string) => boolean): TableInput | null {
  const sheet = workbook.worksheets.find((s) => named(s.name.trim().toLowerCase()));
  if (!sheet) return null;
  const used = usedRange(sheet);
  if (!used) return { values: [], sheet: sheet.name, origin: 'A1' };
  return { values: readRange(sheet, used.top, used.left, used.bottom, used.right), sheet: sheet.name, origin: a1(used.top, used.left - 1) };
}

interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The smallest range holding every non-empty cell; formatting alone does not count. */
function usedRange(sheet: Worksheet): Range | null {
  let range: Range | null = null;
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cellValueOf(cell.value) === null) return;
      if (!range) range = { top: r, left: c, bottom: r, right: c };
      else {
        range.top = Math.min(range.top, r);
        range.left = Math.min(range.left, c);
        range.bottom = Math.max(range.bottom, r);
        range.right = Math.max(range.right, c);
      }
    });
  });
  return range;
}

/** Values of a block of cells (1-based rows and columns), reading without creating cells. */
function readRange(sheet: Worksheet, top: number, left: number, bottom: number, right: number): CellValue[][] {
  const values: CellValue[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row = sheet.findRow(r);
    const line: CellValue[] = [];
    for (let c = left; c <= right; c++) line.push(row ? cellValueOf(row.findCell(c)?.value) : null);
    values.push(line);
  }
  return values;
}

function parseRange(ref: string): Range | null {
  const [from, to = from] = ref.split(':');
  const a = parseA1(from);
  const b = parseA1(to);
  if (!a || !b) return null;
  return { top: a.row, left: a.column + 1, bottom: b.row, right: b.column + 1 };
}
