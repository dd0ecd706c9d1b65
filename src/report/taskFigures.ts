/**
 * Per-task quantities as the cost workings lay them out, mirroring the earned-value engine
 * (src/engine/earnedValue): the span a budget is planned over, and the two sources of actual cost
 * (read from the engine's own count of them).
 */
import type { Task } from '../model/types';
import type { ReportContext } from './context';

export type SpanSource = 'baseline' | 'baselineStart' | 'baselineFinish' | 'schedule';

export interface PlannedSpan {
  /** First and last day the budget is spread over (both working days, unless `typed`). */
  from: number;
  until: number;
  source: SpanSource;
  /** The dates are the typed baseline cells themselves (so the sheet can point at them). */
  fromTyped: boolean;
  untilTyped: boolean;
}

/**
 * Baseline dates; one baseline date and the duration; else the current schedule. A span without a
 * working day is moved onto the working day that ends it, where its whole budget is planned.
 */
export function plannedSpan(ctx: ReportContext, t: Task): PlannedSpan {
  const { calendar } = ctx;
  const days = Math.max(1, t.duration);
  let span: PlannedSpan;
  if (t.baselineStart !== null && t.baselineFinish !== null) {
    span = { from: t.baselineStart, until: t.baselineFinish, source: 'baseline', fromTyped: true, untilTyped: true };
  } else if (t.baselineStart !== null) {
    const first = calendar.ordinalOnOrAfter(t.baselineStart);
    span = { from: t.baselineStart, until: calendar.dateOf(first + days - 1), source: 'baselineStart', fromTyped: true, untilTyped: false };
  } else if (t.baselineFinish !== null) {
    const last = calendar.ordinalOnOrBefore(t.baselineFinish);
    span = { from: calendar.dateOf(last - days + 1), until: t.baselineFinish, source: 'baselineFinish', fromTyped: false, untilTyped: true };
  } else {
    const s = ctx.results.schedule.tasks[t.index];
    span = { from: s.start, until: s.finish, source: 'schedule', fromTyped: false, untilTyped: false };
  }
  if (calendar.workingDaysBetween(span.from, span.until) === 0) {
    const day = calendar.dateOf(calendar.ordinalOnOrBefore(span.until));
    span = { ...span, from: day, until: day, fromTyped: false, untilTyped: false };
  }
  return span;
}

/** Ledger amounts booked to this very task on or before the status date (undated ones count). */
export function ownBookings(ctx: ReportContext, index: number): number {
  // A task in the ledger takes nothing from the Actual Cost column, so its own cost is all ledger.
  return ctx.actualCosts.inLedger[index] ? ctx.actualCosts.own[index] : 0;
}

/** A leaf task with no ledger row at all takes its actual cost from the Actual Cost column. */
export function usesActualCostColumn(ctx: ReportContext, t: Task): boolean {
  return !t.summary && t.actualCost !== null && ctx.actualCosts.inLedger[t.index] === 0;
}
