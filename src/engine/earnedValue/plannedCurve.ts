/** Cumulative planned value by working day: every leaf's budget spread evenly over its planned span. */
import type { PlannedSpans } from './plannedSpans';
import { spreadCurve, type DayCurve } from './spreadCurve';

export function plannedCurve(spans: PlannedSpans, bac: ArrayLike<number>): DayCurve {
  return spreadCurve(spans.leaves, spans.first, spans.last, bac);
}

/** A task's planned value through the end of the working day `ordinal`. */
export function taskPlannedValue(bac: number, first: number, last: number, ordinal: number): number {
  if (ordinal < first) return 0;
  if (ordinal >= last) return bac;
  return (bac * (ordinal - first + 1)) / (last - first + 1);
}
