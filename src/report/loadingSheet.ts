/**
 * The loading sheet: hours by resource and period as a heat map, with each period in which a
 * resource is over its capacity on at least one day (contract §3b) shown red. The capacity and the
 * over-capacity flags sit below the load, so the rule can be read off the sheet. In Excel a
 * stacked-column histogram is added.
 */
import type { ReportContext } from './context';
import type { SheetDescription } from './description';
import { printSetup } from './print';
import { addr, letter } from './refs';
import { SheetBuilder } from './sheetBuilder';
import { COLOURS, FORMATS } from './styles';

const HEADER = 4;
const FIRST = 2;

export function loadingSheet(ctx: ReportContext, name = 'Loading'): SheetDescription {
  const { model, results } = ctx;
  const loading = results.loading;
  const b = new SheetBuilder(name, 'loading', printSetup(ctx.madeAt, { titleRows: [HEADER, HEADER], titleColumns: ['A', 'A'] }));
  const per = loading.period === 'day' ? 'working day' : loading.period;
  b.value(1, 1, `Resource loading: ${model.settings.projectName || 'Project'}`, 'title');
  b.merge(1, 1, 1, 9);
  b.value(2, 1, `Hours of work per ${per}, each column headed by the date its ${loading.period} starts. Red: over capacity on at least one day of that ${loading.period}.`, 'hint');
  b.merge(2, 1, 2, 12);

  const periods = loading.periods;
  const last = FIRST + periods.length - 1;
  const people = loading.resources;
  const block = (top: number, title: string) => {
    b.value(top, 1, title, 'header');
    periods.forEach((p, k) => b.value(top, FIRST + k, p, 'headerRotated', FORMATS.shortDate));
  };

  block(HEADER, 'Load (hours)');
  const loadTop = HEADER + 1;
  people.forEach((r, i) => {
    b.value(loadTop + i, 1, r.name);
    r.load.forEach((h, k) => b.value(loadTop + i, FIRST + k, h, undefined, FORMATS.hours));
  });
  const loadBottom = loadTop + people.length - 1;
  const totalRow = loadBottom + 1;
  b.value(totalRow, 1, 'Total', 'total');
  periods.forEach((_, k) => {
    const c = letter(FIRST + k);
    const sum = people.reduce((s, r) => s + (r.load[k] ?? 0), 0);
    b.formula(totalRow, FIRST + k, people.length > 0 ? `SUM(${c}${loadTop}:${c}${loadBottom})` : '0', sum, FORMATS.hours, 'total');
  });

  const capHeader = totalRow + 2;
  block(capHeader, 'Capacity (hours): Max units × hours per day, 0 on days off');
  people.forEach((r, i) => {
    b.value(capHeader + 1 + i, 1, r.name);
    r.capacity.forEach((h, k) => b.value(capHeader + 1 + i, FIRST + k, h, undefined, FORMATS.hours));
  });

  const flagHeader = capHeader + people.length + 2;
  block(flagHeader, 'Over capacity on some day');
  people.forEach((r, i) => {
    b.value(flagHeader + 1 + i, 1, r.name);
    r.overallocated.forEach((o, k) => b.value(flagHeader + 1 + i, FIRST + k, o));
  });

  if (people.length > 0 && periods.length > 0) {
    const heat = `${addr(loadTop, FIRST)}:${addr(loadBottom, last)}`;
    const offset = flagHeader + 1 - loadTop;
    b.conditional({ kind: 'expression', range: heat, formula: `${letter(FIRST)}${loadTop + offset}=TRUE`, style: { fill: COLOURS.over, color: COLOURS.overText, bold: true } });
    b.conditional({ kind: 'colorScale', range: heat, min: COLOURS.heatLow, mid: { color: COLOURS.heatMid, percentile: 50 }, max: COLOURS.heatHigh });
    b.chart({
      kind: 'columnStacked',
      title: 'Resource histogram (hours)',
      source: `A${loadTop}:${letter(last)}${loadBottom}`,
      categories: `${letter(FIRST)}${HEADER}:${letter(last)}${HEADER}`,
      seriesBy: 'rows',
      from: `A${flagHeader + people.length + 3}`,
      to: `${letter(Math.max(12, Math.min(last, 30)))}${flagHeader + people.length + 23}`,
      valueAxis: { title: 'hours', numberFormat: '#,##0' },
      categoryAxis: { numberFormat: FORMATS.shortDate },
      legend: 'right',
      excelOnly: true,
    });
  }
  b.width(1, 28);
  for (let c = FIRST; c <= last; c++) b.width(c, 7);
  b.height(HEADER, 48);
  b.freeze(HEADER, 1);
  b.sheet.tabColor = '#ED7D31';
  return b.sheet;
}
