/**
 * The S-curve: cumulative PV, EV and AC by period, on the sheet, with a line chart over it.
 * PV and EV are the engine's S-curve (src/engine/earnedValue/sCurve): PV by the PV column's rule
 * day by day; EV, which is recorded nowhere before the status date, drawn as earned evenly from
 * each task's start to the status date (or its actual finish). AC is a live SUMIFS over the ledger
 * at each period's end.
 */
import { ledgerCurve } from '../engine/earnedValue/ledgerCurve';
import { sCurve } from '../engine/earnedValue/sCurve';
import { partsOfSerial, serialFromParts, weekdayOf } from '../model/dates';
import type { ReportContext } from './context';
import type { Ledger } from './ledger';
import { abs } from './refs';
import type { SheetBuilder } from './sheetBuilder';
import { STATUS_RIGHT } from './statusLayout';
import { FORMATS } from './styles';
import { helperStandIns } from './workings';

/** Period ends from the first to the last date, weekly (Sundays) or, for long plans, monthly; the status date added. */
function curveDates(first: number, last: number, statusDate: number): number[] {
  const monthly = last - first > 730;
  const dates: number[] = [];
  if (monthly) {
    let { year, month } = partsOfSerial(first);
    for (;;) {
      const end = serialFromParts(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - 1;
      dates.push(end);
      if (end >= last) break;
      month = month === 12 ? 1 : month + 1;
      if (month === 1) year += 1;
    }
  } else {
    for (let end = first + ((7 - weekdayOf(first)) % 7); ; end += 7) {
      dates.push(end);
      if (end >= last) break;
    }
  }
  if (statusDate >= first && statusDate <= dates[dates.length - 1] && !dates.includes(statusDate)) dates.push(statusDate);
  return dates.sort((a, b) => a - b);
}

export function writeSCurve(b: SheetBuilder, ctx: ReportContext, ledger: Ledger, top: number, acCell: string): number {
  const { model, results } = ctx;
  const leaves = model.tasks.filter((t) => !t.summary);
  b.section(top, 'S-curve: cumulative PV, EV and AC', STATUS_RIGHT);
  if (leaves.length === 0) return top + 2;

  let first = results.schedule.project.start;
  let last = results.schedule.project.finish;
  for (const t of leaves) {
    if (t.baselineStart !== null) first = Math.min(first, t.baselineStart);
    if (t.baselineFinish !== null) last = Math.max(last, t.baselineFinish);
  }
  const dates = curveDates(first, last, ctx.statusDate);
  const sd = ctx.statusDate;

  const curve = sCurve(model, results.schedule, dates, sd);
  // What the AC column's SUMIFS gives at each date: the ledger through it, undated entries too.
  const ledgerTotal = ledgerCurve(model, sd);

  const header = top + 1;
  b.headers(header, 1, ['Period end', 'PV', 'EV (drawn evenly)', 'AC']);
  b.height(header, 30);
  const helper = helperStandIns(b, ledger);
  let row = header + 1;
  dates.forEach((day, k) => {
    b.value(row, 1, day, day === sd ? 'label' : undefined, FORMATS.date);
    b.value(row, 2, curve.pv[k], undefined, ctx.money);
    if (day <= sd) {
      b.value(row, 3, curve.ev[k], undefined, ctx.money);
      if (ledger.present && ledger.direct) b.formula(row, 4, ledger.sum(abs(row, 1), helper), ledgerTotal.through(day), ctx.money);
      else if (day === sd) b.formula(row, 4, acCell, results.earnedValue.ac, ctx.money);
    }
    row += 1;
  });
  b.value(row, 1, 'PV and EV here are values drawn from the engine; the AC column sums the ledger up to each date.', 'hint');
  b.merge(row, 1, row, 5);
  b.chart({
    kind: 'line',
    title: 'S-curve: PV, EV and AC',
    source: `B${header}:D${row - 1}`,
    categories: `A${header + 1}:A${row - 1}`,
    seriesBy: 'columns',
    // Beside the table and inside the printed columns (A to I).
    from: `F${header}`,
    to: `I${header + 20}`,
    categoryAxis: { numberFormat: FORMATS.shortDate },
    valueAxis: { numberFormat: '#,##0' },
    legend: 'bottom',
  });
  return Math.max(row + 2, header + 22);
}
