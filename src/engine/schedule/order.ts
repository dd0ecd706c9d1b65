/**
 * Schedule order: by start date; on the same day a summary before its tasks, then by finish
 * date, then input order. Two stable counting sorts over the day numbers, so it stays linear.
 */

/** Day spans wider than this (a date in a far year) sort by comparison instead. */
const MAX_SPAN = 4_000_000;

export function scheduleOrder(start: Float64Array, finish: Float64Array, summary: Uint8Array): number[] {
  const n = start.length;
  const items = new Int32Array(n);
  for (let i = 0; i < n; i++) items[i] = i;
  if (n === 0) return [];
  const finishKey = keys(finish, (i, base) => Math.floor(finish[i]) - base);
  const startKey = keys(start, (i, base) => (Math.floor(start[i]) - base) * 2 + (summary[i] === 1 ? 0 : 1));
  if (finishKey === null || startKey === null) {
    return Array.from(items).sort(
      (a, b) => start[a] - start[b] || summary[b] - summary[a] || finish[a] - finish[b] || a - b,
    );
  }
  return Array.from(countingSort(countingSort(items, finishKey), startKey));
}

function keys(days: Float64Array, key: (i: number, base: number) => number): Int32Array | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < days.length; i++) {
    const d = Math.floor(days[i]);
    if (d < lo) lo = d;
    if (d > hi) hi = d;
  }
  if (!(hi - lo < MAX_SPAN)) return null;
  const out = new Int32Array(days.length);
  for (let i = 0; i < days.length; i++) out[i] = key(i, lo);
  return out;
}

/** Stable: items with equal keys keep their order. */
function countingSort(items: Int32Array, key: Int32Array): Int32Array {
  let max = 0;
  for (let i = 0; i < key.length; i++) if (key[i] > max) max = key[i];
  const count = new Int32Array(max + 2);
  for (let i = 0; i < items.length; i++) count[key[items[i]] + 1]++;
  for (let v = 0; v <= max; v++) count[v + 1] += count[v];
  const out = new Int32Array(items.length);
  for (let i = 0; i < items.length; i++) out[count[key[items[i]]]++] = items[i];
  return out;
}
