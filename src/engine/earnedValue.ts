/**
 * Earned value on a status date (contract §3). The formulas, and every choice the contract leaves
 * open, are written out for auditors in docs/earned-value.md.
 *
 * Issues returned are only those this engine finds; the model's own (unknown task in the ledger,
 * undated rows) are not repeated.
 */
import type { Model, Serial } from '../model/types';
import type { ScheduleResult, TaskEarnedValue } from './types';
import { taskBudgets } from './cost/budget';
import { projectCalendar } from './cost/projectCalendar';
import { rollUp } from './cost/rollup';
import { actualCosts } from './earnedValue/actualCost';
import { budgetByWbs } from './earnedValue/byWbs';
import { earnedSchedule } from './earnedValue/earnedSchedule';
import { indices } from './earnedValue/indices';
import { plannedCurve, taskPlannedValue } from './earnedValue/plannedCurve';
import { plannedSpans } from './earnedValue/plannedSpans';
import type { EarnedValue } from './earnedValue/types';

export type { EarnedValue, WbsBudget, CategoryActual } from './earnedValue/types';
export { sCurve, sCurveByPeriod } from './earnedValue/sCurve';
export type { SCurve } from './earnedValue/sCurve';

export function earnedValue(model: Model, schedule: ScheduleResult, statusDate: Serial): EarnedValue {
  const calendar = projectCalendar(model);
  const budgets = taskBudgets(model);
  const spans = plannedSpans(model, schedule, calendar);
  const status = calendar.ordinalOnOrBefore(statusDate);

  const n = model.tasks.length;
  const ownPv = new Float64Array(n);
  const ownEv = new Float64Array(n);
  let pv = 0;
  let ev = 0;
  for (const i of spans.leaves) {
    const bac = budgets.bac[i];
    ownPv[i] = taskPlannedValue(bac, spans.first[i], spans.last[i], status);
    ownEv[i] = bac * model.tasks[i].percentComplete;
    pv += ownPv[i];
    ev += ownEv[i];
  }
  const actual = actualCosts(model, statusDate);
  const pvByTask = rollUp(model.tasks, ownPv);
  const evByTask = rollUp(model.tasks, ownEv);
  const acByTask = rollUp(model.tasks, actual.own);
  const tasks: TaskEarnedValue[] = model.tasks.map((t) => ({
    task: t.index, bac: budgets.bac[t.index], pv: pvByTask[t.index], ev: evByTask[t.index], ac: acByTask[t.index],
  }));

  const bac = budgets.total;
  const ac = actual.total;
  const figures = indices(bac, pv, ev, ac);

  const curve = plannedCurve(spans, budgets.bac);
  const origin = spans.start;
  const pd = origin === null || spans.finish === null ? null : spans.finish - origin + 1;
  const at = origin === null ? 0 : Math.max(0, status - origin + 1);
  const schedulePart = earnedSchedule((k) => (k <= 0 || origin === null ? 0 : curve.through(origin + k - 1)), pd ?? 0, ev, at, bac);
  // IEAC(t) working days counted from the start; a hair over a whole day is float noise, not a day.
  const forecastFinish = schedulePart.ieact === null || origin === null
    ? null
    : calendar.dateOf(origin + Math.max(1, Math.ceil(schedulePart.ieact - 1e-9)) - 1);

  return {
    statusDate,
    currency: model.settings.currency,
    bac, pv, ev, ac,
    ...figures,
    es: schedulePart.es,
    at,
    spit: schedulePart.spit,
    svt: schedulePart.svt,
    forecastFinish,
    tasks,
    issues: [...budgets.issues, ...spans.issues],
    pd,
    ieact: schedulePart.ieact,
    plannedStart: origin === null ? null : calendar.dateOf(origin),
    plannedFinish: spans.finish === null ? null : calendar.dateOf(spans.finish),
    byCategory: actual.byCategory,
    fromActualCostColumn: actual.fromActualCostColumn,
    unassignedActual: actual.unassigned,
    byWbs: budgetByWbs(model, tasks),
  };
}
