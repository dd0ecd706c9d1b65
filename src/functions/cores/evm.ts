/** PM.EVM: the earned-value figures on a status date, as name/value rows, or one figure alone. */
import { earnedValue } from '../../engine/earnedValue';
import { schedule } from '../../engine/schedule';
import type { EarnedValueResult } from '../../engine/types';
import { dateArgument, isOmitted } from '../arguments';
import { readWorkbook, type Call } from './call';
import { numberCell } from './cells';
import { readPlan } from './plan';
import { badArgument, dateCell, ok, PERCENT_FORMAT, type Cell, type Grid, type Outcome } from './outcome';

export type EvmArgs = { tasks: unknown; statusDate: unknown; actuals?: unknown; holidays?: unknown; settings?: unknown; metric?: unknown };

const percent = (v: number | null): Cell => (v === null || !Number.isFinite(v) ? null : { value: v, numberFormat: PERCENT_FORMAT });

/** Contract §5's rows, in its order, with how each is read from the result. */
export const METRICS: ReadonlyArray<{ name: string; cell: (r: EarnedValueResult) => Cell }> = [
  { name: 'BAC', cell: (r) => numberCell(r.bac) },
  { name: 'PV', cell: (r) => numberCell(r.pv) },
  { name: 'EV', cell: (r) => numberCell(r.ev) },
  { name: 'AC', cell: (r) => numberCell(r.ac) },
  { name: 'SV', cell: (r) => numberCell(r.sv) },
  { name: 'CV', cell: (r) => numberCell(r.cv) },
  { name: 'SPI', cell: (r) => numberCell(r.spi) },
  { name: 'CPI', cell: (r) => numberCell(r.cpi) },
  { name: 'EAC', cell: (r) => numberCell(r.eac) },
  { name: 'ETC', cell: (r) => numberCell(r.etc) },
  { name: 'VAC', cell: (r) => numberCell(r.vac) },
  { name: 'TCPI', cell: (r) => numberCell(r.tcpi) },
  { name: 'SV%', cell: (r) => percent(r.svPercent) },
  { name: 'CV%', cell: (r) => percent(r.cvPercent) },
  { name: 'ES', cell: (r) => numberCell(r.es) },
  { name: 'SPI(t)', cell: (r) => numberCell(r.spit) },
  { name: 'Forecast Finish', cell: (r) => (r.forecastFinish === null ? null : dateCell(r.forecastFinish)) },
];

const squeeze = (s: string) => s.toLowerCase().replace(/[\s_().-]/g, '');

/** Index into METRICS of a metric name as a user may type it (`spi(t)`, `SPIt`, `forecast finish`); null when omitted. */
export function metricArgument(value: unknown): Outcome<number | null> {
  const single = Array.isArray(value) ? value.flat()[0] : value;
  if (isOmitted(single)) return ok(null);
  const index = METRICS.findIndex((m) => squeeze(m.name) === squeeze(String(single)));
  if (index >= 0) return ok(index);
  return badArgument(`metric "${String(single)}" is not one of ${METRICS.map((m) => m.name).join(', ')}.`);
}

export function evmRows(result: EarnedValueResult, metric: number | null): Grid {
  if (metric !== null) return [[METRICS[metric].cell(result)]];
  return METRICS.map((m) => [m.name, m.cell(result)]);
}

/**
 * PM.EVM has no Resources argument, so budgets come from Baseline Cost (or Budget), else Fixed
 * Cost: resource rates cannot be priced here (docs/earned-value.md). The schedule uses the status
 * date as its data date.
 */
export function evmCore(call: Call<EvmArgs>): Outcome<Grid> {
  const input = readWorkbook(call);
  if (!input.ok) return input;
  const statusArgument = dateArgument(call.args.statusDate, 'statusDate');
  if (!statusArgument.ok) return statusArgument;
  const metric = metricArgument(call.args.metric);
  if (!metric.ok) return metric;
  const model = readPlan(input.value);
  if (!model.ok) return model;
  const statusDate = statusArgument.value ?? model.value.settings.statusDate;
  if (statusDate === null) {
    return badArgument('PM.EVM needs a status date. Give one as the second argument, or add a Status Date row to the Settings table.');
  }
  const planned = schedule(model.value, { statusDate });
  return ok(evmRows(earnedValue(model.value, planned, statusDate), metric.value));
}
