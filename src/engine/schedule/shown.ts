/**
 * Moments → the dates people see, by task index in typed arrays: leaf dates through a table of
 * working days built once, floats, summaries rolled up, and which tasks are critical. Done work
 * shows its actual dates as typed; started work its actual start.
 */
import { freeFloats, totalFloats } from './floats';
import { DateTable } from './moments';
import type { Scheduled } from './result';
import * as codes from './state';
import type { Times } from './state';
import { rollUpSummaries, type Shown } from './summaries';

// Bound once here: a bundler may turn an imported binding into a getter, too slow for a hot loop.
const { COMPLETE, STARTED } = codes;

export function showDates(run: Scheduled): Shown {
  const { model, net, times } = run;
  const shown = leafDates(run);
  totalFloats(net, times, shown.totalFloat);
  freeFloats(net, times, shown.freeFloat);
  rollUpSummaries(model.tasks, net, times, shown);
  markCritical(shown, model.settings.criticalFloat);
  return shown;
}

function markCritical(shown: Shown, criticalFloat: number): void {
  const { open, totalFloat, critical } = shown;
  for (let i = 0; i < critical.length; i++) if (open[i] === 1 && totalFloat[i] <= criticalFloat) critical[i] = 1;
}

function leafDates(run: Scheduled): Shown {
  const { model, net, times, calendar } = run;
  const n = net.n;
  const { order } = net;
  const { earlyStart, earlyFinish, lateStart, lateFinish, startSeen, duration, remaining, state } = times;
  const shown: Shown = {
    start: new Int32Array(n), finish: new Int32Array(n),
    lateStart: new Int32Array(n), lateFinish: new Int32Array(n),
    totalFloat: new Int32Array(n), freeFloat: new Int32Array(n), open: new Uint8Array(n), critical: new Uint8Array(n),
    // The passes' own arrays already hold these for leaf tasks; summaries are filled in later.
    startMoment: startSeen, finishMoment: earlyFinish, lateStartMoment: lateStart, lateFinishMoment: lateFinish,
    remaining,
  };

  const table = new DateTable(calendar, times.projectStart, lowestMoment(order, times), highestMoment(order, times));

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

/**
 * The span of moments the table must cover (a milestone shows the day before its moment). Loops
 * of their own: V8 optimises a hot loop on the spot, and the next loop in the same function would
 * then run unoptimised on every call.
 */
function lowestMoment(order: Int32Array, times: Times): number {
  const { earlyStart, lateStart, startSeen } = times;
  let lowest = times.projectStart;
  for (let j = 0; j < order.length; j++) {
    const i = order[j];
    const lo = Math.min(earlyStart[i], lateStart[i], startSeen[i]) - 1;
    if (lo < lowest) lowest = lo;
  }
  return lowest;
}

function highestMoment(order: Int32Array, times: Times): number {
  const { earlyFinish, lateFinish } = times;
  let highest = times.projectStart;
  for (let j = 0; j < order.length; j++) {
    const i = order[j];
    const hi = earlyFinish[i] > lateFinish[i] ? earlyFinish[i] : lateFinish[i];
    if (hi > highest) highest = hi;
  }
  return highest;
}
