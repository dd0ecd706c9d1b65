/**
 * Cell formats kept as a list of writes over rectangles (cheap for whole-column formats); a read
 * gives the common value of the range, or null when its cells differ, as Excel does.
 */
import { type Rect, contains, intersects, rectColumns, rectRows } from './address';
import type { FormatOp, SheetModel } from './model';

const COLOR_NAMES: Record<string, string> = {
  black: '#000000', white: '#FFFFFF', red: '#FF0000', green: '#008000', blue: '#0000FF', yellow: '#FFFF00',
  orange: '#FFA500', gray: '#808080', grey: '#808080', lightgray: '#D3D3D3', lightgrey: '#D3D3D3',
  darkgray: '#A9A9A9', purple: '#800080', pink: '#FFC0CB', lightgreen: '#90EE90', lightblue: '#ADD8E6',
  darkblue: '#00008B', darkred: '#8B0000', darkgreen: '#006400', navy: '#000080',
};

/** Excel answers colours as upper-case #RRGGBB whatever name they were set with. */
export function normaliseColor(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const lower = value.trim().toLowerCase();
  if (COLOR_NAMES[lower]) return COLOR_NAMES[lower];
  if (/^#[0-9a-f]{6}$/.test(lower)) return lower.toUpperCase();
  if (/^#[0-9a-f]{3}$/.test(lower)) return ('#' + lower.slice(1).split('').map((c) => c + c).join('')).toUpperCase();
  return value;
}

function applies(op: FormatOp, key: string): boolean {
  if (op.key === key || op.key === '*') return true;
  return op.key.endsWith('.*') && key.startsWith(op.key.slice(0, -1));
}

function resolved(op: FormatOp, key: string, fallback: unknown): unknown {
  return op.key === key ? op.value : fallback;
}

export function writeFormat(sheet: SheetModel, rect: Rect, key: string, value: unknown): void {
  const v = key.endsWith('color') || key.endsWith('Color') ? normaliseColor(value) : value;
  // A write that covers earlier ones of the same key makes them irrelevant; drop them to keep reads fast.
  for (let i = sheet.formats.length - 1; i >= 0; i--) {
    const op = sheet.formats[i];
    if (op.key === key && contains(rect, op.rect)) sheet.formats.splice(i, 1);
  }
  sheet.formats.push({ rect: { ...rect }, key, value: v });
}

/** Resets every key (`*`) or one group (`fill.*`) to Excel's default. */
export function resetFormats(sheet: SheetModel, rect: Rect, group: string): void {
  const inGroup = (op: FormatOp) => group === '*' || op.key === group || (group.endsWith('.*') && op.key.startsWith(group.slice(0, -1)));
  // Writes wholly inside the cleared area are gone; only a write reaching outside it needs a reset mark.
  for (let i = sheet.formats.length - 1; i >= 0; i--) {
    if (inGroup(sheet.formats[i]) && contains(rect, sheet.formats[i].rect)) sheet.formats.splice(i, 1);
  }
  if (sheet.formats.some((op) => inGroup(op) && intersects(op.rect, rect))) sheet.formats.push({ rect: { ...rect }, key: group, value: undefined });
}

export function readFormat(sheet: SheetModel, rect: Rect, key: string, fallback: unknown): unknown {
  const ops = sheet.formats.filter((op) => applies(op, key) && intersects(op.rect, rect));
  if (ops.length === 0) return fallback;
  const cells = rectRows(rect) * rectColumns(rect);
  if (cells > 20_000) {
    // Large ranges: the last write decides if it covers everything and nothing later differs.
    const last = ops[ops.length - 1];
    return contains(last.rect, rect) ? resolved(last, key, fallback) : null;
  }
  let common: unknown = undefined;
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) {
      let value = fallback;
      for (let i = ops.length - 1; i >= 0; i--) {
        const o = ops[i].rect;
        if (r >= o.top && r <= o.bottom && c >= o.left && c <= o.right) {
          value = resolved(ops[i], key, fallback);
          break;
        }
      }
      if (common === undefined) common = value;
      else if (common !== value) return null;
    }
  }
  return common;
}

/** Every format key set on one cell, for inspection in tests. */
export function formatsOfCell(sheet: SheetModel, row: number, column: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const op of sheet.formats) {
    const o = op.rect;
    if (row < o.top || row > o.bottom || column < o.left || column > o.right) continue;
    if (op.key === '*') for (const k of Object.keys(out)) delete out[k];
    else if (op.key.endsWith('.*')) {
      for (const k of Object.keys(out)) if (k.startsWith(op.key.slice(0, -1))) delete out[k];
    } else out[op.key] = op.value;
  }
  return out;
}
