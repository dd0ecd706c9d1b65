/** PM.SCHEDULE: header + one row per task, in the Tasks table's order so it lines up beside it. */
import { schedule } from '../../engine/schedule';
import type { ScheduleColumns, ScheduleResult } from '../../engine/types';
import type { Model } from '../../model/types';
import { dateArgument } from '../arguments';
import { readWorkbook, type Call, type TableArgs } from './call';
import { idCell } from './cells';
import { readPlan } from './plan';
import { dateCell, fail, firstError, ok, type Cell, type Grid, type Outcome } from './outcome';

export type ScheduleArgs = { tasks: unknown; holidays?: unknown; settings?: unknown; statusDate?: unknown };

export const SCHEDULE_HEADER = ['ID', 'Start', 'Finish', 'Late Start', 'Late Finish', 'Total Float', 'Free Float', 'Critical'];

/** Task i's row, read from the result's columns: no task objects are made for it. */
export function scheduleRow(model: Model, columns: ScheduleColumns, i: number): Cell[] {
  return [
    idCell(model.tasks[i].id),
    dateCell(columns.start[i]),
    dateCell(columns.finish[i]),
    dateCell(columns.lateStart[i]),
    dateCell(columns.lateFinish[i]),
    columns.totalFloat[i],
    columns.freeFloat[i],
    columns.critical[i] === 1,
  ];
}

export function scheduleRows(model: Model, result: ScheduleResult): Grid {
  const rows: Grid = [SCHEDULE_HEADER];
  for (let i = 0; i < model.tasks.length; i++) rows.push(scheduleRow(model, result.columns, i));
  return rows;
}

/**
 * The plan scheduled, or the first error (of the plan, or of the schedule: a dependency loop).
 * A status date left out falls back to the Settings' Status Date (the engine's default).
 */
export function schedulePlan(call: Call<TableArgs & { statusDate?: unknown }>): Outcome<{ model: Model; result: ScheduleResult }> {
  const input = readWorkbook(call);
  if (!input.ok) return input;
  const statusDate = dateArgument(call.args.statusDate, 'statusDate');
  if (!statusDate.ok) return statusDate;
  const model = readPlan(input.value);
  if (!model.ok) return model;
  const result = schedule(model.value, statusDate.value !== null ? { statusDate: statusDate.value } : {});
  const error = firstError(result.issues);
  if (error) return fail(error);
  return ok({ model: model.value, result });
}

export function scheduleCore(call: Call<ScheduleArgs>): Outcome<Grid> {
  const planned = schedulePlan(call);
  if (!planned.ok) return planned;
  return ok(scheduleRows(planned.value.model, planned.value.result));
}
