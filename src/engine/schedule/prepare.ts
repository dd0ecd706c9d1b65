/**
 * Everything the passes need, read once from the model: the calendar, the project start and
 * status date as moments, the network (the model's typed arrays), the tasks with more than a
 * duration and links (read.ts: progress, leveling delays) and the constraints.
 */
import { serialFromParts } from '../../model/dates';
import { taskNetwork } from '../../model/taskNetwork';
import type { Model, Serial } from '../../model/types';
import { projectCalendar } from '../cost/projectCalendar';
import type { ScheduleOptions } from '../types';
import { readConstraints } from './constraints';
import { Moments } from './moments';
import { buildNetwork } from './network';
import { readTasks } from './read';
import type { Scheduled } from './result';
import { makeTimes, NONE } from './state';

export function prepareSchedule(model: Model, options: ScheduleOptions): Scheduled {
  const calendar = projectCalendar(model);
  const statusDate = options.statusDate === undefined ? model.settings.statusDate : options.statusDate;
  const startDate = projectStartDate(model, statusDate);
  const projectStart = calendar.ordinalOnOrAfter(startDate);
  // Remaining work starts when the status date's working day is over.
  const statusMoment = statusDate !== null ? calendar.ordinalOnOrAfter(Math.floor(statusDate) + 1) : NONE;

  const network = taskNetwork(model);
  const times = makeTimes(network, projectStart, statusMoment);
  const moments = new Moments(calendar, projectStart);
  readTasks(model.tasks, network, moments, times, options.levelingDelays);
  const net = buildNetwork(network);
  const constraints = readConstraints(model, network.detailed, moments, times);
  return { model, net, times, calendar, moments, constraints, statusDate, startDate };
}

/**
 * The Settings' Project Start (the model fills it from the earliest Start or constraint date).
 * Without one the model has reported an error; the schedule still goes from the earliest actual
 * start or the status date, so a face can show something.
 */
function projectStartDate(model: Model, statusDate: Serial | null): Serial {
  if (model.settings.projectStart !== null) return Math.floor(model.settings.projectStart);
  let earliest: Serial | null = null;
  for (const t of model.tasks) if (t.actualStart !== null && (earliest === null || t.actualStart < earliest)) earliest = t.actualStart;
  return Math.floor(earliest ?? statusDate ?? serialFromParts(2000, 1, 3));
}
