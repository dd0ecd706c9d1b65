/**
 * The loading sheet: hours of work by resource and period as a heat map (white for none, deeper
 * blue for more), each period in which a resource is over its capacity on at least one day
 * (contract §3b) red, with a colour key above and each resource's total and count of periods over
 * beside it. Capacity and the over-capacity flags sit below, under the same period columns, so the
 * rule can be read off the sheet. In Excel a stacked-column histogram is added.
 */
import type { ReportContext } from './context';
import type { SheetDescription } from './description';
import { printSetup } from './print';
import { addr, letter } from './refs';
import { SheetBuilder } from './sheetBuilder';
import { COLOURS, FORMATS } from './styles';
import { wrappedHeight } from './textFit';
import { gridHead, PERIODS } from './timeGrid';

const HEADER = 4;
const FIRST = 2;

export function loadingSheet(ctx: ReportContext, name = 'Loading'): SheetDescription {
  const { model, results } = ctx;
  const loading = results.loading;
  const b = new SheetBuilder(name, 'loading', printSetup(ctx.madeAt, { titleRows: [HEADER, HEADER], titleColumns: ['A', 'A'] }));
  const unit = loading.period === 'day' ? 'working day' : loading.period;
  const periods = loading.periods;
  const last = FIRST + periods.length - 1;
  const totalColumn = last + 1;
  const overColumn = last + 2;
  const people = loading.resources;
  const right = Math.max(overColumn, 9);
  const widths = columnWidths(people, periods.length);
  const across = widths.name + widths.period * periods.length + 2 * SIDE_WIDTH + Math.max(0, 9 - overColumn) * 8.43;
  // A line of text across the sheet: wrapped, with the height it needs, when the sheet is narrow.
  const line = (row: number, text: string, style: string, wrapped: string, boldness = 1) => {
    const fits = text.length <= across * 1.05 * boldness;
    b.value(row, 1, text, fits ? style : wrapped);
    b.merge(row, 1, row, right);
    if (!fits) b.height(row, wrappedHeight(text, across * boldness));
  };

  b.value(1, 1, `Resource loading: ${model.settings.projectName || 'Project'}`, 'title');
  b.merge(1, 1, 1, right);
  b.height(1, 24);
  const heads = loading.period === 'day' ? 'each column is a working day' : `each column is the ${loading.period} starting on the date at its head`;
  line(2, `Hours of work per ${unit} by resource; ${heads}. Red: over capacity on at least one day of the ${loading.period} (capacity and flags below).`, 'hint', 'note');
  writeKey(b, widths.period);

  // One head of periods for every block: it stays in view (frozen) and repeats on each printed page.
  b.value(HEADER, 1, `Resource (hours per ${unit})`, 'headerLeft');
  const head = gridHead(periods);
  periods.forEach((p, k) => b.value(HEADER, FIRST + k, p, 'headerRotated', head.format));
  b.value(HEADER, totalColumn, 'Total hours', 'header');
  b.value(HEADER, overColumn, `${PERIODS[loading.period]} over capacity`, 'header');

  const loadTop = HEADER + 1;
  const loadBottom = loadTop + people.length - 1;
  const totalRow = loadBottom + 1;
  const capTitle = totalRow + 2;
  const capTop = capTitle + 1;
  const flagTitle = capTop + people.length + 1;
  const flagTop = flagTitle + 1;
  const work = new Set(model.resources.filter((r) => r.type === 'Work').map((r) => r.name));
  // Material and cost resources carry no hours: their rows are greyed, not dropped.
  const nameStyle = (n: string) => (work.has(n) || model.resources.length === 0 ? undefined : 'hint');

  people.forEach((r, i) => {
    const row = loadTop + i;
    b.value(row, 1, r.name, nameStyle(r.name));
    r.load.forEach((h, k) => b.value(row, FIRST + k, h, undefined, FORMATS.hoursOrBlank));
    const total = r.load.reduce((s, h) => s + h, 0);
    const over = r.overallocated.filter(Boolean).length;
    if (periods.length > 0) {
      b.formula(row, totalColumn, `SUM(${addr(row, FIRST)}:${addr(row, last)})`, total, FORMATS.hours, 'label');
      const flags = `${addr(flagTop + i, FIRST)}:${addr(flagTop + i, last)}`;
      b.formula(row, overColumn, `COUNTIF(${flags},TRUE)`, over, FORMATS.countOrBlank, 'flag');
    }
  });
  b.value(totalRow, 1, 'Total', 'total');
  periods.forEach((_, k) => {
    const c = letter(FIRST + k);
    const sum = people.reduce((s, r) => s + (r.load[k] ?? 0), 0);
    b.formula(totalRow, FIRST + k, people.length > 0 ? `SUM(${c}${loadTop}:${c}${loadBottom})` : '0', sum, FORMATS.hours, 'total');
  });
  if (periods.length > 0) {
    const all = people.reduce((s, r) => s + r.load.reduce((t, h) => t + h, 0), 0);
    b.formula(totalRow, totalColumn, `SUM(${addr(totalRow, FIRST)}:${addr(totalRow, last)})`, all, FORMATS.hours, 'total');
    b.value(totalRow, overColumn, null, 'total');
  }

  line(capTitle, `Capacity (hours per ${unit}): Max Units × hours per day on each working day, 0 on the resource's days off`, 'subsection', 'subsectionWrap', 0.85);
  people.forEach((r, i) => {
    b.value(capTop + i, 1, r.name, nameStyle(r.name));
    r.capacity.forEach((h, k) => b.value(capTop + i, FIRST + k, h, undefined, FORMATS.hours));
  });

  line(flagTitle, `Over capacity on at least one day of the ${loading.period} (TRUE; blank: within capacity). The red of the heat map reads these cells.`, 'subsection', 'subsectionWrap', 0.85);
  people.forEach((r, i) => {
    b.value(flagTop + i, 1, r.name, nameStyle(r.name));
    // Only the periods over are marked, so the few that matter stand out.
    r.overallocated.forEach((o, k) => {
      if (o) b.value(flagTop + i, FIRST + k, true, 'flag');
    });
  });
  const end = flagTop + people.length;

  if (people.length > 0 && periods.length > 0) {
    const heat = `${addr(loadTop, FIRST)}:${addr(loadBottom, last)}`;
    const offset = flagTop - loadTop;
    b.conditional({ kind: 'expression', range: heat, formula: `${letter(FIRST)}${loadTop + offset}=TRUE`, style: { fill: COLOURS.over, color: COLOURS.overText, bold: true } });
    b.conditional({ kind: 'colorScale', range: heat, min: COLOURS.heatLow, mid: { color: COLOURS.heatMid, percentile: 50 }, max: COLOURS.heatHigh });
    b.chart({
      kind: 'columnStacked',
      title: 'Resource histogram (hours)',
      source: `A${loadTop}:${letter(last)}${loadBottom}`,
      categories: `${letter(FIRST)}${HEADER}:${letter(last)}${HEADER}`,
      seriesBy: 'rows',
      from: `A${end + 1}`,
      to: `${letter(Math.max(12, Math.min(last, 30)))}${end + 21}`,
      valueAxis: { title: 'hours', numberFormat: '#,##0' },
      categoryAxis: { numberFormat: FORMATS.shortDate },
      legend: 'right',
      excelOnly: true,
    });
  }

  b.width(1, widths.name);
  for (let c = FIRST; c <= last; c++) b.width(c, widths.period);
  b.width(totalColumn, SIDE_WIDTH);
  b.width(overColumn, SIDE_WIDTH);
  b.height(HEADER, head.height);
  b.freeze(HEADER, 1);
  b.sheet.tabColor = '#ED7D31';
  return b.sheet;
}

