/**
 * The critical-path schedule (contract §2): `schedule(model, options)` → dates, floats, the
 * critical path and each task's driver. Semantics and every choice the contract leaves open are
 * in docs/scheduling.md. Never throws on a plan with errors: a loop is reported and the rest is
 * still scheduled.
 */
import type { Model } from '../model/types';
import { runPasses } from './schedule/passes';
import { prepareSchedule } from './schedule/prepare';
import { buildResult } from './schedule/result';
import { giveBack } from './schedule/scratch';
import type { ScheduleOptions, ScheduleResult } from './types';

export function schedule(model: Model, options: ScheduleOptions = {}): ScheduleResult {
  const run = prepareSchedule(model, options);
  runPasses(run.net, run.times);
  const result = buildResult(run);
  giveBack(run.times);
  return result;
}
