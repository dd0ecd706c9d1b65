/**
 * The earned-value figures (contract §3) with their sheet-scoped names. BAC, PV and EV sum the
 * cost-by-task workings; AC sums the Actuals table directly; the rest are formulas over those four.
 * A ratio whose divisor is zero (below 1E-9, as the engine counts it) is left empty (""), as the engine leaves it null.
 */
import type { CellResult } from './description';
import type { ReportContext } from './context';
import type { Ledger } from './ledger';
import { usesActualCostColumn } from './taskFigures';
import { helperStandIns } from './workings';
import type { SheetBuilder } from './sheetBuilder';
import { STATUS_RIGHT } from './statusLayout';
import { FORMATS } from './styles';

export interface FigureCells {
  bac: string; pv: string; ev: string; ac: string; spi: string; cpi: string; eac: string; vac: string;
}

const ROWS = ['BAC', 'PV', 'EV', 'AC', 'SV', 'CV', 'SPI', 'CPI', 'EAC', 'ETC', 'VAC', 'TCPI', 'SV%', 'CV%', 'ES', 'AT', 'SPI(t)', 'Forecast finish (ES)'] as const;
type Figure = (typeof ROWS)[number];

/** The row of a figure when the block starts at `top` (a heading, then column heads). */
function figureRow(top: number, f: Figure): number {
  return top + 2 + ROWS.indexOf(f);
}

/** The address each figure will have when the block starts at `top`. */
export function figureCells(top: number): FigureCells {
  const at = (f: Figure) => `$C$${figureRow(top, f)}`;
  return { bac: at('BAC'), pv: at('PV'), ev: at('EV'), ac: at('AC'), spi: at('SPI'), cpi: at('CPI'), eac: at('EAC'), vac: at('VAC') };
}

/** Figures that carry a sheet-scoped name of their own (contract §6). */
const NAMED: ReadonlySet<Figure> = new Set<Figure>(['BAC', 'PV', 'EV', 'AC', 'SPI', 'CPI', 'EAC', 'VAC']);

