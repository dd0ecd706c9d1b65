/**
 * The ScheduleResult every face reads: the dates people see (shown.ts), the task objects
 * (timings.ts), schedule order, critical path, issues and the moments for other engines.
 */
import type { Calendar } from '../../model/calendar';
import type { Model, Serial } from '../../model/types';
import type { ScheduleResult } from '../types';
import type { Constraints } from './constraints';
import { scheduleIssues } from './issues';
import type { Moments } from './moments';
import { scheduleOrder } from './order';
import { showDates } from './shown';
import type { Network, Times } from './state';
import type { Shown } from './summaries';
import { taskSchedules } from './timings';

export interface Scheduled {
  model: Model;
  net: Network;
  times: Times;
  calendar: Calendar;
  moments: Moments;
  constraints: Constraints;
  statusDate: Serial | null;
  /** The project start date the plan was scheduled from. */
  startDate: Serial;
}

export function buildResult(run: Scheduled): ScheduleResult {
  const { model, net, times, statusDate } = run;
  const shown = showDates(run);
  const tasks = taskSchedules(run, shown);
  const order = scheduleOrder(shown.start, shown.finish, times.leaf);
  const criticalPath = criticalTasks(order, shown.critical, times.leaf);

  return {
    project: projectDates(run, shown),
    tasks,
    order,
    criticalPath,
    statusDate,
    issues: scheduleIssues(model, net, times, run.moments, shown, statusDate),
    moments: {
      start: shown.startMoment,
      finish: shown.finishMoment,
      lateStart: shown.lateStartMoment,
      lateFinish: shown.lateFinishMoment,
      projectStart: times.projectStart,
      projectFinish: times.projectFinish,
    },
  };
}

/** Critical leaf tasks in schedule order. */
function criticalTasks(order: readonly number[], critical: Uint8Array, leaf: Uint8Array): number[] {
  const path: number[] = [];
  for (let j = 0; j < order.length; j++) {
    const i = order[j];
    if (critical[i] === 1 && leaf[i] === 1) path.push(i);
  }
  return path;
}

/** The project runs from its earliest task start to its latest task finish. */
function projectDates(run: Scheduled, shown: Shown): { start: Serial; finish: Serial } {
  const { order } = run.net;
  if (order.length === 0) return { start: run.startDate, finish: run.startDate };
  let start = Infinity;
  let finish = -Infinity;
  for (let j = 0; j < order.length; j++) {
    const i = order[j];
    if (shown.start[i] < start) start = shown.start[i];
    if (shown.finish[i] > finish) finish = shown.finish[i];
  }
  return { start, finish };
}
