/** PM.LOADING: a header of period starts, then one row of hours per resource. */
import { loading, PERIODS } from '../../engine/loading';
import { schedule } from '../../engine/schedule';
import type { LoadingResult, Period } from '../../engine/types';
import { choiceArgument } from '../arguments';
import { readWorkbook, type Call } from './call';
import { readPlan } from './plan';
import { dateCell, ok, type Grid, type Outcome } from './outcome';

export type LoadingArgs = { tasks: unknown; resources: unknown; period?: unknown; holidays?: unknown; settings?: unknown };

/** Weeks read best on a sheet: days are too many columns, months hide peaks. */
const DEFAULT_PERIOD: Period = 'week';

export function loadingRows(result: LoadingResult): Grid {
  return [
    ['Resource', ...result.periods.map(dateCell)],
    ...result.resources.map((r) => [r.name, ...r.load]),
  ];
}

/** Hours are a work resource's measure: material and cost resources, which carry cost only, are left out. */
export function loadingCore(call: Call<LoadingArgs>): Outcome<Grid> {
  const input = readWorkbook(call, ['resources']);
  if (!input.ok) return input;
  const period = choiceArgument(call.args.period, 'period', PERIODS, DEFAULT_PERIOD);
  if (!period.ok) return period;
  const model = readPlan(input.value);
  if (!model.ok) return model;
  const result = loading(model.value, schedule(model.value), period.value);
  const work = new Set(model.value.resources.filter((r) => r.type === 'Work').map((r) => r.name));
  return ok(loadingRows({ ...result, resources: result.resources.filter((r) => work.has(r.name)) }));
}
