/** The ledger's running total by calendar date (money is spent on weekends too). */
import type { Model, Serial } from '../../model/types';

export interface LedgerCurve {
  /** The ledger's amounts dated on or before `day`, with the undated ones. */
  through(day: Serial): number;
}

/** Rows dated after `cutoff` (when given) are left out. */
export function ledgerCurve(model: Model, cutoff: Serial | null): LedgerCurve {
  let undated = 0;
  const byDay = new Map<number, number>();
  for (const row of model.actuals) {
    if (row.date === null) {
      undated += row.amount;
      continue;
    }
    const day = Math.floor(row.date);
    if (cutoff !== null && day > cutoff) continue;
    byDay.set(day, (byDay.get(day) ?? 0) + row.amount);
  }
  const days = Float64Array.from(byDay.keys()).sort();
  const running = new Float64Array(days.length);
  let sum = 0;
  days.forEach((d, k) => {
    sum += byDay.get(d) as number;
    running[k] = sum;
  });
  return {
    through(day) {
      // The number of ledger days on or before `day`.
      let lo = 0;
      let hi = days.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (days[mid] <= day) lo = mid + 1;
        else hi = mid;
      }
      return undated + (lo === 0 ? 0 : running[lo - 1]);
    },
  };
}
