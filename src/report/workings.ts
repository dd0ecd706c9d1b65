/**
 * "How the cost figures are worked out": the block at the foot of the status sheet that turns the
 * input tables into BAC, PV, EV and AC with formulas an auditor can follow cell by cell.
 *
 * Tasks are listed depth-first, so a summary's subtasks sit in the rows right below it and its
 * figures are SUMIFS over those rows (never over its own row, which would be circular).
 */
import type { Task } from '../model/types';
import type { ReportContext } from './context';
import { dateRef, numberRef, shareRef } from './inputCells';
import type { HelperRanges, Ledger } from './ledger';
import { taskNameStyle } from './outline';
import { abs, span } from './refs';
import type { SheetBuilder } from './sheetBuilder';
import { FORMATS } from './styles';
import { ownBookings, plannedSpan, usesActualCostColumn, type SpanSource } from './taskFigures';

/** Columns of the cost-by-task table. */
export const W = {
  id: 1, name: 2, type: 3, duration: 4, start: 5, finish: 6, datesFrom: 7, days: 8, fixed: 9,
  resources: 10, bac: 11, daysToDate: 12, pv: 13, percent: 14, ev: 15, booked: 16, actualCost: 17, ac: 18,
} as const;
export const WORKINGS_COLUMNS = 18;

const NOT_SUMMARY = '"<>Summary"';

/** Tasks depth-first: each summary followed by everything beneath it. */
function outlineOrder(tasks: readonly Task[]): Task[] {
  const out: Task[] = [];
  const visit = (t: Task) => {
    out.push(t);
    for (const c of t.children) visit(tasks[c]);
  };
  for (const t of tasks) if (t.parent === null) visit(t);
  return out;
}

function typeOf(t: Task): string {
  return t.summary ? 'Summary' : t.duration === 0 ? 'Milestone' : 'Task';
}

/**
 * Writes the workings from row `top`; returns the next free row. Places, for the figures above:
 * `bacAll`, `pvAll`, `evAll`, `acAll`, `bookedAll`, `typeAll` (ranges) and `bac:i`, `pv:i`, `ev:i`,
 * `ac:i`, `booked:i` (cells of task index i).
 */
