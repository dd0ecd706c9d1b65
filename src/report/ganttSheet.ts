/**
 * The Gantt sheet: one row per task, bars drawn by conditional formatting over a grid of working
 * days (or of weeks, for plans longer than about 120 working days). Critical work is red, the done
 * part darker, milestones are marked ◆, and the status date is a line; a legend of coloured
 * swatches says which is which. In Excel a stacked-bar chart is added as well.
 */
import { isoFromSerial, weekdayOf } from '../model/dates';
import type { Task } from '../model/types';
import type { ReportContext } from './context';
import type { SheetDescription } from './description';
import { printSetup } from './print';
import { outlineDepth, taskNameStyle } from './outline';
import { addr, letter } from './refs';
import { SheetBuilder } from './sheetBuilder';
import { COLOURS, FORMATS } from './styles';
import { gridHead } from './timeGrid';

/** Longer plans get a week grid. */
const DAY_GRID_LIMIT = 120;
/** The chart shows at most this many tasks: beyond it the bars are too thin to read. */
const CHART_TASK_LIMIT = 200;

const C = { id: 1, name: 2, start: 3, days: 4, finish: 5, percent: 6, type: 7, doneTo: 8, critical: 9, grid: 10 } as const;
const HEADER = 4;

/** Row 3: what each colour of the grid means, each swatch coloured as it is drawn. */
function writeLegend(b: SheetBuilder): void {
  b.value(3, 1, 'Legend', 'label');
  b.value(3, 2, 'Bars in the grid:', 'hintRight');
  const swatches: [string, string][] = [
    ['Work', 'legendWork'], ['Done', 'legendDone'], ['Critical', 'legendCritical'], ['Critical, done', 'legendCriticalDone'],
    ['Summary', 'legendSummary'], ['◆ Milestone', 'legendMilestone'], ['Status date', 'legendStatus'],
  ];
  swatches.forEach(([text, style], k) => b.value(3, C.start + k, text, style));
  b.height(3, 18);
}

/** The grid's column dates: each working day, or each Monday. */
function gridDates(ctx: ReportContext, first: number, last: number): { dates: number[]; weekly: boolean } {
  const { calendar } = ctx;
  const days = calendar.workingDaysBetween(first, last);
  if (days <= DAY_GRID_LIMIT) return { dates: Array.from(calendar.datesOf(calendar.ordinalOnOrAfter(first), days)), weekly: false };
  const dates: number[] = [];
  for (let d = first - ((weekdayOf(first) + 6) % 7); d <= last; d += 7) dates.push(d);
  return { dates, weekly: true };
}

/** The last day of work done: start plus the done share of the duration, in working days. */
function doneTo(ctx: ReportContext, t: Task): number | null {
  const s = ctx.results.schedule.tasks[t.index];
  if (t.summary || t.percentComplete <= 0) return null;
  if (t.percentComplete >= 1) return s.finish;
  const start = t.actualStart ?? s.start;
  const done = Math.max(1, Math.round(t.duration * t.percentComplete));
  return Math.min(s.finish, ctx.calendar.addWorkingDays(start, done - 1));
}

