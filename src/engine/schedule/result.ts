/**
 * The ScheduleResult every face reads: the dates people see (shown.ts) as columns, the task
 * objects (timings.ts), schedule order, critical path, issues and the moments for other engines.
 */
import type { Calendar } from '../../model/calendar';
import type { Model, Serial } from '../../model/types';
import type { ScheduleResult, TaskSchedule } from '../types';
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

/**
 * The dates and floats are computed here, into typed arrays; the task objects, the schedule
 * order and the critical path are made from them when a face first reads them, so a face that
 * needs only the columns (PM.SCHEDULE) or the finish (PM.FINISH) never pays for 100,000 objects.
 */
export function buildResult(run: Scheduled): ScheduleResult {
  const { model, net, times, statusDate } = run;
  const shown = showDates(run);
  let tasks: TaskSchedule[] | null = null;
  let order: number[] | null = null;
  let criticalPath: number[] | null = null;
  return {
    project: projectDates(run, shown),
    columns: {
      start: shown.start,
      finish: shown.finish,
      lateStart: shown.lateStart,
      lateFinish: shown.lateFinish,
      totalFloat: shown.totalFloat,
      freeFloat: shown.freeFloat,
      critical: shown.critical,
      remainingDuration: shown.remaining,
      levelingDelay: times.delay,
    },
    get tasks() {
      return (tasks ??= taskSchedules(run, shown));
    },
    get order() {
      return (order ??= scheduleOrder(shown.start, shown.finish, times.leaf));
    },
    get criticalPath() {
      return (criticalPath ??= criticalTasks(this.order, shown.critical, times.leaf));
    },
    statusDate,
    issues: scheduleIssues(model, net, times, run.moments, shown, statusDate),
    moments: {
      start: shown.startMoment,
      finish: shown.finishMoment,
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
  if (run.net.order.length === 0) return { start: run.startDate, finish: run.startDate };
  return { start: shown.firstStart, finish: shown.lastFinish };
}
