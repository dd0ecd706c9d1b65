/** PM.CRITICALPATH: the critical task IDs, in schedule order, one per row. */
import type { ScheduleResult } from '../../engine/types';
import type { Model } from '../../model/types';
import { readWorkbook, type Call } from './call';
import { idCell } from './cells';
import { notAvailable, type Grid, type Outcome } from './outcome';

export type CriticalPathArgs = { tasks: unknown; holidays?: unknown; settings?: unknown };

export function criticalPathRows(model: Model, result: ScheduleResult): Grid {
  if (result.criticalPath.length === 0) return [['No critical tasks']];
  return result.criticalPath.map((index) => [idCell(model.tasks[index].id)]);
}

// STUB: waits for src/engine/schedule.ts; then: readPlan -> schedule(model, {}) -> criticalPathRows.
export function criticalPathCore(call: Call<CriticalPathArgs>): Outcome<Grid> {
  const input = readWorkbook(call);
  if (!input.ok) return input;
  return notAvailable('PM.CRITICALPATH is not available yet');
}
