/** A ratio whose divisor is zero is empty (null), never Infinity or NaN (contract §3). */

/** Below this a divisor counts as zero: a billionth of a currency unit, or of a working day. */
const ZERO = 1e-9;

export function ratio(numerator: number, divisor: number | null): number | null {
  if (divisor === null || Math.abs(divisor) < ZERO) return null;
  const value = numerator / divisor;
  return Number.isFinite(value) ? value : null;
}
