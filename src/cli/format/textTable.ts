/** Plain-text columns for the readable output: padded to the widest cell, the last column free. */

export interface TableOptions {
  header?: string[];
  /** Columns (0-based) to right-align: numbers and dates. */
  right?: number[];
}

export function renderTable(rows: readonly string[][], options: TableOptions = {}): string[] {
  const all = options.header ? [options.header, ...rows] : rows.slice();
  if (all.length === 0) return [];
  const columns = Math.max(...all.map((r) => r.length));
  const widths = Array.from({ length: columns }, (_, c) => Math.max(...all.map((r) => (r[c] ?? '').length)));
  const right = new Set(options.right ?? []);
  return all.map((r) =>
    r
      .map((cell, c) => {
        if (c === r.length - 1 && !right.has(c)) return cell;
        return right.has(c) ? cell.padStart(widths[c]) : cell.padEnd(widths[c]);
      })
      .join('  ')
      .trimEnd(),
  );
}

export function money(value: number | null, currency = ''): string {
  if (value === null || !Number.isFinite(value)) return '-';
  const text = Math.abs(value).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return `${currency ? currency + ' ' : ''}${value < 0 ? '-' : ''}${text}`;
}

export function ratio(value: number | null, digits = 2): string {
  return value === null || !Number.isFinite(value) ? '-' : value.toFixed(digits);
}

/** `1 task`, `3 tasks`, `2 cost entries`. */
export function plural(n: number, one: string, many = one + 's'): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function truncate(text: string, width: number): string {
  return text.length <= width ? text : text.slice(0, width - 1) + '…';
}
