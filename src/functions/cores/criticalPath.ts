/** PM.CRITICALPATH: the critical task IDs, in schedule order, one per row. */
import type { ScheduleResult } from '../../engine/types';
import type { Model } from '../../model/types';
import type { Call } from './call';
import { idCell } from './cells';
import { ok, type Grid, type Outcome } from './outcome';
import { schedulePlan } from './schedule';

export type CriticalPathArgs = { tasks: unknown; holidays?: unknown; settings?: unknown };

export function criticalPathRows(model: Model, result: ScheduleResult): Grid {
  if (result.criticalPath.length === 0) return [['No critical tasks']];
  return result.criticalPath.map((index) => [idCell(model.tasks[index].id)]);
}

/** No status date argument: the Settings' Status Date applies, as in PM.SCHEDULE without one. */
export function criticalPathCore(call: Call<CriticalPathArgs>): Outcome<Grid> {
  const planned = schedulePlan(call);
  if (!planned.ok) return planned;
  return ok(criticalPathRows(planned.value.model, planned.value.result));
}