export function writeWorkings(b: SheetBuilder, ctx: ReportContext, ledger: Ledger, top: number, sd: string): number {
  const { model, calendar, cells, money } = ctx;
  let row = top;

  b.section(row, 'How the cost figures are worked out', WORKINGS_COLUMNS);
  row += 1;
  b.value(row, 1, 'Black: formulas. Green: a link to an input cell. Blue italics: a value Cellpath worked out from text that no formula can read (a duration typed as "2 wks", units parsed from "Bob[50%]"). Every formula is explained in docs/formulas.md. These workings are left out of the printed report (its print area ends above them).', 'note');
  b.merge(row, 1, row, 12);
  b.height(row, 30);
  row += 2;

  // Assumptions.
  b.value(row, 1, 'Hours per day', 'label');
  b.merge(row, 1, row, 2);
  const hpdCell = cells.setting('hoursPerDay');
  const hpdRef = numberRef(hpdCell, model.settings.hoursPerDay);
  if (hpdRef) b.formula(row, 3, hpdRef, model.settings.hoursPerDay, '0.##', 'link');
  else b.value(row, 3, model.settings.hoursPerDay, 'supplied', '0.##');
  const hpd = abs(row, 3);
  row += 1;
  b.value(row, 1, 'Working days of the week', 'label');
  b.merge(row, 1, row, 2);
  b.value(row, 3, workWeekText(model.settings.workWeek), 'supplied');
  row += 2;

  // Project holidays on working days, once each: what the working-day counts leave out.
  const typed = new Map<number, string>();
  for (const h of model.holidays) {
    if (h.resource !== null || h.start !== h.end || typed.has(h.start)) continue;
    const ref = dateRef(cells.cell('Holidays', 'date', h.row), h.start);
    if (ref) typed.set(h.start, ref);
  }
  const names = new Map<number, string>();
  for (const h of model.holidays) if (h.resource === null) for (let d = h.start; d <= h.end && d - h.start < 3660; d++) if (!names.has(d)) names.set(d, h.name);
  let holidays: string | null = null;
  if (calendar.holidays.length > 0) {
    b.headers(row, 1, ['Project holiday', 'Name']);
    b.height(row, 30);
    row += 1;
    const first = row;
    for (const day of calendar.holidays) {
      const ref = typed.get(day);
      if (ref) b.formula(row, 1, ref, day, FORMATS.date, 'link');
      else b.value(row, 1, day, 'supplied', FORMATS.date);
      b.value(row, 2, names.get(day) ?? '');
      row += 1;
    }
    holidays = span(first, 1, row - 1, 1, true);
    row += 1;
  }
  const networkDays = workingDaysFormula(model.settings.workWeek, holidays);

  // Ledger entries no formula can read.
  let helper: HelperRanges | null = null;
  if (ledger.unreadable.length > 0) {
    b.value(row, 1, 'Ledger entries typed as text (copied here as values so the sums can count them)', 'subsection');
    b.merge(row, 1, row, 8);
    row += 1;
    b.headers(row, 1, ['Ledger row', 'Task ID', 'Tasks row', 'Date', 'Category', 'Amount']);
    b.height(row, 30);
    row += 1;
    const first = row;
    for (const a of ledger.unreadable) {
      b.value(row, 1, a.row);
      b.value(row, 2, a.taskId);
      if (a.task !== null) b.value(row, 3, model.tasks[a.task].row);
      if (a.date !== null) b.value(row, 4, a.date, 'supplied', FORMATS.date);
      b.value(row, 5, a.category);
      b.value(row, 6, a.amount, 'supplied', money);
      row += 1;
    }
    const last = row - 1;
    helper = { taskRow: span(first, 3, last, 3, true), date: span(first, 4, last, 4, true), category: span(first, 5, last, 5, true), amount: span(first, 6, last, 6, true) };
    row += 1;
  }

  // Resource costs of leaf tasks without a Baseline Cost.
  const ordered = outlineOrder(model.tasks);
  const costed = ordered.filter((t) => !t.summary && t.baselineCost === null);
  const assignments = costed.flatMap((t) => t.assignments.filter((a) => a.resource !== null).map((a) => ({ task: t, a })));
  const assignTop = assignments.length > 0 ? row + 2 : row;
  const taskTop = assignments.length > 0 ? assignTop + assignments.length + 1 : row;
  // Header of the task table sits at taskTop + 1 (after its title); data from taskTop + 2.
  const rowOf = new Map<number, number>();
  ordered.forEach((t, k) => rowOf.set(t.index, taskTop + 2 + k));

  const resourceRows = new Map<number, { first: number; last: number }>();
  if (assignments.length > 0) {
    b.value(row, 1, 'Resource costs of tasks without a Baseline Cost', 'subsection');
    b.merge(row, 1, row, 9);
    b.headers(row + 1, 1, ['Task ID', 'Resource', 'Type', 'Units', 'Hours per day', 'Duration (days)', 'Std. Rate', 'Cost/Use', 'Cost']);
    b.height(row + 1, 30);
    row = assignTop;
    for (const { task, a } of assignments) {
      const resource = model.resources[a.resource as number];
      const work = resource.type === 'Work';
      b.value(row, 1, task.id);
      b.value(row, 2, resource.name);
      b.value(row, 3, resource.type);
      b.value(row, 4, a.units, 'supplied', '0%');
      if (work) {
        b.formula(row, 5, hpd, model.settings.hoursPerDay, '0.##');
        b.formula(row, 6, abs(rowOf.get(task.index) as number, W.duration), task.duration, FORMATS.days);
      }
      const rate = numberRef(cells.cell('Resources', 'stdRate', resource.row), resource.stdRate);
      if (rate) b.formula(row, 7, rate, resource.stdRate, money, 'link');
      else b.value(row, 7, resource.stdRate, 'supplied', money);
      const perUse = numberRef(cells.cell('Resources', 'costPerUse', resource.row), resource.costPerUse);
      if (perUse) b.formula(row, 8, perUse, resource.costPerUse, money, 'link');
      else b.value(row, 8, resource.costPerUse, resource.costPerUse === 0 ? undefined : 'supplied', money);
      const r = row;
      const cost = work
        ? a.units * model.settings.hoursPerDay * task.duration * resource.stdRate + resource.costPerUse
        : a.units * resource.stdRate + resource.costPerUse;
      b.formula(row, 9, work ? `D${r}*E${r}*F${r}*G${r}+H${r}` : `D${r}*G${r}+H${r}`, cost, money);
      const seen = resourceRows.get(task.index);
      resourceRows.set(task.index, { first: seen?.first ?? row, last: row });
      row += 1;
    }
    row += 1;
  }

  // Cost by task.
  row = taskTop;
  b.value(row, 1, 'Cost by task', 'subsection');
  b.merge(row, 1, row, WORKINGS_COLUMNS);
  b.height(row + 1, 30);
  b.headers(row + 1, 1, [
    'ID', 'Name', 'Type', 'Duration (days)', 'PV from', 'PV until', 'Dates from', 'Working days',
    'Fixed Cost', 'Resource cost', 'BAC', 'Days to status date', 'PV', '% Complete', 'EV',
    'Ledger to status date', 'Actual Cost column', 'AC',
  ]);
  const first = taskTop + 2;
  const last = first + ordered.length - 1;
  const col = (c: number) => (ordered.length > 0 ? span(first, c, last, c, true) : null);
  const sums = { bac: 0, pv: 0, ev: 0, ac: 0, booked: 0, actualCost: 0 };

  for (const t of ordered) {
    const r = rowOf.get(t.index) as number;
    const ev = ctx.earnedByTask.get(t.index);
    b.value(r, W.id, t.id);
    b.value(r, W.name, t.name, taskNameStyle(model.tasks, t));
    b.value(r, W.type, typeOf(t));
    for (const key of ['bac', 'pv', 'ev', 'ac', 'booked'] as const) b.place(`${key}:${t.index}`, abs(r, W[key]));
    const booked = ownBookings(ctx, t.index);
    if (ledger.present) b.formula(r, W.booked, ledger.sum(sd, helper, { task: { row: t.row, criteria: ledger.taskCriteria(t) } }), booked, money);
    sums.booked += booked;

    if (t.summary) {
      const end = r + descendants(ctx, t);
      const below = (c: number) => span(r + 1, c, end, c);
      const sumBelow = (c: number) => `SUMIFS(${below(c)},${below(W.type)},${NOT_SUMMARY})`;
      b.formula(r, W.bac, sumBelow(W.bac), ev?.bac ?? 0, money, 'label');
      b.formula(r, W.pv, sumBelow(W.pv), ev?.pv ?? 0, money, 'label');
      b.formula(r, W.ev, sumBelow(W.ev), ev?.ev ?? 0, money, 'label');
      const parts = [`SUM(${span(r, W.actualCost, end, W.actualCost)})`];
      if (ledger.present) parts.unshift(`SUM(${span(r, W.booked, end, W.booked)})`);
      b.formula(r, W.ac, parts.join('+'), ev?.ac ?? 0, money, 'label');
      continue;
    }

    const durationRef = numberRef(cells.task(t, 'duration'), t.duration);
    if (durationRef) b.formula(r, W.duration, durationRef, t.duration, FORMATS.days, 'link');
    else b.value(r, W.duration, t.duration, 'supplied', FORMATS.days);

    const planned = plannedSpan(ctx, t);
    const fromRef = planned.fromTyped ? dateRef(cells.task(t, 'baselineStart'), planned.from) : null;
    const untilRef = planned.untilTyped ? dateRef(cells.task(t, 'baselineFinish'), planned.until) : null;
    if (fromRef) b.formula(r, W.start, fromRef, planned.from, FORMATS.date, 'link');
    else b.value(r, W.start, planned.from, 'supplied', FORMATS.date);
    if (untilRef) b.formula(r, W.finish, untilRef, planned.until, FORMATS.date, 'link');
    else b.value(r, W.finish, planned.until, 'supplied', FORMATS.date);
    b.value(r, W.datesFrom, SPAN_SOURCES[planned.source]);
    const E = `E${r}`;
    const F = `F${r}`;
    b.formula(r, W.days, networkDays(E, F), calendar.workingDaysBetween(planned.from, planned.until), FORMATS.days);

    const bac = ev?.bac ?? 0;
    if (t.baselineCost !== null) {
      const ref = numberRef(cells.task(t, 'baselineCost'), t.baselineCost);
      if (ref) b.formula(r, W.bac, ref, bac, money, 'link');
      else b.value(r, W.bac, t.baselineCost, 'supplied', money);
    } else {
      const fixedRef = numberRef(cells.task(t, 'fixedCost'), t.fixedCost);
      if (fixedRef) b.formula(r, W.fixed, fixedRef, t.fixedCost, money, 'link');
      else b.value(r, W.fixed, t.fixedCost, t.fixedCost === 0 ? undefined : 'supplied', money);
      const rows = resourceRows.get(t.index);
      if (rows) b.formula(r, W.resources, `SUM(${span(rows.first, 9, rows.last, 9)})`, bac - t.fixedCost, money);
      else b.value(r, W.resources, 0, undefined, money);
      b.formula(r, W.bac, `I${r}+J${r}`, bac, money);
    }
    const toDate = ctx.statusDate < planned.from ? 0 : calendar.workingDaysBetween(planned.from, Math.min(ctx.statusDate, planned.until));
    b.formula(r, W.daysToDate, `IF(${sd}<${E},0,${networkDays(E, `MIN(${sd},${F})`)})`, toDate, FORMATS.days);
    b.formula(r, W.pv, `IF(H${r}=0,0,K${r}*L${r}/H${r})`, ev?.pv ?? 0, money);

    const pctRef = shareRef(cells.task(t, 'percentComplete'), t.percentComplete);
    if (pctRef) b.formula(r, W.percent, pctRef, t.percentComplete, '0%', 'link');
    else {
      const typed = cells.task(t, 'percentComplete')?.raw;
      b.value(r, W.percent, t.percentComplete, typed === null || typed === undefined || typed === '' ? undefined : 'supplied', '0%');
    }
    b.formula(r, W.ev, `K${r}*N${r}`, ev?.ev ?? 0, money);

    let fromColumn = 0;
    if (usesActualCostColumn(ctx, t)) {
      fromColumn = t.actualCost as number;
      const acRef = numberRef(cells.task(t, 'actualCost'), fromColumn);
      if (acRef) b.formula(r, W.actualCost, acRef, fromColumn, money, 'link');
      else b.value(r, W.actualCost, fromColumn, 'supplied', money);
    }
    sums.actualCost += fromColumn;
    b.formula(r, W.ac, ledger.present ? `P${r}+Q${r}` : `Q${r}`, ev?.ac ?? booked + fromColumn, money);
    if (ev) {
      sums.bac += ev.bac;
      sums.pv += ev.pv;
      sums.ev += ev.ev;
      sums.ac += ev.ac;
    }
  }

  if (ordered.length > 0) {
    const totals = last + 1;
    b.value(totals, W.name, 'Total of tasks and milestones (summaries carry the same amounts)', 'total');
    for (const key of ['bac', 'pv', 'ev', 'ac'] as const) {
      b.formula(totals, W[key], `SUMIFS(${col(W[key])},${col(W.type)},${NOT_SUMMARY})`, sums[key], money, 'total');
    }
    if (ledger.present) b.formula(totals, W.booked, `SUM(${col(W.booked)})`, sums.booked, money, 'total');
    b.formula(totals, W.actualCost, `SUM(${col(W.actualCost)})`, sums.actualCost, money, 'total');
    row = totals + 2;
  } else {
    row = first + 1;
  }
  // With no tasks the figures sum one empty row, which gives 0.
  for (const key of ['bac', 'pv', 'ev', 'ac', 'booked', 'actualCost', 'type'] as const) {
    b.place(`${key}All`, col(W[key]) ?? span(first, W[key], first, W[key], true));
  }
  if (helper) for (const [key, range] of Object.entries(helper)) b.place(`helper:${key}`, range);
  return row;
}

