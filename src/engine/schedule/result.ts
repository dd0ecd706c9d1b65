/**
 * Moments → the dates people see, summaries rolled up, and the ScheduleResult every face reads.
 * Done work shows its actual dates as typed; started work its actual start.
 */
import type { Calendar } from '../../model/calendar';
import type { Model, Serial } from '../../model/types';
import type { ScheduleResult, TaskSchedule } from '../types';
import type { Constraints } from './constraints';
import { driverOf, statusDateDriver, SUMMARY } from './drivers';
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
  const tasks: TaskSchedule[] = new Array(n);
  const byStatusDate = statusDateDriver(statusDate);
  const { leaf, state, pin, delay, duration } = times;
  const { start, finish, lateStart, lateFinish, totalFloat, freeFloat, open, remaining } = shown;
  // One literal, its fields always in this order: one object shape for every task.
  for (let i = 0; i < n; i++) {
    const isSummary = leaf[i] === 0;
    const isCritical = open[i] === 1 && totalFloat[i] <= criticalFloat;
    if (isCritical) critical[i] = 1;
    tasks[i] = {
      task: i,
      start: start[i],
      finish: finish[i],
      lateStart: lateStart[i],
      lateFinish: lateFinish[i],
      totalFloat: totalFloat[i],
      freeFloat: freeFloat[i],
      critical: isCritical,
      summary: isSummary,
      milestone: !isSummary && duration[i] === 0,
      remainingDuration: remaining[i],
      levelingDelay: !isSummary && state[i] === UNSTARTED && pin[i] === NONE ? delay[i] : 0,
      driver: isSummary ? SUMMARY : driverOf(i, net, times, constraints, byStatusDate, start[i]),
    };
  }

  const order = scheduleOrder(shown.start, shown.finish, leaf);
  const criticalPath: number[] = [];
  for (let j = 0; j < order.length; j++) {
    const i = order[j];
    if (critical[i] === 1 && leaf[i] === 1) criticalPath.push(i);
  }

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

  const { start, finish, open } = shown;
  const lateStartDay = shown.lateStart;
  const lateFinishDay = shown.lateFinish;
  for (let j = 0; j < order.length; j++) {
    const i = order[j];
    const milestone = duration[i] === 0;
    const st = state[i];
    if (st === COMPLETE) {
      const task = model.tasks[i];
      const shownStart = milestone
        ? (task.actualFinish ?? task.actualStart ?? table.milestone(earlyStart[i]))
        : (task.actualStart ?? table.day(earlyStart[i]));
      start[i] = lateStartDay[i] = shownStart;
      finish[i] = lateFinishDay[i] = milestone ? shownStart : (task.actualFinish ?? table.finish(earlyFinish[i], false));
      continue;
    }
    open[i] = 1;
    finish[i] = table.finish(earlyFinish[i], milestone);
    lateFinishDay[i] = table.finish(lateFinish[i], milestone);
    // Started work: its late start is that of its remaining days (the start itself is history).
    start[i] = st === STARTED ? (model.tasks[i].actualStart ?? table.day(startSeen[i])) : table.start(earlyStart[i], milestone);
    lateStartDay[i] = table.start(lateStart[i], milestone);
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