/** Writes the block from `top`; returns the next free row. */
export function writeEarnedValue(b: SheetBuilder, ctx: ReportContext, ledger: Ledger, top: number, sd: string): number {
  const ev = ctx.results.earnedValue;
  const money = ctx.money;
  const rowOf = (f: Figure) => figureRow(top, f);
  const c = (f: Figure) => `C${rowOf(f)}`;
  const notSummary = `${b.later('typeAll')},"<>Summary"`;
  // The ledger, plus the Actual Cost column of tasks that have no ledger row (as the engine does).
  const fromColumn = ctx.model.tasks.some((t) => usesActualCostColumn(ctx, t));
  const acFormula = ledger.present
    ? ledger.sum(sd, helperStandIns(b, ledger)) + (fromColumn ? `+SUM(${b.later('actualCostAll')})` : '')
    : `SUM(${b.later('actualCostAll')})`;

  const rows: Record<Figure, { formula?: string; value?: number | null; result?: CellResult; format: string; name: string; meaning: string }> = {
    BAC: { formula: `SUMIFS(${b.later('bacAll')},${notSummary})`, result: ev.bac, format: money, name: 'Budget at completion', meaning: 'Every task\'s budget summed: its Baseline Cost, else Fixed Cost + resource cost.' },
    PV: { formula: `SUMIFS(${b.later('pvAll')},${notSummary})`, result: ev.pv, format: money, name: 'Planned value', meaning: 'Each budget spread evenly over the working days of its baseline dates, up to the status date.' },
    EV: { formula: `SUMIFS(${b.later('evAll')},${notSummary})`, result: ev.ev, format: money, name: 'Earned value', meaning: 'Each budget × its % complete.' },
    AC: { formula: acFormula, result: ev.ac, format: money, name: 'Actual cost', meaning: ledger.present ? 'The Actuals amounts dated on or before the status date (undated ones count).' : 'The Actual Cost column (there is no Actuals ledger).' },
    SV: { formula: `${c('EV')}-${c('PV')}`, result: ev.sv, format: money, name: 'Schedule variance', meaning: 'EV − PV; below zero is behind plan.' },
    CV: { formula: `${c('EV')}-${c('AC')}`, result: ev.cv, format: money, name: 'Cost variance', meaning: 'EV − AC; below zero is over budget.' },
    SPI: { formula: `IF(ABS(${c('PV')})<1E-9,"",${c('EV')}/${c('PV')})`, result: ev.spi, format: FORMATS.ratio, name: 'Schedule performance index', meaning: 'EV / PV; below 1.00 is behind plan.' },
    CPI: { formula: `IF(ABS(${c('AC')})<1E-9,"",${c('EV')}/${c('AC')})`, result: ev.cpi, format: FORMATS.ratio, name: 'Cost performance index', meaning: 'EV / AC; below 1.00 is over budget.' },
    EAC: { formula: `IF(ISNUMBER(${c('CPI')}),IF(ABS(${c('CPI')})<1E-9,"",${c('AC')}+(${c('BAC')}-${c('EV')})/${c('CPI')}),"")`, result: ev.eac, format: money, name: 'Estimate at completion', meaning: 'AC + (BAC − EV) / CPI: the forecast total cost.' },
    ETC: { formula: `IF(ISNUMBER(${c('EAC')}),${c('EAC')}-${c('AC')},"")`, result: ev.etc, format: money, name: 'Estimate to complete', meaning: 'EAC − AC: what the remaining work should cost.' },
    VAC: { formula: `IF(ISNUMBER(${c('EAC')}),${c('BAC')}-${c('EAC')},"")`, result: ev.vac, format: money, name: 'Variance at completion', meaning: 'BAC − EAC; below zero is a forecast overrun.' },
    TCPI: { formula: `IF(ABS(${c('BAC')}-${c('AC')})<1E-9,"",(${c('BAC')}-${c('EV')})/(${c('BAC')}-${c('AC')}))`, result: ev.tcpi, format: FORMATS.ratio, name: 'To-complete performance index', meaning: '(BAC − EV) / (BAC − AC): the CPI the remaining work needs to finish on budget.' },
    'SV%': { formula: `IF(ABS(${c('PV')})<1E-9,"",${c('SV')}/${c('PV')})`, result: ev.svPercent, format: FORMATS.percent, name: 'Schedule variance %', meaning: 'SV / PV.' },
    'CV%': { formula: `IF(ABS(${c('EV')})<1E-9,"",${c('CV')}/${c('EV')})`, result: ev.cvPercent, format: FORMATS.percent, name: 'Cost variance %', meaning: 'CV / EV.' },
    ES: { value: ev.es, format: FORMATS.ratio, name: 'Earned schedule (working days)', meaning: 'Working days from the project start by which the plan had earned what has been earned now.' },
    AT: { value: ev.at, format: FORMATS.days, name: 'Actual time (working days)', meaning: 'Working days from the project start through the status date.' },
    'SPI(t)': { formula: `IF(ISNUMBER(${c('ES')}),IF(ABS(N(${c('AT')}))<1E-9,"",${c('ES')}/${c('AT')}),"")`, result: ev.spit, format: FORMATS.ratio, name: 'Time-based SPI', meaning: 'ES / AT; below 1.00 is behind plan.' },
    'Forecast finish (ES)': { value: ev.forecastFinish, format: FORMATS.date, name: 'Forecast finish by earned schedule', meaning: 'The working day on which PD / SPI(t) working days from the project start end (PD: the planned duration).' },
  };

  b.section(top, 'Earned value', STATUS_RIGHT);
  b.headers(top + 1, 1, ['Figure', '', 'Value', 'What it means']);
  b.headers(top + 1, 1, ['Figure'], 'headerLeft');
  b.value(top + 1, 4, 'What it means', 'headerLeft');
  b.merge(top + 1, 1, top + 1, 2);
  b.merge(top + 1, 4, top + 1, STATUS_RIGHT);
  for (const f of ROWS) {
    const r = rowOf(f);
    const spec = rows[f];
    // The short name where the trade uses one (BAC, SPI(t)), the long one beside it.
    if (f !== 'Forecast finish (ES)') b.value(r, 1, f, 'label');
    b.value(r, 2, spec.name);
    if (spec.formula !== undefined) b.formula(r, 3, spec.formula, spec.result ?? '', spec.format, NAMED.has(f) ? 'key' : undefined);
    else if (spec.value !== null && spec.value !== undefined) b.value(r, 3, spec.value, undefined, spec.format);
    b.value(r, 4, spec.meaning, 'hintWrap');
    b.merge(r, 4, r, STATUS_RIGHT);
    if (NAMED.has(f)) b.name(f, r, 3);
  }
  return rowOf('Forecast finish (ES)') + 2;
}
