/** Top of the status sheet: project, dates, forecast against baseline, and a RAG status with its rules. */
import { isoFromSerial } from '../model/dates';
import type { ReportContext } from './context';
import { madeAtText } from './context';
import { abs } from './refs';
import type { SheetBuilder } from './sheetBuilder';
import { STATUS_RIGHT } from './statusLayout';
import { COLOURS, FORMATS } from './styles';

export const RAG = {
  green: { spi: 0.95, cpi: 0.95, slip: 0 },
  amber: { spi: 0.85, cpi: 0.85, slip: 10 },
};

/** Cells later blocks refer to. */
export interface HeaderCells {
  statusDate: string;
  slip: string;
}

/** Latest baseline finish of the plan, or null when nothing has a baseline. */
export function baselineFinish(ctx: ReportContext): number | null {
  let latest: number | null = null;
  for (const t of ctx.model.tasks) if (t.baselineFinish !== null && (latest === null || t.baselineFinish > latest)) latest = t.baselineFinish;
  return latest;
}

/** Working days from `from` to `to`: positive when `to` is later. */
export function workingDayShift(ctx: ReportContext, from: number, to: number): number {
  return ctx.calendar.ordinalOnOrBefore(to) - ctx.calendar.ordinalOnOrBefore(from);
}

function ragOf(spi: number | null, cpi: number | null, slip: number): 'Green' | 'Amber' | 'Red' {
  const s = spi ?? 1;
  const c = cpi ?? 1;
  if (s >= RAG.green.spi && c >= RAG.green.cpi && slip <= RAG.green.slip) return 'Green';
  if (s >= RAG.amber.spi && c >= RAG.amber.cpi && slip <= RAG.amber.slip) return 'Amber';
  return 'Red';
}

/**
 * Rows 1–9. `spi` and `cpi` are the addresses of those figures further down (the RAG formula
 * reads them).
 */
export function writeHeader(b: SheetBuilder, ctx: ReportContext, figures: { spi: string; cpi: string }): HeaderCells {
  const { model, results } = ctx;
  const name = model.settings.projectName || 'Project';
  b.value(1, 1, `Status report: ${name}`, 'title');
  b.merge(1, 1, 1, STATUS_RIGHT);
  b.height(1, 24);
  b.value(2, 1, `Made ${madeAtText(ctx.madeAt)} by Cellpath, status date ${isoFromSerial(ctx.statusDate)}. Figures in black are live formulas over the input tables.`, 'subtitle');
  b.merge(2, 1, 2, STATUS_RIGHT);
  b.section(3, 'Project summary', STATUS_RIGHT);

  const label = (row: number, text: string) => {
    b.value(row, 1, text, 'label');
    b.merge(row, 1, row, 2);
  };
  label(4, 'Status date');
  b.value(4, 3, ctx.statusDate, 'key', FORMATS.date);
  b.name('StatusDate', 4, 3);

  const baseline = baselineFinish(ctx);
  label(5, 'Baseline finish');
  if (baseline !== null) b.value(5, 3, baseline, undefined, FORMATS.date);
  else b.value(5, 3, 'no baseline', 'note');

  label(6, 'Forecast finish');
  b.value(6, 3, results.schedule.project.finish, 'key', FORMATS.date);
  b.name('Finish', 6, 3);

  label(7, 'Finish variance (working days, + is late)');
  const slip = baseline === null ? 0 : workingDayShift(ctx, baseline, results.schedule.project.finish);
  if (baseline !== null) b.value(7, 3, slip, undefined, FORMATS.signedDays);

  label(8, 'Forecast finish by earned schedule');
  const esFinish = results.earnedValue.forecastFinish;
  if (esFinish !== null) b.value(8, 3, esFinish, undefined, FORMATS.date);

  label(9, 'Overall status (RAG)');
  const s = `IF(ISNUMBER(${figures.spi}),${figures.spi},1)`;
  const c = `IF(ISNUMBER(${figures.cpi}),${figures.cpi},1)`;
  const within = (row: number) => `AND(${s}>=$F$${row},${c}>=$G$${row},N($C$7)<=$H$${row})`;
  b.formula(9, 3, `IF(${within(5)},"Green",IF(${within(6)},"Amber","Red"))`, ragOf(results.earnedValue.spi, results.earnedValue.cpi, slip), undefined, 'key');
  for (const [text, fill, color] of [['Green', COLOURS.green, COLOURS.greenText], ['Amber', COLOURS.amber, COLOURS.amberText], ['Red', COLOURS.red, COLOURS.redText]]) {
    b.conditional({ kind: 'expression', range: 'C9', formula: `$C$9="${text}"`, style: { fill, color, bold: true } });
  }

  // The thresholds, on the sheet, so the reader sees (and may change) the rule.
  b.headers(4, 5, ['RAG rule', 'SPI at least', 'CPI at least', 'Slip at most (days)']);
  b.height(4, 30);
  for (const [row, text, rule] of [[5, 'Green', RAG.green], [6, 'Amber', RAG.amber]] as const) {
    b.value(row, 5, text, `rag${text}`);
    b.value(row, 6, rule.spi, undefined, FORMATS.ratio);
    b.value(row, 7, rule.cpi, undefined, FORMATS.ratio);
    b.value(row, 8, rule.slip, undefined, FORMATS.days);
  }
  b.value(7, 5, 'Red', 'ragRed');
  b.value(7, 6, 'anything worse than Amber', 'note');
  b.merge(7, 6, 7, 8);
  b.value(8, 5, 'An SPI or CPI that cannot be worked out yet (nothing planned or spent) counts as on target.', 'note');
  b.merge(8, 5, 9, STATUS_RIGHT);
  return { statusDate: abs(4, 3), slip: abs(7, 3) };
}
