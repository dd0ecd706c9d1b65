/**
 * Moments → the dates people see, by task index in typed arrays: leaf dates through a table of
 * working days built once (it spans every moment the passes reached), summaries rolled up, and
 * which tasks are critical. The floats come from the backward pass.
 */
import type { Task } from '../../model/types';
import { DateTable } from './moments';
import type { Scheduled } from './result';
import * as codes from './state';
import type { Times } from './state';
import { rollUpSummaries, type Shown } from './summaries';

// Bound once here: a bundler may turn an imported binding into a getter, too slow for a hot loop.
const { COMPLETE, STARTED, UNSTARTED } = codes;

export function showDates(run: Scheduled): Shown {
  const { model, net, times } = run;
  const criticalFloat = model.settings.criticalFloat;
  const shown = leafDates(run, criticalFloat);
  if (net.order.length < net.n) {
    rollUpSummaries(model.tasks, net, times, shown);
    markSummariesCritical(shown, times.leaf, criticalFloat);
  }
  return shown;
}

/** Open work whose total float is at most the Critical Float setting is critical. */
function markSummariesCritical(shown: Shown, leaf: Uint8Array, criticalFloat: number): void {
  const { open, totalFloat, critical } = shown;
  for (let i = 0; i < critical.length; i++) if (leaf[i] === 0 && open[i] === 1 && totalFloat[i] <= criticalFloat) critical[i] = 1;
}

function leafDates(run: Scheduled, criticalFloat: number): Shown {
  const { model, net, times, calendar } = run;
  const n = net.n;
  const { order } = net;
  const { earlyStart, earlyFinish, lateStart, lateFinish, startSeen, duration, remaining, state } = times;
  const shown: Shown = {
    start: new Int32Array(n), finish: new Int32Array(n),
    lateStart: new Int32Array(n), lateFinish: new Int32Array(n),
    // The backward pass worked out the floats of leaf tasks; summaries get theirs in summaries.ts.
    totalFloat: times.totalFloat, freeFloat: times.freeFloat, open: new Uint8Array(n), critical: new Uint8Array(n),
    // The passes' own arrays already hold these for leaf tasks; summaries are filled in later.
    startMoment: startSeen, finishMoment: earlyFinish, lateStartMoment: lateStart, lateFinishMoment: lateFinish,
    remaining,
    firstStart: Infinity,
    lastFinish: -Infinity,
  };

  const table = DateTable.covering(calendar, times.projectStart, times.earliestMoment - 1, Math.max(times.projectStart, times.projectFinish));

  const { start, finish, open } = shown;
  const lateStartDay = shown.lateStart;
  const lateFinishDay = shown.lateFinish;
  const { serials, first } = table;
  const { totalFloat, critical } = shown;
  let firstStart = Infinity;
  let lastFinish = -Infinity;
  for (let j = 0; j < order.length; j++) {
    const i = order[j];
    const st = state[i];
    let shownStart: number;
    let shownFinish: number;
    if (serials !== null && st === UNSTARTED && duration[i] > 0) {
      // Most tasks: the table's day at each moment (a finish shows the day before its moment).
      shownStart = serials[earlyStart[i] - first];
      shownFinish = serials[earlyFinish[i] - 1 - first];
      start[i] = shownStart;
      finish[i] = shownFinish;
      lateStartDay[i] = serials[lateStart[i] - first];
      lateFinishDay[i] = serials[lateFinish[i] - 1 - first];
      open[i] = 1;
      if (totalFloat[i] <= criticalFloat) critical[i] = 1;
    } else {
      otherDates(model.tasks, times, table, shown, i);
      if (open[i] === 1 && totalFloat[i] <= criticalFloat) critical[i] = 1;
      shownStart = start[i];
      shownFinish = finish[i];
    }
    if (shownStart < firstStart) firstStart = shownStart;
    if (shownFinish > lastFinish) lastFinish = shownFinish;
  }
  shown.firstStart = firstStart;
  shown.lastFinish = lastFinish;
  return shown;
}

/** Milestones, started and done work: done work shows its actual dates as typed, started work its actual start. */
function otherDates(tasks: readonly Task[], times: Times, table: DateTable, shown: Shown, i: number): void {
  const { earlyStart, earlyFinish, lateStart, lateFinish, startSeen, duration, state } = times;
  const milestone = duration[i] === 0;
  const st = state[i];
  if (st === COMPLETE) {
    const task = tasks[i];
    const shownStart = milestone
      ? (task.actualFinish ?? task.actualStart ?? table.milestone(earlyStart[i]))
      : (task.actualStart ?? table.day(earlyStart[i]));
    shown.start[i] = shown.lateStart[i] = shownStart;
    shown.finish[i] = shown.lateFinish[i] = milestone ? shownStart : (task.actualFinish ?? table.finish(earlyFinish[i], false));
    return;
  }
  shown.open[i] = 1;
  shown.finish[i] = table.finish(earlyFinish[i], milestone);
  shown.lateFinish[i] = table.finish(lateFinish[i], milestone);
  // Started work: its late start is that of its remaining days (the start itself is history).
  shown.start[i] = st === STARTED ? (tasks[i].actualStart ?? table.day(startSeen[i])) : table.start(earlyStart[i], milestone);
  shown.lateStart[i] = table.start(lateStart[i], milestone);
}
