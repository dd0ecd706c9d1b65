/** A table as read: its header, where it sits, and cell addresses of its rows. */
import { columnLetter, parseA1 } from './a1';
import { matchHeaders } from './headers';
import { cellText, isBlank } from './parse/cells';
import type { CellValue, Issue, TableInput, TableLocation, TableName } from './types';

export interface ReadTable<F extends string> {
  name: TableName;
  location: TableLocation;
  columns: Partial<Record<F, number>>;
  /** Data rows, with blank rows already skipped. */
  rows: { values: CellValue[]; row: number }[];
  /** A1 address of a field's cell in a sheet row, or null when the column is absent. */
  cell(field: F, row: number): string | null;
  /** Header text of a field's column, as typed. */
  header(field: F): string | null;
  issue(severity: Issue['severity'], field: F | null, row: number | null, message: string): Issue;
}

export function readTable<F extends string>(name: TableName, input: TableInput, synonyms: Record<F, readonly string[]>): ReadTable<F> {
  const values = Array.isArray(input.values) ? input.values : [];
  const headerRow = Array.isArray(values[0]) ? values[0] : [];
  const headers = headerRow.map((v) => cellText(v));
  const origin = parseA1(input.origin ?? 'A1') ?? { row: 1, column: 0 };
  const sheet = input.sheet ?? name;
  const columns = matchHeaders(headers, synonyms);
  const letters = headers.map((_, j) => columnLetter(origin.column + j));

  const rows: { values: CellValue[]; row: number }[] = [];
  for (let i = 1; i < values.length; i++) {
    const r = values[i];
    if (!Array.isArray(r) || r.every(isBlank)) continue;
    rows.push({ values: r, row: origin.row + i });
  }

  const cell = (field: F, row: number): string | null => {
    const column = columns[field];
    return column === undefined ? null : letters[column] + row;
  };
  const header = (field: F): string | null => {
    const column = columns[field];
    return column === undefined ? null : headers[column];
  };
  return {
    name,
    location: { sheet, origin: columnLetter(origin.column) + origin.row, headers },
    columns,
    rows,
    cell,
    header,
    issue: (severity, field, row, message) => ({
      severity,
      table: name,
      row,
      column: field === null ? null : header(field),
      cell: field === null || row === null ? null : cell(field, row),
      message,
    }),
  };
}

/** The value of a field in a row, or undefined when the column is absent. */
export function valueOf<F extends string>(table: ReadTable<F>, values: CellValue[], field: F): CellValue {
  const column = table.columns[field];
  return column === undefined ? undefined : values[column];
}
