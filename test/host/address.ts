/**
 * A1 addresses inside the host. Kept apart from src/ on purpose: the host plays Excel, so a bug in
 * the add-in's own address helpers must not be mirrored here.
 * Rows and columns are 0-based; rectangles are inclusive.
 */
import { hostError } from './errors';

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function columnName(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function cellName(row: number, column: number): string {
  return columnName(column) + (row + 1);
}

export function rectName(rect: Rect): string {
  if (rect.top === 0 && rect.bottom === MAX_ROWS - 1) return `${columnName(rect.left)}:${columnName(rect.right)}`;
  if (rect.left === 0 && rect.right === MAX_COLUMNS - 1) return `${rect.top + 1}:${rect.bottom + 1}`;
  const first = cellName(rect.top, rect.left);
  if (rect.top === rect.bottom && rect.left === rect.right) return first;
  return `${first}:${cellName(rect.bottom, rect.right)}`;
}

/** Excel quotes a sheet name in an address when it is not a plain word. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function qualified(sheet: string, rect: Rect): string {
  return `${quoteSheet(sheet)}!${rectName(rect)}`;
}

/** Splits `'My Sheet'!A1:B2` into the sheet name (or null) and the bare reference. */
export function splitSheet(address: string): { sheet: string | null; ref: string } {
  const text = address.trim().replace(/^=/, '');
  const bang = text.lastIndexOf('!');
  if (bang < 0) return { sheet: null, ref: text };
  let sheet = text.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, ref: text.slice(bang + 1) };
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLS = /^\$?([A-Za-z]{1,3})$/;
const ROWS = /^\$?(\d{1,7})$/;

/** Parses `A1`, `A1:C3`, `A:C`, `2:5` (no sheet part). Throws InvalidArgument otherwise. */
export function parseRect(ref: string): Rect {
  const parts = ref.trim().split(':');
  if (parts.length === 1) {
    const m = CELL.exec(parts[0]);
    if (!m) throw hostError('InvalidArgument', `The address '${ref}' is not valid.`);
    const rect = { top: Number(m[2]) - 1, left: columnNumber(m[1]), bottom: Number(m[2]) - 1, right: columnNumber(m[1]) };
    return checked(rect, ref);
  }
  if (parts.length !== 2) throw hostError('InvalidArgument', `The address '${ref}' is not valid.`);
  const [a, b] = parts;
  const ca = CELL.exec(a);
  const cb = CELL.exec(b);
  if (ca && cb) {
    const r1 = Number(ca[2]) - 1;
    const r2 = Number(cb[2]) - 1;
    const c1 = columnNumber(ca[1]);
    const c2 = columnNumber(cb[1]);
    return checked({ top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: Math.min(c1, c2), right: Math.max(c1, c2) }, ref);
  }
  const ka = COLS.exec(a);
  const kb = COLS.exec(b);
  if (ka && kb) {
    const c1 = columnNumber(ka[1]);
    const c2 = columnNumber(kb[1]);
    return checked({ top: 0, bottom: MAX_ROWS - 1, left: Math.min(c1, c2), right: Math.max(c1, c2) }, ref);
  }
  const ra = ROWS.exec(a);
  const rb = ROWS.exec(b);
  if (ra && rb) {
    const r1 = Number(ra[1]) - 1;
    const r2 = Number(rb[1]) - 1;
    return checked({ top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: 0, right: MAX_COLUMNS - 1 }, ref);
  }
  throw hostError('InvalidArgument', `The address '${ref}' is not valid.`);
}

function checked(rect: Rect, ref: string): Rect {
  if (rect.top < 0 || rect.left < 0 || rect.bottom >= MAX_ROWS || rect.right >= MAX_COLUMNS) {
    throw hostError('InvalidArgument', `The address '${ref}' is outside the sheet.`);
  }
  return rect;
}

export function rectRows(rect: Rect): number {
  return rect.bottom - rect.top + 1;
}

export function rectColumns(rect: Rect): number {
  return rect.right - rect.left + 1;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function intersection(a: Rect, b: Rect): Rect | null {
  if (!intersects(a, b)) return null;
  return { top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) };
}

export function boundingRect(a: Rect, b: Rect): Rect {
  return { top: Math.min(a.top, b.top), left: Math.min(a.left, b.left), bottom: Math.max(a.bottom, b.bottom), right: Math.max(a.right, b.right) };
}

/** A rectangle moved and resized, checked against the sheet's edges. */
export function makeRect(top: number, left: number, rows: number, columns: number): Rect {
  if (rows < 1 || columns < 1) throw hostError('InvalidArgument', 'A range must have at least one row and one column.');
  const rect = { top, left, bottom: top + rows - 1, right: left + columns - 1 };
  if (top < 0 || left < 0 || rect.bottom >= MAX_ROWS || rect.right >= MAX_COLUMNS) {
    throw hostError('InvalidArgument', 'The range would lie outside the sheet.');
  }
  return rect;
}
