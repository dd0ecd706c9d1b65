/**
 * Earned schedule (contract §3, after Lipke), in working days from the project start, where 0 is
 * the start of its first day. PV(k) is the cumulative planned value at the end of working day k.
 */
import { ratio } from './ratios';

export interface EarnedSchedule {
  /** Earned schedule: when the work now earned was planned to be done. */
  es: number | null;
  /** SPI(t) = ES / AT. */
  spit: number | null;
  /** SV(t) = ES − AT. */
  svt: number | null;
  /** IEAC(t) = PD / SPI(t): the forecast duration in working days. */
  ieact: number | null;
}

/**
 * `pv(k)` for k = 0..pd (pv(0) = 0); `pd` the planned duration; `at` the actual time.
 * C is the last k in 0..pd with PV(k) ≤ EV; ES = C + (EV − PV(C)) / (PV(C+1) − PV(C)).
 * When all the work is earned (C = PD) ES is PD: nothing was planned after it.
 */
export function earnedSchedule(pv: (k: number) => number, pd: number, ev: number, at: number, bac: number): EarnedSchedule {
  if (pd <= 0 || !(bac > 0)) return { es: null, spit: null, svt: null, ieact: null };
  // Floating sums drift: PV at the end of the plan may miss BAC by a hair.
  const slack = 1e-9 * Math.max(1, Math.abs(bac));
  let c = pd;
  while (c > 0 && pv(c) > ev + slack) c -= 1;
  let es: number;
  if (c >= pd) es = pd;
  else {
    const step = pv(c + 1) - pv(c);
    const part = ratio(ev - pv(c), step);
    es = c + Math.min(1, Math.max(0, part ?? 0));
  }
  const spit = ratio(es, at);
  return { es, spit, svt: es - at, ieact: spit === null ? null : ratio(pd, spit) };
}
