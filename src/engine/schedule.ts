/**
 * The critical-path schedule (contract §2): `schedule(model, options)` → dates, floats, the
 * critical path and each task's driver. Semantics and every choice the contract leaves open are
 * in docs/scheduling.md. Never throws on a plan with errors: a loop is reported and the rest is
 * still scheduled.
 */
import { makeCalendar } from '../model/calendar';
import { serialFromParts } from '../model/dates';
import { holidayDays } from '../model/holidays';
import type { Model, Serial } from '../model/types';
import { backwardPass } from './schedule/backward';
import { readConstraints } from './schedule/constraints';
import { forwardPass } from './schedule/forward';
import { Moments } from './schedule/moments';
import { buildNetwork } from './schedule/network';
import { readProgress } from './schedule/progress';
import { buildResult } from './schedule/result';
import { makeTimes, NONE } from './schedule/state';
import type { ScheduleOptions, ScheduleResult } from './types';

export function schedule(model: Model, options: ScheduleOptions = {}): ScheduleResult {
  const calendar = makeCalendar(model.settings.workWeek, holidayDays(model.holidays));
  const statusDate = options.statusDate === undefined ? model.settings.statusDate : options.statusDate;
  const startDate = projectStartDate(model, statusDate);
  const projectStart = calendar.ordinalOnOrAfter(startDate);
  // Remaining work starts when the status date's working day is over.
  const statusMoment = statusDate !== null ? calendar.ordinalOnOrAfter(Math.floor(statusDate) + 1) : NONE;

  const net = buildNetwork(model.tasks);
  const times = makeTimes(net.n, projectStart, statusMoment);
  const moments = new Moments(calendar, projectStart);
  readProgress(model.tasks, net.leaf, moments, times);
  const constraints = readConstraints(model, net.leaf, moments, times, options.levelingDelays);

  forwardPass(net, times);
  backwardPass(net, times);
  if (times.alap.includes(1)) {
    // ALAP work goes to its late dates, and its successors after it.
    const finish = times.projectFinish;
    forwardPass(net, times, times.lateStart.slice());
    if (times.projectFinish !== finish) backwardPass(net, times);
  }
  return buildResult({ model, net, times, calendar, moments, constraints, statusDate, startDate });
}

/**
 * The Settings' Project Start (the model fills it from the earliest Start or constraint date).
 * Without one the model has reported an error; the schedule still goes from the status date or
 * the earliest actual start, so a face can show something.
 */
function projectStartDate(model: Model, statusDate: Serial | null): Serial {
  if (model.settings.projectStart !== null) return Math.floor(model.settings.projectStart);
  let earliest: Serial | null = null;
  for (const t of model.tasks) if (t.actualStart !== null && (earliest === null || t.actualStart < earliest)) earliest = t.actualStart;
  return Math.floor(earliest ?? statusDate ?? serialFromParts(2000, 1, 3));
}
