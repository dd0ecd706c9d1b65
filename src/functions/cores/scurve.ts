/**
 * PM.SCURVE: cumulative planned value and actual cost by period, the data of an S-curve chart.
 * Not in the contract's list; it rides on the earned-value engine.
 */
import { choiceArgument } from '../arguments';
import { readWorkbook, type Call } from './call';
import { DEFAULT_PERIOD, PERIODS } from './loading';
import { notAvailable, type Grid, type Outcome } from './outcome';

export type ScurveArgs = { tasks: unknown; actuals?: unknown; holidays?: unknown; settings?: unknown; period?: unknown };

export const SCURVE_HEADER = ['Period', 'Planned Value', 'Actual Cost'];

// STUB: waits for src/engine/earnedValue.ts to expose cumulative PV and AC by date.
export function scurveCore(call: Call<ScurveArgs>): Outcome<Grid> {
  const input = readWorkbook(call);
  if (!input.ok) return input;
  const period = choiceArgument(call.args.period, 'period', PERIODS, DEFAULT_PERIOD);
  if (!period.ok) return period;
  return notAvailable('PM.SCURVE is not available yet');
}
