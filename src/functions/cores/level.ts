/** PM.LEVEL: the leveled schedule, as PM.SCHEDULE with a Leveling Delay column. */
import type { LevelResult } from '../../engine/types';
import type { Model } from '../../model/types';
import { readWorkbook, type Call } from './call';
import { notAvailable, type Grid, type Outcome } from './outcome';
import { SCHEDULE_HEADER, scheduleRow } from './schedule';

export type LevelArgs = { tasks: unknown; resources: unknown; holidays?: unknown; settings?: unknown };

export function levelRows(model: Model, result: LevelResult): Grid {
  return [
    [...SCHEDULE_HEADER, 'Leveling Delay'],
    ...result.schedule.tasks.map((t) => [...scheduleRow(model, t), result.delays[t.task] ?? 0]),
  ];
}

// STUB: waits for src/engine/leveling/; then: readPlan -> level(model, {}) -> levelRows.
export function levelCore(call: Call<LevelArgs>): Outcome<Grid> {
  const input = readWorkbook(call, ['resources']);
  if (!input.ok) return input;
  return notAvailable('PM.LEVEL is not available yet');
}
