/**
 * Shapes a sheet description into the few large writes an Office.js writer should make: bands of
 * rows as 2-D arrays, styled cells merged into rectangles, equal column widths into runs. Pure, so
 * it is tested without Excel.
 */
import type { Cell, SheetDescription } from './description';
import { letter, position } from './refs';

export interface Band {
  top: number;
  left: number;
  /** One entry per row and column: null leaves the cell alone. */
  inputs: (string | number | boolean | null)[][];
  /** Null where the cell keeps its format; undefined when no cell of the band has one. */
  numberFormats?: (string | null)[][];
  /** Approximate bytes on the wire. */
  bytes: number;
}

/**
 * What Office.js should be given for a cell: a formula with `=`, a number or a boolean, and text
 * behind an apostrophe, so Excel keeps it as typed text (never a formula, number or date).
 */
export function cellInput(cell: Cell): string | number | boolean | null {
  if (cell.formula !== undefined) return `=${cell.formula}`;
  if (cell.value === undefined) return null;
  if (typeof cell.value === 'string') return cell.value === '' ? null : `'${cell.value}`;
  return cell.value;
}

/** The sheet's cells as bands of whole rows, each under `maxBytes` where a row allows. */
export function cellBands(sheet: SheetDescription, maxBytes: number): Band[] {
  const at = Object.entries(sheet.cells).map(([a1, cell]) => ({ ...position(a1), cell }));
  if (at.length === 0) return [];
  const bottom = Math.max(...at.map((c) => c.row));
  const right = Math.max(...at.map((c) => c.column));
  const left = 1;
  const rows = new Map<number, { column: number; cell: Cell }[]>();
  for (const c of at) {
    const line = rows.get(c.row) ?? [];
    line.push(c);
    rows.set(c.row, line);
  }
  const bands: Band[] = [];
  let current: Band | null = null;
  for (let r = 1; r <= bottom; r++) {
    const inputs: (string | number | boolean | null)[] = new Array(right - left + 1).fill(null);
    const formats: (string | null)[] = new Array(right - left + 1).fill(null);
    let formatted = false;
    for (const { column, cell } of rows.get(r) ?? []) {
      inputs[column - left] = cellInput(cell);
      if (cell.numberFormat) {
        formats[column - left] = cell.numberFormat;
        formatted = true;
      }
    }
    const bytes = JSON.stringify(inputs).length + (formatted ? JSON.stringify(formats).length : inputs.length * 5);
    if (!current || current.bytes + bytes > maxBytes) {
      current = { top: r, left, inputs: [], bytes: 0 };
      bands.push(current);
    }
    current.inputs.push(inputs);
    if (formatted && !current.numberFormats) current.numberFormats = current.inputs.slice(0, -1).map(() => new Array(inputs.length).fill(null));
    if (current.numberFormats) current.numberFormats.push(formats);
    current.bytes += bytes;
  }
  return bands;
}

/** The A1 range a band covers. */
export function bandAddress(band: Band): string {
  const bottom = band.top + band.inputs.length - 1;
  const right = band.left + (band.inputs[0]?.length ?? 1) - 1;
  return `${letter(band.left)}${band.top}:${letter(right)}${bottom}`;
}

/** Cells of one style merged into rectangles: runs along a row, then equal runs down the rows. */
export function styleRectangles(sheet: SheetDescription): { style: string; address: string }[] {
  const byStyle = new Map<string, Map<number, number[]>>();
  for (const [a1, cell] of Object.entries(sheet.cells)) {
    if (!cell.style) continue;
    const { row, column } = position(a1);
    const rows = byStyle.get(cell.style) ?? new Map<number, number[]>();
    const columns = rows.get(row) ?? [];
    columns.push(column);
    rows.set(row, columns);
    byStyle.set(cell.style, rows);
  }
  const out: { style: string; address: string }[] = [];
  for (const [style, rows] of byStyle) {
    // Runs per row, keyed by their column span.
    const open = new Map<string, { top: number; bottom: number; left: number; right: number }>();
    const closed: { top: number; bottom: number; left: number; right: number }[] = [];
    for (const row of [...rows.keys()].sort((a, b) => a - b)) {
      const columns = (rows.get(row) as number[]).sort((a, b) => a - b);
      const runs: [number, number][] = [];
      for (const c of columns) {
        const last = runs[runs.length - 1];
        if (last && last[1] === c - 1) last[1] = c;
        else runs.push([c, c]);
      }
      const seen = new Set<string>();
      for (const [l, r] of runs) {
        const key = `${l}:${r}`;
        seen.add(key);
        const rect = open.get(key);
        if (rect && rect.bottom === row - 1) rect.bottom = row;
        else {
          if (rect) closed.push(rect);
          open.set(key, { top: row, bottom: row, left: l, right: r });
        }
      }
      for (const [key, rect] of open) {
        if (!seen.has(key) && rect.bottom < row) {
          closed.push(rect);
          open.delete(key);
        }
      }
    }
    closed.push(...open.values());
    for (const r of closed.sort((a, b) => a.top - b.top || a.left - b.left)) {
      const address = r.top === r.bottom && r.left === r.right ? `${letter(r.left)}${r.top}` : `${letter(r.left)}${r.top}:${letter(r.right)}${r.bottom}`;
      out.push({ style, address });
    }
  }
  return out;
}

/** Equal widths of neighbouring columns as one range: `C:Q` → 14. */
export function widthRuns(sheet: SheetDescription): { columns: string; width: number }[] {
  const entries = Object.entries(sheet.columnWidths)
    .map(([l, w]) => ({ column: position(`${l}1`).column, width: w }))
    .sort((a, b) => a.column - b.column);
  const runs: { from: number; to: number; width: number }[] = [];
  for (const e of entries) {
    const last = runs[runs.length - 1];
    if (last && last.to === e.column - 1 && last.width === e.width) last.to = e.column;
    else runs.push({ from: e.column, to: e.column, width: e.width });
  }
  return runs.map((r) => ({ columns: `${letter(r.from)}:${letter(r.to)}`, width: r.width }));
}

/** Excel's column width in characters (Calibri 11) as points, which Office.js sets. */
export function widthInPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}
