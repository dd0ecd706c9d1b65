/**
 * The working days over which each leaf task's budget is planned: its baseline dates, or its
 * current schedule dates where it has no baseline (and then a warning says so, contract §3).
 * Spans are working-day ordinals of the project calendar, both ends inclusive.
 */
import type { ScheduleResult } from '../types';
import type { Calendar } from '../../model/calendar';
import type { Issue, Model, Task } from '../../model/types';
import { taskWarning } from '../cost/taskIssue';

export interface PlannedSpans {
  /** Leaf task indexes, in model order. */
  leaves: number[];
  /** First and last planned working day by task index (leaves only). */
  first: Int32Array;
  last: Int32Array;
  /** The earliest first day and the latest last day over the leaves; null when there are none. */
  start: number | null;
  finish: number | null;
  /** Leaves planned on their current dates for want of a baseline. */
  withoutBaseline: number;
  issues: Issue[];
}

export function plannedSpans(model: Model, schedule: ScheduleResult, calendar: Calendar): PlannedSpans {
  const n = model.tasks.length;
  const first = new Int32Array(n);
  const last = new Int32Array(n);
  const leaves: number[] = [];
  const missing: Task[] = [];
  const partial: Task[] = [];
  let start = Infinity;
  let finish = -Infinity;
  for (const task of model.tasks) {
    if (task.summary) continue;
    leaves.push(task.index);
    let from: number;
    let to: number;
    const { baselineStart: bs, baselineFinish: bf } = task;
    const days = Math.max(1, task.duration);
    if (bs !== null && bf !== null) {
      from = calendar.ordinalOnOrAfter(bs);
      to = calendar.ordinalOnOrBefore(bf);
    } else if (bs !== null) {
      from = calendar.ordinalOnOrAfter(bs);
      to = from + days - 1;
      partial.push(task);
    } else if (bf !== null) {
      to = calendar.ordinalOnOrBefore(bf);
      from = to - days + 1;
      partial.push(task);
    } else {
      const current = schedule.tasks[task.index];
      from = calendar.ordinalOnOrAfter(current.start);
      to = calendar.ordinalOnOrBefore(current.finish);
      missing.push(task);
    }
    // A span with no working day in it (a milestone on a weekend, a one-day task on a holiday):
    // its whole budget is planned on the working day that ends it, so PV at the finish is the BAC.
    if (from > to) from = to;
    first[task.index] = from;
    last[task.index] = to;
    if (from < start) start = from;
    if (to > finish) finish = to;
  }
  const issues = spanIssues(model, leaves.length, missing, partial);
  return {
    leaves, first, last,
    start: leaves.length ? start : null,
    finish: leaves.length ? finish : null,
    withoutBaseline: missing.length,
    issues,
  };
}

function spanIssues(model: Model, leafCount: number, missing: Task[], partial: Task[]): Issue[] {
  const issues: Issue[] = [];
  if (missing.length > 0 && missing.length === leafCount) {
    issues.push({
      severity: 'warning', table: 'Tasks', row: null, column: null, cell: null,
      message: 'The plan has no baseline, so planned value is spread over the current schedule dates and moves whenever the plan does. Add Baseline Start and Baseline Finish columns (copy of Start and Finish when the plan was approved).',
    });
  } else {
    for (const task of missing) {
      issues.push(taskWarning(model, task, 'baselineStart',
        `Task ${task.id} has no baseline dates, so its planned value is spread over its current schedule dates. Enter its Baseline Start and Baseline Finish.`));
    }
  }
  for (const task of partial) {
    const has = task.baselineStart !== null ? 'Baseline Start' : 'Baseline Finish';
    const lacks = task.baselineStart !== null ? 'baselineFinish' : 'baselineStart';
    issues.push(taskWarning(model, task, lacks,
      `Task ${task.id} has a ${has} but not the other baseline date, so its planned value is spread over its duration from that date. Enter both baseline dates.`));
  }
  return issues;
}