export function ganttSheet(ctx: ReportContext, name = 'Gantt'): SheetDescription {
  const { model, results } = ctx;
  const b = new SheetBuilder(name, 'gantt', printSetup(ctx.madeAt, { titleRows: [HEADER, HEADER], titleColumns: ['A', 'B'] }));
  const { dates, weekly } = gridDates(ctx, results.schedule.project.start, results.schedule.project.finish);
  const { start, finish } = results.schedule.project;
  b.value(1, 1, `Gantt: ${model.settings.projectName || 'Project'}`, 'title');
  b.merge(1, 1, 1, 9);
  b.height(1, 24);
  b.value(2, 1, 'Status date', 'label');
  b.value(2, 2, ctx.statusDate, 'keyLeft', FORMATS.date);
  b.value(2, 3, `Plan ${isoFromSerial(start)} to ${isoFromSerial(finish)}. ${weekly ? 'Each grid column is a week, headed by its Monday.' : 'Each grid column is a working day.'}`, 'hint');
  b.merge(2, 3, 2, 9);
  writeLegend(b);
  b.headers(HEADER, 1, ['ID', 'Name', 'Start', 'Calendar days', 'Finish', '% Complete', 'Type', 'Done to', 'Critical']);
  b.headers(HEADER, 1, ['ID', 'Name'], 'headerLeft');

  const order = results.schedule.tasks.length === model.tasks.length ? model.tasks : [];
  const lastCol = C.grid + dates.length - 1;
  // The column the status date falls in is marked in the head as well as by the line.
  const statusColumn = weekly ? dates.findIndex((d) => ctx.statusDate >= d && ctx.statusDate < d + 7) : dates.filter((d) => d <= ctx.statusDate).length - 1;
  const head = gridHead(dates);
  dates.forEach((d, k) => b.value(HEADER, C.grid + k, d, k === statusColumn ? 'headerStatus' : 'headerRotated', head.format));

  let row = HEADER + 1;
  for (const t of order) {
    const s = results.schedule.tasks[t.index];
    const type = t.summary ? 'Summary' : s.milestone || t.duration === 0 ? 'Milestone' : 'Task';
    b.value(row, C.id, t.id);
    b.value(row, C.name, t.name, taskNameStyle(model.tasks, t));
    b.value(row, C.start, s.start, undefined, FORMATS.date);
    b.formula(row, C.days, `E${row}-C${row}+1`, s.finish - s.start + 1, FORMATS.days);
    b.value(row, C.finish, s.finish, undefined, FORMATS.date);
    b.value(row, C.percent, t.percentComplete, undefined, FORMATS.wholePercent);
    b.value(row, C.type, type, 'centre');
    const done = doneTo(ctx, t);
    if (done !== null) b.value(row, C.doneTo, done, undefined, FORMATS.date);
    if (s.critical && !t.summary) b.value(row, C.critical, 'Yes', 'centre');
    if (type === 'Milestone') {
      const k = weekly ? dates.findIndex((d) => s.finish >= d && s.finish < d + 7) : dates.indexOf(s.finish);
      if (k >= 0) b.value(row, C.grid + k, '◆', 'marker');
    }
    row += 1;
  }
  const lastRow = row - 1;

  if (order.length > 0 && dates.length > 0) {
    const range = `${addr(HEADER + 1, C.grid)}:${addr(lastRow, lastCol)}`;
    const g = letter(C.grid);
    const r = HEADER + 1;
    const day = `${g}$${HEADER}`;
    const inBar = weekly ? `AND($C${r}<=${day}+6,$E${r}>=${day})` : `AND($C${r}<=${day},$E${r}>=${day})`;
    const isDone = `${day}<=$H${r}`;
    const rules: [string, string][] = [
      [`AND($G${r}="Milestone",${inBar})`, '#FFFFFF'],
      [`AND($G${r}="Summary",${inBar})`, COLOURS.summary],
      [`AND($I${r}="Yes",${isDone},${inBar})`, COLOURS.criticalDone],
      [`AND($I${r}="Yes",${inBar})`, COLOURS.critical],
      [`AND(${isDone},${inBar})`, COLOURS.barDone],
      [inBar, COLOURS.bar],
    ];
    for (const [formula, fill] of rules) b.conditional({ kind: 'expression', range, formula, style: fill === '#FFFFFF' ? { fill, color: COLOURS.milestone, bold: true } : { fill } });
    const previous = letter(C.grid - 1);
    const line = weekly ? `AND(${day}<=$B$2,${day}+7>$B$2)` : `AND(${previous}$${HEADER}<=$B$2,${day}>$B$2)`;
    b.conditional({ kind: 'expression', range: `${addr(HEADER, C.grid)}:${addr(lastRow, lastCol)}`, formula: line, style: { leftBorder: COLOURS.statusLine } });
  }

  if (order.length > 0) {
    const chartRows = Math.min(order.length, CHART_TASK_LIMIT);
    const top = lastRow + 3;
    b.chart({
      kind: 'barStacked',
      title: order.length > CHART_TASK_LIMIT ? `Gantt chart (first ${CHART_TASK_LIMIT} tasks)` : 'Gantt chart',
      source: `C${HEADER}:D${HEADER + chartRows}`,
      categories: `B${HEADER + 1}:B${HEADER + chartRows}`,
      seriesBy: 'columns',
      hiddenSeries: [0],
      from: `A${top}`,
      to: `I${top + Math.max(16, Math.ceil(chartRows * 1.2))}`,
      valueAxis: { min: results.schedule.project.start, max: results.schedule.project.finish + 1, numberFormat: FORMATS.shortDate },
      categoryAxis: { reverse: true },
      legend: 'none',
      excelOnly: true,
    });
  }

  const longest = model.tasks.reduce((n, t) => Math.max(n, t.name.length + outlineDepth(model.tasks, t) * 2), 0);
  const widths: [number, number][] = [[C.id, 12], [C.name, Math.max(30, Math.min(50, longest + 3))], [C.start, 11], [C.days, 10], [C.finish, 11], [C.percent, 10], [C.type, 10], [C.doneTo, 11], [C.critical, 10]];
  for (const [c, w] of widths) b.width(c, w);
  for (let c = C.grid; c <= lastCol; c++) b.width(c, weekly ? 3.5 : 2.8);
  b.height(HEADER, head.height);
  b.freeze(HEADER, 2);
  b.sheet.tabColor = '#C00000';
  return b.sheet;
}