const SPAN_SOURCES: Record<SpanSource, string> = {
  baseline: 'Baseline',
  baselineStart: 'Baseline start + duration',
  baselineFinish: 'Baseline finish − duration',
  schedule: 'Schedule (no baseline)',
};

/** Stand-ins for the ledger helper block, for the AC figure written above the workings. */
export function helperStandIns(b: SheetBuilder, ledger: Ledger): HelperRanges | null {
  if (ledger.unreadable.length === 0) return null;
  return { date: b.later('helper:date'), taskRow: b.later('helper:taskRow'), category: b.later('helper:category'), amount: b.later('helper:amount') };
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function workWeekText(week: readonly boolean[]): string {
  return [1, 2, 3, 4, 5, 6, 0].filter((d) => week[d]).map((d) => WEEKDAYS[d]).join(' ');
}

/**
 * Working days from `from` to `to`, both included, as a formula both Excel and LibreOffice Calc
 * compute alike: NETWORKDAYS for a Monday-to-Friday week; otherwise a count of each working
 * weekday less the holidays between. (NETWORKDAYS.INTL would do it in one call, but Excel stores
 * it in a file as `_xlfn.NETWORKDAYS.INTL`, which LibreOffice Calc 7.4 does not read.)
 * `holidays` lists each holiday on a working day once.
 */
function workingDaysFormula(week: readonly boolean[], holidays: string | null): (from: string, to: string) => string {
  const standard = week.every((working, d) => working === (d >= 1 && d <= 5));
  if (standard) return (from, to) => `NETWORKDAYS(${from},${to}${holidays ? ',' + holidays : ''})`;
  return (from, to) => {
    const days = [0, 1, 2, 3, 4, 5, 6].filter((d) => week[d]).map((d) => `INT((WEEKDAY(${from}-${d + 1})+${to}-${from})/7)`);
    const off = holidays ? `-COUNTIFS(${holidays},">="&${from},${holidays},"<="&${to})` : '';
    return `(${days.join('+')}${off})`;
  };
}

function descendants(ctx: ReportContext, t: Task): number {
  return t.children.reduce((n, c) => n + 1 + descendants(ctx, ctx.model.tasks[c]), 0);
}
