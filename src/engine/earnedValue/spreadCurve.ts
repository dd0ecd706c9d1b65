/**
 * Amounts spread evenly over spans of working days, summed into one cumulative curve. Built
 * once with a difference array (O(items + days)), then read in O(1) per date.
 */
export interface DayCurve {
  /** Ordinal of the first working day of any span; the curve is 0 before it. */
  origin: number;
  /** cumulative[k]: the total through the end of working day origin + k. */
  cumulative: Float64Array;
  /** The total through the end of the working day with this ordinal. */
  through(ordinal: number): number;
}

/** `items` index into `first`, `last` (inclusive ordinals, first ≤ last) and `amount`. */
export function spreadCurve(items: ArrayLike<number>, first: ArrayLike<number>, last: ArrayLike<number>, amount: ArrayLike<number>): DayCurve {
  let origin = Infinity;
  let end = -Infinity;
  for (let k = 0; k < items.length; k++) {
    const i = items[k];
    if (first[i] < origin) origin = first[i];
    if (last[i] > end) end = last[i];
  }
  if (items.length === 0) origin = end = 0;
  const length = items.length === 0 ? 0 : end - origin + 1;
  const perDay = new Float64Array(length + 1);
  for (let k = 0; k < items.length; k++) {
    const i = items[k];
    const rate = amount[i] / (last[i] - first[i] + 1);
    perDay[first[i] - origin] += rate;
    perDay[last[i] - origin + 1] -= rate;
  }
  const cumulative = new Float64Array(length);
  let rate = 0;
  let sum = 0;
  for (let k = 0; k < length; k++) {
    rate += perDay[k];
    sum += rate;
    cumulative[k] = sum;
  }
  const total = length ? cumulative[length - 1] : 0;
  return {
    origin,
    cumulative,
    through: (ordinal) => (ordinal < origin ? 0 : ordinal - origin >= length ? total : cumulative[ordinal - origin]),
  };
}
