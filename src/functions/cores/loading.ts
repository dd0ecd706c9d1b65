/** PM.LOADING: a header of period starts, then one row of hours per resource. */
import type { LoadingResult, Period } from '../../engine/types';
import { choiceArgument } from '../arguments';
import { readWorkbook, type Call } from './call';
import { dateCell, notAvailable, type Grid, type Outcome } from './outcome';

export type LoadingArgs = { tasks: unknown; resources: unknown; period?: unknown; holidays?: unknown; settings?: unknown };

export const PERIODS: readonly Period[] = ['day', 'week', 'month'];
/** Weeks read best on a sheet: days are too many columns, months hide peaks. */
export const DEFAULT_PERIOD: Period = 'week';

export function loadingRows(result: LoadingResult): Grid {
  return [
    ['Resource', ...result.periods.map(dateCell)],
    ...result.resources.map((r) => [r.name, ...r.load]),
  ];
}

// STUB: waits for src/engine/loading.ts; then: readPlan -> schedule -> loading(model, schedule, period) -> loadingRows.
export function loadingCore(call: Call<LoadingArgs>): Outcome<Grid> {
  const input = readWorkbook(call, ['resources']);
  if (!input.ok) return input;
  const period = choiceArgument(call.args.period, 'period', PERIODS, DEFAULT_PERIOD);
  if (!period.ok) return period;
  return notAvailable('PM.LOADING is not available yet');
}
