/** PM.SCHEDULE: header + one row per task, in the Tasks table's order so it lines up beside it. */
import type { ScheduleResult, TaskSchedule } from '../../engine/types';
import type { Model } from '../../model/types';
import { dateArgument } from '../arguments';
import { readWorkbook, type Call } from './call';
import { idCell } from './cells';
import { dateCell, notAvailable, type Cell, type Grid, type Outcome } from './outcome';

export type ScheduleArgs = { tasks: unknown; holidays?: unknown; settings?: unknown; statusDate?: unknown };

export const SCHEDULE_HEADER = ['ID', 'Start', 'Finish', 'Late Start', 'Late Finish', 'Total Float', 'Free Float', 'Critical'];

export function scheduleRow(model: Model, t: TaskSchedule): Cell[] {
  return [
    idCell(model.tasks[t.task].id),
    dateCell(t.start),
    dateCell(t.finish),
    dateCell(t.lateStart),
    dateCell(t.lateFinish),
    t.totalFloat,
    t.freeFloat,
    t.critical,
  ];
}

export function scheduleRows(model: Model, result: ScheduleResult): Grid {
  return [SCHEDULE_HEADER, ...result.tasks.map((t) => scheduleRow(model, t))];
}

// STUB: waits for src/engine/schedule.ts; then: readPlan -> schedule(model, { statusDate }) -> scheduleRows.
export function scheduleCore(call: Call<ScheduleArgs>): Outcome<Grid> {
  const input = readWorkbook(call);
  if (!input.ok) return input;
  const statusDate = dateArgument(call.args.statusDate, 'statusDate');
  if (!statusDate.ok) return statusDate;
  return notAvailable('PM.SCHEDULE is not available yet');
}
