/** A sample workbook in code: each input table as a 2-D array with its header, and where it sits. */
import type { CellValue, TableName, WorkbookInput } from '../src/model/types';

export type TableKey = keyof WorkbookInput;

export interface TablePlacement {
  key: TableKey;
  /** Table (ListObject) name; for a plain sheet, the sheet is named after the table. */
  name: TableName;
  sheet: string;
  /** A1 address of the header's top-left cell. */
  origin: string;
  /** An Excel table (ListObject), or a plain sheet whose first used row is the header. */
  asTable: boolean;
  /** Number formats by header text. */
  formats?: Record<string, string>;
}

export interface SampleWorkbook {
  title: string;
  tables: Partial<Record<TableKey, CellValue[][]>>;
  placements: TablePlacement[];
}

/** The tables as a face hands them to the model. */
export function inputOf(sample: SampleWorkbook): WorkbookInput {
  const input: Partial<WorkbookInput> = {};
  for (const p of sample.placements) {
    const values = sample.tables[p.key];
    if (values) input[p.key] = { values, sheet: p.sheet, origin: p.origin };
  }
  if (!input.tasks) throw new Error(`${sample.title}: no Tasks table`);
  return input as WorkbookInput;
}

export const DATE_FORMAT = 'yyyy-mm-dd';
export const MONEY_FORMAT = '#,##0.00';
export const PERCENT_FORMAT = '0%';