/** Width of the totals and count columns. */
const SIDE_WIDTH = 10;

/** Column A fits the longest name; a period column the largest figure, "1,120.0" included. */
function columnWidths(people: readonly { name: string; load: number[]; capacity: number[] }[], periods: number): { name: number; period: number } {
  const longest = people.reduce((n, r) => Math.max(n, r.name.length), 14);
  let widest = 0;
  for (const r of people) for (const h of [...r.load, ...r.capacity]) widest = Math.max(widest, h);
  const digits = Math.max(1, Math.floor(Math.log10(Math.max(1, widest))) + 1);
  return { name: Math.min(40, longest + 3), period: periods === 0 ? 8 : Math.max(6, digits + (digits > 3 ? 4 : 3)) };
}

/** Row 3: the colour key of the heat map, each swatch coloured as it is drawn and as wide as its words. */
function writeKey(b: SheetBuilder, columnWidth: number): void {
  b.value(3, 1, 'Colour key', 'label');
  const swatches: [string, string][] = [['No work', 'legendNone'], ['Fewer hours', 'legendFew'], ['More hours', 'legendMany'], ['Over capacity', 'legendOver']];
  let column = FIRST;
  for (const [text, style] of swatches) {
    // Bold 9-point text: about 0.85 of a width unit a character, and a little room either side.
    const span = Math.max(2, Math.ceil((text.length * 0.85 + 2) / columnWidth));
    b.value(3, column, text, style);
    for (let c = column + 1; c < column + span; c++) b.value(3, c, null, style);
    b.merge(3, column, 3, column + span - 1);
    column += span;
  }
  b.height(3, 18);
}
