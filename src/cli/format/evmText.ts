/** Earned value as a short readable statement. */
import type { EarnedValueResult } from '../../engine/types';
import { isoOrNull } from './values';
import { money, ratio, renderTable } from './textTable';

export function evmLines(result: EarnedValueResult): string[] {
  const cur = result.currency;
  const pct = (v: number | null): string => (v === null || !Number.isFinite(v) ? '-' : `${(v * 100).toFixed(1)}%`);
  const rows = [
    ['BAC', money(result.bac, cur), 'budget at completion'],
    ['PV', money(result.pv, cur), 'planned value'],
    ['EV', money(result.ev, cur), 'earned value'],
    ['AC', money(result.ac, cur), 'actual cost'],
    ['SV', money(result.sv, cur), `schedule variance (${pct(result.svPercent)})`],
    ['CV', money(result.cv, cur), `cost variance (${pct(result.cvPercent)})`],
    ['SPI', ratio(result.spi), 'schedule performance index'],
    ['CPI', ratio(result.cpi), 'cost performance index'],
    ['EAC', money(result.eac, cur), 'estimate at completion'],
    ['ETC', money(result.etc, cur), 'estimate to complete'],
    ['VAC', money(result.vac, cur), 'variance at completion'],
    ['TCPI', ratio(result.tcpi), 'to-complete performance index'],
    ['ES', ratio(result.es, 1), `earned schedule, working days (actual time ${result.at})`],
    ['SPI(t)', ratio(result.spit), 'time-based schedule performance index'],
    ['Forecast Finish', isoOrNull(result.forecastFinish) ?? '-', 'from earned schedule'],
  ];
  return [`Earned value at ${isoOrNull(result.statusDate) ?? '-'}`, '', ...renderTable(rows, { right: [1] })];
}
