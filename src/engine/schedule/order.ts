/**
 * Schedule order: by start date; on the same day a summary before its tasks, then by finish
 * date, then input order. Two stable counting sorts over the day numbers, so it stays linear.
 */

/** Day spans wider than this (a date in a far year) sort by comparison instead. */
const MAX_SPAN = 4_000_000;

/** `leaf`: 0 for a summary task. */
export function scheduleOrder(start: Int32Array, finish: Int32Array, leaf: Uint8Array): number[] {
  const n = start.length;
  if (n === 0) return [];
  const [startLow, startSpan] = range(start);
  const [finishLow, finishSpan] = range(finish);
  if (!(startSpan < MAX_SPAN && finishSpan < MAX_SPAN)) {
    const items: number[] = [];
    for (let i = 0; i < n; i++) items.push(i);
    return items.sort((a, b) => start[a] - start[b] || leaf[a] - leaf[b] || finish[a] - finish[b] || a - b);
  }
  // By finish, then (stable) by start and summary first: the order of the three keys.
  const byFinish = new Int32Array(n);
  const count = new Int32Array(Math.max(finishSpan, 2 * startSpan + 1) + 2);
  for (let i = 0; i < n; i++) count[finish[i] - finishLow + 1]++;
  for (let v = 0; v <= finishSpan; v++) count[v + 1] += count[v];
  for (let i = 0; i < n; i++) byFinish[count[finish[i] - finishLow]++] = i;

  count.fill(0);
  const keys = 2 * startSpan + 1;
  for (let i = 0; i < n; i++) count[(start[i] - startLow) * 2 + leaf[i] + 1]++;
  for (let v = 0; v <= keys; v++) count[v + 1] += count[v];
  const order: number[] = new Array(n);
  for (let j = 0; j < n; j++) {
    const i = byFinish[j];
    order[count[(start[i] - startLow) * 2 + leaf[i]]++] = i;
  }
  return order;
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
