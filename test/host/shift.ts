/**
 * Inserting and deleting cells with a shift, as Excel does when a table gains or loses a column or
 * rows: cells, formats, validations, conditional formats, merges and other tables in the band move;
 * a table cut in two by the shift is refused (Excel's "would shift cells in a table").
 */
import { type Rect, MAX_COLUMNS, MAX_ROWS } from './address';
import type { Cell } from './cells';
import { hostError } from './errors';
import { SheetModel, type TableRecord } from './model';

/**
 * `axis: 'columns'` moves cells sideways within rows `bandStart..bandEnd`; `'rows'` moves them up
 * or down within those columns. `count > 0` inserts `count` lines at `at`; `count < 0` deletes
 * lines `at .. at - count - 1`.
 */
export interface Shift {
  axis: 'columns' | 'rows';
  bandStart: number;
  bandEnd: number;
  at: number;
  count: number;
}

type Moved = Rect | null | 'conflict';

/** Where a rectangle ends up after the shift; null when deleted; 'conflict' when cut by the band. */
export function moveRect(rect: Rect, s: Shift): Moved {
  const t = s.axis === 'columns' ? rect : transpose(rect);
  const moved = moveAlong(t, s);
  if (moved === null || moved === 'conflict') return moved;
  return s.axis === 'columns' ? moved : transpose(moved);
}

function transpose(r: Rect): Rect {
  return { top: r.left, left: r.top, bottom: r.right, right: r.bottom };
}

/** In transposed terms: band = rows top..bottom, movement along columns. */
function moveAlong(r: Rect, s: Shift): Moved {
  const outside = r.bottom < s.bandStart || r.top > s.bandEnd;
  if (outside) return r;
  const inside = r.top >= s.bandStart && r.bottom <= s.bandEnd;
  if (s.count > 0) {
    if (r.right < s.at) return r;
    if (!inside) return 'conflict';
    if (r.left >= s.at) return { ...r, left: r.left + s.count, right: r.right + s.count };
    return { ...r, right: r.right + s.count };
  }
  const d0 = s.at;
  const d1 = s.at - s.count - 1;
  if (r.right < d0) return r;
  if (!inside) return 'conflict';
  if (r.left > d1) return { ...r, left: r.left + s.count, right: r.right + s.count };
  if (r.left >= d0 && r.right <= d1) return null;
  const left = r.left < d0 ? r.left : d0;
  const right = r.right > d1 ? r.right + s.count : d0 - 1;
  return { ...r, left, right };
}

/** Applies the shift to a sheet. `owner` is the table that grows or shrinks by it (if any). */
export function applyShift(sheet: SheetModel, s: Shift, owner?: TableRecord): void {
  const limit = s.axis === 'columns' ? MAX_COLUMNS : MAX_ROWS;
  const tables = sheet.tables().filter((t) => t !== owner);
  const tableMoves = tables.map((t) => ({ t, to: moveRect(t.rect, s) }));
  for (const { t, to } of tableMoves) {
    if (to === 'conflict' || to === null) {
      throw hostError('InsertDeleteConflict', `This operation is not allowed: it would shift cells in the table '${t.name}'.`);
    }
  }
  const lines = Math.abs(s.count);
  const touched: Rect = s.axis === 'columns'
    ? { top: s.bandStart, bottom: s.bandEnd, left: s.at, right: Math.min(limit - 1, s.at + lines - 1) }
    : { left: s.bandStart, right: s.bandEnd, top: s.at, bottom: Math.min(limit - 1, s.at + lines - 1) };
  const kind = s.axis === 'columns' ? 'Column' : 'Row';
  sheet.book.changeListener?.(sheet, touched, `${kind}${s.count > 0 ? 'Inserted' : 'Deleted'}`, owner);
  const moved = new Map<number, Cell>();
  for (const [key, cell] of sheet.cells) {
    let row = Math.floor(key / 16_384);
    let column = key % 16_384;
    const across = s.axis === 'columns' ? row : column;
    let along = s.axis === 'columns' ? column : row;
    if (across >= s.bandStart && across <= s.bandEnd && along >= s.at) {
      if (s.count < 0 && along <= s.at - s.count - 1) continue;
      along += s.count;
      if (along >= limit) throw hostError('NonBlankCellOffSheet', 'The shift would push non-empty cells off the sheet.');
    }
    if (s.axis === 'columns') column = along;
    else row = along;
    const spill = cell.spillFrom ? movePoint(cell.spillFrom, s) : undefined;
    moved.set(SheetModel.key(row, column), spill ? { ...cell, spillFrom: spill } : cell);
  }
  sheet.cells.clear();
  for (const [k, v] of moved) sheet.cells.set(k, v);
  for (const { t, to } of tableMoves) t.rect = to as Rect;
  moveAll(sheet.formats, s);
  moveAll(sheet.validations, s);
  moveAll(sheet.conditionalFormats, s);
  const merges = sheet.merges.map((m) => moveRect(m, s));
  sheet.merges.length = 0;
  for (const m of merges) if (m !== null && m !== 'conflict') sheet.merges.push(m);
  if (s.axis === 'columns' && s.bandStart === 0 && s.bandEnd >= MAX_ROWS - 1) shiftSizes(sheet.columnWidths, s);
  if (s.axis === 'rows' && s.bandStart === 0 && s.bandEnd >= MAX_COLUMNS - 1) shiftSizes(sheet.rowHeights, s);
}

function movePoint(p: { row: number; column: number }, s: Shift): { row: number; column: number } {
  const r = moveRect({ top: p.row, left: p.column, bottom: p.row, right: p.column }, s);
  return r && r !== 'conflict' ? { row: r.top, column: r.left } : p;
}

/** Formats, validations and conditional formats follow the cells; one cut by the band stays put. */
function moveAll<T extends { rect: Rect }>(list: T[], s: Shift): void {
  for (let i = list.length - 1; i >= 0; i--) {
    const to = moveRect(list[i].rect, s);
    if (to === null) list.splice(i, 1);
    else if (to !== 'conflict') list[i].rect = to;
  }
}

function shiftSizes(sizes: Map<number, number>, s: Shift): void {
  const entries = [...sizes.entries()];
  sizes.clear();
  for (const [index, size] of entries) {
    if (index < s.at) sizes.set(index, size);
    else if (s.count > 0) sizes.set(index + s.count, size);
    else if (index > s.at - s.count - 1) sizes.set(index + s.count, size);
  }
}
