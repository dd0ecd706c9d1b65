/** PM.FINISH: the project finish date. */
import type { ScheduleResult } from '../../engine/types';
import type { Call } from './call';
import { dateCell, notAvailable, ok, type Cell, type Outcome } from './outcome';
import { schedulePlan, type ScheduleArgs } from './schedule';

export function finishCell(result: ScheduleResult): Cell {
  return dateCell(result.project.finish);
}

export function finishCore(call: Call<ScheduleArgs>): Outcome<Cell> {
  const planned = schedulePlan(call);
  if (!planned.ok) return planned;
  if (planned.value.model.tasks.length === 0) {
    return notAvailable('The Tasks table has no tasks yet, so the project has no finish date. Add a row per task.');
  }
  return ok(finishCell(planned.value.result));
}
