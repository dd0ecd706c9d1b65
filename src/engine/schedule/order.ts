/**
 * Schedule order: by start date; on the same day a summary before its tasks, then by finish
 * date, then input order. Two stable counting sorts over the day numbers, so it stays linear.
 */

/** Day spans wider than this (a date in a far year) sort by comparison instead. */
const MAX_SPAN = 4_000_000;

export function scheduleOrder(start: Int32Array, finish: Int32Array, summary: Uint8Array): number[] {
  const n = start.length;
  if (n === 0) return [];
  const items = new Int32Array(n);
  for (let i = 0; i < n; i++) items[i] = i;
  const [startLow, startSpan] = range(start);
  const [finishLow, finishSpan] = range(finish);
  if (!(startSpan < MAX_SPAN && finishSpan < MAX_SPAN)) {
    return Array.from(items).sort(
      (a, b) => start[a] - start[b] || summary[b] - summary[a] || finish[a] - finish[b] || a - b,
    );
  }
  const finishKey = new Int32Array(n);
  const startKey = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    finishKey[i] = finish[i] - finishLow;
    startKey[i] = (start[i] - startLow) * 2 + (summary[i] === 1 ? 0 : 1);
  }
  return Array.from(countingSort(countingSort(items, finishKey), startKey));
}

/** Lowest value and the span to the highest. */
function range(days: Int32Array): [number, number] {
  let lo = days[0];
  let hi = days[0];
  for (let i = 1; i < days.length; i++) {
    const d = days[i];
    if (d < lo) lo = d;
    else if (d > hi) hi = d;
  }
  return [lo, hi - lo];
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
