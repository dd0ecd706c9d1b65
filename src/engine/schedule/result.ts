/**
 * Moments → the dates people see, summaries rolled up, and the ScheduleResult every face reads.
 * Done work shows its actual dates as typed; started work its actual start.
 */
import type { Calendar } from '../../model/calendar';
import type { Model, Serial } from '../../model/types';
import type { ScheduleResult, TaskSchedule } from '../types';
import type { Constraints } from './constraints';
import { drivers, SUMMARY } from './drivers';
import { freeFloats, totalFloats } from './floats';
import { scheduleIssues } from './issues';
import { DateTable, type Moments } from './moments';
import { scheduleOrder } from './order';
import * as codes from './state';
import type { Network, Times } from './state';
import { rollUpSummaries, type Shown } from './summaries';

// Bound once here: a bundler may turn an imported binding into a getter, too slow for a hot loop.
const { COMPLETE, NONE, STARTED, UNSTARTED } = codes;

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
  const { model, net, times, constraints, statusDate } = run;
  const n = net.n;
  const shown = leafDates(run);
  totalFloats(net, times, shown.totalFloat);
  freeFloats(net, times, shown.freeFloat);
  rollUpSummaries(model.tasks, net, times, shown);

  const criticalFloat = model.settings.criticalFloat;
  const critical = new Uint8Array(n);
  const summary = new Uint8Array(n);
  const tasks: TaskSchedule[] = new Array(n);
  const driver = drivers(net, times, constraints, statusDate, shown.start);
  for (let i = 0; i < n; i++) {
    const isSummary = net.leaf[i] === 0;
    summary[i] = isSummary ? 1 : 0;
    critical[i] = shown.open[i] === 1 && shown.totalFloat[i] <= criticalFloat ? 1 : 0;
    const applied = !isSummary && times.state[i] === UNSTARTED && times.pin[i] === NONE ? times.delay[i] : 0;
    tasks[i] = {
      task: i,
      start: shown.start[i],
      finish: shown.finish[i],
      lateStart: shown.lateStart[i],
      lateFinish: shown.lateFinish[i],
      totalFloat: shown.totalFloat[i],
      freeFloat: shown.freeFloat[i],
      critical: critical[i] === 1,
      summary: isSummary,
      milestone: !isSummary && times.duration[i] === 0,
      remainingDuration: shown.remaining[i],
      levelingDelay: applied,
      driver: isSummary ? SUMMARY : driver[i],
    };
  }

  const order = scheduleOrder(shown.start, shown.finish, summary);
  const criticalPath: number[] = [];
  for (const i of order) if (critical[i] === 1 && summary[i] === 0) criticalPath.push(i);

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

function leafDates(run: Scheduled): Shown {
  const { model, net, times, calendar } = run;
  const n = net.n;
  const { order } = net;
  const { earlyStart, earlyFinish, lateStart, lateFinish, startSeen, duration, remaining, state } = times;
  const shown: Shown = {
    start: new Int32Array(n), finish: new Int32Array(n),
    lateStart: new Int32Array(n), lateFinish: new Int32Array(n),
    totalFloat: new Int32Array(n), freeFloat: new Int32Array(n), open: new Uint8Array(n),
    // The passes' own arrays already hold these for leaf tasks; summaries are filled in later.
    startMoment: startSeen, finishMoment: earlyFinish, lateStartMoment: lateStart, lateFinishMoment: lateFinish,
    remaining,
  };

  let lowest = times.projectStart;
  let highest = times.projectStart;
  for (let j = 0; j < order.length; j++) {
    const i = order[j];
    const lo = Math.min(earlyStart[i], lateStart[i], startSeen[i]) - 1;
    const hi = Math.max(earlyFinish[i], lateFinish[i]);
    if (lo < lowest) lowest = lo;
    if (hi > highest) highest = hi;
  }
  const table = new DateTable(calendar, times.projectStart, lowest, highest);

  for (let j = 0; j < order.length; j++) {
    const i = order[j];
    const milestone = duration[i] === 0;
    const st = state[i];
    if (st === COMPLETE) {
      const task = model.tasks[i];
      const start = milestone
        ? (task.actualFinish ?? task.actualStart ?? table.milestone(earlyStart[i]))
        : (task.actualStart ?? table.day(earlyStart[i]));
      const finish = milestone ? start : (task.actualFinish ?? table.finish(earlyFinish[i], false));
      shown.start[i] = shown.lateStart[i] = start;
      shown.finish[i] = shown.lateFinish[i] = finish;
      continue;
    }
    shown.open[i] = 1;
    shown.finish[i] = table.finish(earlyFinish[i], milestone);
    shown.lateFinish[i] = table.finish(lateFinish[i], milestone);
    // Started work: its late start is that of its remaining days (the start itself is history).
    shown.start[i] = st === STARTED ? (model.tasks[i].actualStart ?? table.day(startSeen[i])) : table.start(earlyStart[i], milestone);
    shown.lateStart[i] = table.start(lateStart[i], milestone);
  }
  return shown;
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
