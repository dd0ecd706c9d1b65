/**
 * Schedule order: by start date; on the same day a summary before its tasks, then by finish
 * date, then input order. Two stable counting sorts over the day numbers, so it stays linear.
 * Each loop is a function of its own: V8 optimises a hot loop on the spot, and a later loop in
 * the same function would then run unoptimised on every call.
 */

/** Day spans wider than this (a date in a far year) sort by comparison instead. */
const MAX_SPAN = 4_000_000;

/** `leaf`: 0 for a summary task. */
export function scheduleOrder(start: Int32Array, finish: Int32Array, leaf: Uint8Array): number[] {
  const n = start.length;
  if (n === 0) return [];
  const startLow = lowest(start);
  const finishLow = lowest(finish);
  const startSpan = highest(start) - startLow;
  const finishSpan = highest(finish) - finishLow;
  if (!(startSpan < MAX_SPAN && finishSpan < MAX_SPAN)) {
    const items: number[] = [];
    for (let i = 0; i < n; i++) items.push(i);
    return items.sort((a, b) => start[a] - start[b] || leaf[a] - leaf[b] || finish[a] - finish[b] || a - b);
  }
  // Stable counting sorts: by finish, then by start day with a summary first on its day.
  const count = new Int32Array(Math.max(finishSpan + 2, 2 * startSpan + 3));
  tallyFinishes(count, finish, finishLow);
  accumulate(count, finishSpan + 2);
  const byFinish = placeByFinish(count, finish, finishLow);
  count.fill(0);
  tallyStarts(count, start, startLow, leaf);
  accumulate(count, 2 * startSpan + 3);
  return placeByStart(count, start, startLow, leaf, byFinish);
}

function lowest(days: Int32Array): number {
  let low = days[0];
  for (let i = 1; i < days.length; i++) if (days[i] < low) low = days[i];
  return low;
}

function highest(days: Int32Array): number {
  let high = days[0];
  for (let i = 1; i < days.length; i++) if (days[i] > high) high = days[i];
  return high;
}

function tallyFinishes(count: Int32Array, finish: Int32Array, low: number): void {
  for (let i = 0; i < finish.length; i++) count[finish[i] - low + 1]++;
}

/** Counts become the first position of each key. */
function accumulate(count: Int32Array, length: number): void {
  for (let v = 1; v < length; v++) count[v] += count[v - 1];
}

function placeByFinish(count: Int32Array, finish: Int32Array, low: number): Int32Array {
  const out = new Int32Array(finish.length);
  for (let i = 0; i < finish.length; i++) out[count[finish[i] - low]++] = i;
  return out;
}

/** The key of a start: its day, a summary (leaf 0) before the tasks of that day. */
function tallyStarts(count: Int32Array, start: Int32Array, low: number, leaf: Uint8Array): void {
  for (let i = 0; i < start.length; i++) count[(start[i] - low) * 2 + leaf[i] + 1]++;
}

/** The schedule order itself, as the plain array the result hands out. */
function placeByStart(count: Int32Array, start: Int32Array, low: number, leaf: Uint8Array, byFinish: Int32Array): number[] {
  const out: number[] = new Array(byFinish.length);
  for (let j = 0; j < byFinish.length; j++) {
    const i = byFinish[j];
    out[count[(start[i] - low) * 2 + leaf[i]]++] = i;
  }
  return out;
}
