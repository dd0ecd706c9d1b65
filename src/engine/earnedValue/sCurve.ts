/**
 * Cumulative PV, EV and AC at a list of dates: the data of an S-curve chart. Each value is
 * through the end of its date. PV covers every date; EV and AC stop at the status date (after it
 * nothing has been earned or spent yet), and EV needs one (see docs/earned-value.md for how
 * earned value and the Actual Cost column are placed in time).
 */
import type { Calendar } from '../../model/calendar';
import type { Issue, Model, Serial, Task } from '../../model/types';
import type { Period, ScheduleResult } from '../types';
import { taskBudgets } from '../cost/budget';
import { projectCalendar } from '../cost/projectCalendar';
import { nextPeriodStart, periodStarts } from '../loading/periods';
import { actualCosts } from './actualCost';
import { ledgerCurve } from './ledgerCurve';
import { plannedCurve } from './plannedCurve';
import { plannedSpans } from './plannedSpans';
import { spreadCurve, type DayCurve } from './spreadCurve';

export interface SCurve {
  dates: Serial[];
  pv: number[];
  ev: Array<number | null>;
  ac: Array<number | null>;
  statusDate: Serial | null;
  issues: Issue[];
}

export function sCurve(
  model: Model,
  schedule: ScheduleResult,
  dates: readonly Serial[],
  statusDate: Serial | null = schedule.statusDate ?? model.settings.statusDate,
): SCurve {
  const c = curves(model, schedule, statusDate);
  return {
    dates: dates.slice(),
    pv: dates.map(c.pv),
    ev: dates.map(c.ev),
    ac: dates.map(c.ac),
    statusDate,
    issues: c.issues,
  };
}

/**
 * One point per period, from the period of the first planned day to that of the last planned or
 * scheduled day (or the status date, if later). PV is valued at the end of each period; EV and
 * AC too, except in the period holding the status date, where they are valued at the status date.
 */
export function sCurveByPeriod(
  model: Model,
  schedule: ScheduleResult,
  period: Period,
  statusDate: Serial | null = schedule.statusDate ?? model.settings.statusDate,
): SCurve & { periods: Serial[] } {
  const c = curves(model, schedule, statusDate);
  let from = schedule.project.start;
  let to = Math.max(schedule.project.finish, statusDate ?? -Infinity);
  if (c.plannedStart !== null && c.plannedFinish !== null) {
    from = Math.min(from, c.plannedStart);
    to = Math.max(to, c.plannedFinish);
  }
  const periods = periodStarts(from, to, period, c.calendar);
  const ends = periods.map((s) => (period === 'day' ? s : nextPeriodStart(s, period, c.calendar) - 1));
  const known = ends.map((end, k) => (statusDate !== null && periods[k] <= statusDate && statusDate < end ? statusDate : end));
  return {
    dates: ends,
    pv: ends.map(c.pv),
    ev: known.map(c.ev),
    ac: known.map(c.ac),
    statusDate,
    issues: c.issues,
    periods,
  };
}

interface Curves {
  calendar: Calendar;
  plannedStart: Serial | null;
  plannedFinish: Serial | null;
  pv(date: Serial): number;
  ev(date: Serial): number | null;
  ac(date: Serial): number | null;
  issues: Issue[];
}

function curves(model: Model, schedule: ScheduleResult, statusDate: Serial | null): Curves {
  const calendar = projectCalendar(model);
  const budgets = taskBudgets(model);
  const spans = plannedSpans(model, schedule, calendar);
  const planned = plannedCurve(spans, budgets.bac);
  const earned = statusDate === null ? null : earnedCurve(model, schedule, calendar, budgets.bac, statusDate);
  const ledger = ledgerCurve(model, statusDate);
  const column = actualCostColumnCurve(model, schedule, calendar, statusDate);
  const issues = [...budgets.issues, ...spans.issues];
  if (statusDate === null) {
    issues.push({
      severity: 'warning', table: 'Settings', row: null, column: null, cell: null,
      message: 'There is no status date, so the S-curve has no earned value. Add a Status Date to the Settings table.',
    });
  }
  const known = (date: Serial) => statusDate === null || date <= statusDate;
  return {
    calendar,
    plannedStart: spans.start === null ? null : calendar.dateOf(spans.start),
    plannedFinish: spans.finish === null ? null : calendar.dateOf(spans.finish),
    pv: (date) => planned.through(calendar.ordinalOnOrBefore(date)),
    ev: (date) => (earned !== null && known(date) ? earned.through(calendar.ordinalOnOrBefore(date)) : null),
    ac: (date) => (known(date) ? ledger.through(date) + column.through(calendar.ordinalOnOrBefore(date)) : null),
    issues,
  };
}

/** The working days a task has been worked: actual start (or start) to actual finish (or the status date). */
function workedSpan(model: Model, schedule: ScheduleResult, calendar: Calendar, i: number, statusDate: Serial | null): [number, number] {
  const task = model.tasks[i];
  const current = schedule.tasks[i];
  const start = calendar.ordinalOnOrAfter(task.actualStart ?? current.start);
  let end = calendar.ordinalOnOrBefore(task.actualFinish ?? statusDate ?? current.finish);
  if (statusDate !== null) end = Math.min(end, calendar.ordinalOnOrBefore(statusDate));
  return [Math.min(start, end), end];
}

/** Each leaf's earned value (BAC × % complete) spread evenly over the days it was worked. */
function earnedCurve(model: Model, schedule: ScheduleResult, calendar: Calendar, bac: ArrayLike<number>, statusDate: Serial): DayCurve {
  return workedCurve(model, schedule, calendar, statusDate, (task) => (task.percentComplete === 0 ? null : bac[task.index] * task.percentComplete));
}

/** The Actual Cost column (tasks without ledger rows) is undated: spread it like earned value. */
function actualCostColumnCurve(model: Model, schedule: ScheduleResult, calendar: Calendar, statusDate: Serial | null): DayCurve {
  const { inLedger } = actualCosts(model, statusDate);
  return workedCurve(model, schedule, calendar, statusDate, (task) => (inLedger[task.index] ? null : task.actualCost));
}

/** Each leaf's amount spread evenly over the days it was worked; a null amount leaves the task out. */
function workedCurve(model: Model, schedule: ScheduleResult, calendar: Calendar, statusDate: Serial | null, amountOf: (task: Task) => number | null): DayCurve {
  const items: number[] = [];
  const n = model.tasks.length;
  const first = new Int32Array(n);
  const last = new Int32Array(n);
  const amount = new Float64Array(n);
  for (const task of model.tasks) {
    const value = task.summary ? null : amountOf(task);
    if (value === null) continue;
    [first[task.index], last[task.index]] = workedSpan(model, schedule, calendar, task.index, statusDate);
    amount[task.index] = value;
    items.push(task.index);
  }
  return spreadCurve(items, first, last, amount);
}
