/** PM.LEVEL: the leveled schedule, as PM.SCHEDULE with a Leveling Delay column. */
import { level } from '../../engine/leveling/level';
import type { LevelResult } from '../../engine/types';
import type { Model } from '../../model/types';
import { readWorkbook, type Call } from './call';
import { readPlan } from './plan';
import { fail, firstError, ok, type Grid, type Outcome } from './outcome';
import { SCHEDULE_HEADER, scheduleRow } from './schedule';

export type LevelArgs = { tasks: unknown; resources: unknown; holidays?: unknown; settings?: unknown };

export function levelRows(model: Model, result: LevelResult): Grid {
  return [
    [...SCHEDULE_HEADER, 'Leveling Delay'],
    ...model.tasks.map((_, i) => [...scheduleRow(model, result.schedule.columns, i), result.delays[i] ?? 0]),
  ];
}

export function levelCore(call: Call<LevelArgs>): Outcome<Grid> {
  const input = readWorkbook(call, ['resources']);
  if (!input.ok) return input;
  const model = readPlan(input.value);
  if (!model.ok) return model;
  const result = level(model.value);
  const error = firstError([...result.schedule.issues, ...result.issues]);
  return error ? fail(error) : ok(levelRows(model.value, result));
}
