/**
 * Range addresses as Excel hands them over (`Tasks!A1:F20`, `'My plan'!B3`). Cell addresses reuse
 * src/model/a1.ts, so messages and the adapter agree on columns and rows.
 */
import { a1, columnLetter, parseA1 } from '../model/a1';

export { a1, columnLetter };

/** Rows are 1-based and columns 0-based, as in src/model/a1.ts. */
export interface RangeAddress {
  sheet: string | null;
  firstRow: number;
  firstColumn: number;
  lastRow: number;
  lastColumn: number;
}

/** Splits off the sheet part, unquoting `'It''s'` to `It's`. */
export function splitSheet(address: string): { sheet: string | null; ref: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { sheet: null, ref: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, ref: address.slice(bang + 1) };
}

/** Parses a cell or rectangle address; null when it is neither. */
export function parseRangeAddress(address: string): RangeAddress | null {
  const { sheet, ref } = splitSheet(address.trim());
  const [first, last = first] = ref.split(':');
  const a = /^\$?[A-Za-z]{1,3}\$?\d+$/.test(first) ? parseA1(first) : null;
  const b = /^\$?[A-Za-z]{1,3}\$?\d+$/.test(last) ? parseA1(last) : null;
  if (!a || !b) return null;
  return {
    sheet,
    firstRow: Math.min(a.row, b.row),
    firstColumn: Math.min(a.column, b.column),
    lastRow: Math.max(a.row, b.row),
    lastColumn: Math.max(a.column, b.column),
  };
}

/** `A1:F20` (or `A1` for one cell), without a sheet. */
export function rangeText(r: Pick<RangeAddress, 'firstRow' | 'firstColumn' | 'lastRow' | 'lastColumn'>): string {
  const first = a1(r.firstRow, r.firstColumn);
  return r.firstRow === r.lastRow && r.firstColumn === r.lastColumn ? first : `${first}:${a1(r.lastRow, r.lastColumn)}`;
}

/** The address without its sheet part: `Tasks!A1:F20` → `A1:F20`. */
export function withoutSheet(address: string): string {
  return splitSheet(address).ref;
}
