/**
 * Hours and cost of each resource on each covered working day (contract §3b). A work resource
 * works units × hours per day on every working day its task occupies in the schedule; material
 * and cost resources carry cost only. Cost/Use falls on the task's first day; units × Std. Rate
 * of a material or cost resource is spread over the task's days.
 */
import type { Calendar } from '../../model/calendar';
import type { Model } from '../../model/types';
import type { ScheduleResult } from '../types';
import { assignmentCost } from '../cost/rates';
import type { LoadingDays } from './workingDays';

export interface DailyLoad {
  /** Hours by resource, then day: hours[r][k]; null for a resource with no work assigned. */
  hours: Array<Float64Array | null>;
  /** Money by resource, then day. */
  cost: Array<Float64Array | null>;
}

export function dailyLoad(model: Model, schedule: ScheduleResult, calendar: Calendar, days: LoadingDays): DailyLoad {
  const resources = model.resources.length;
  // Difference arrays first (a task adds at its first day and takes away after its last); one
  // running sum at the end turns them into daily figures.
  const hours: Array<Float64Array | null> = new Array(resources).fill(null);
  const rate: Array<Float64Array | null> = new Array(resources).fill(null);
  const once: Array<Float64Array | null> = new Array(resources).fill(null);
  const { origin, length } = days;
  const row = (rows: Array<Float64Array | null>, r: number) => (rows[r] ??= new Float64Array(length + 1));
  const hoursPerDay = model.settings.hoursPerDay;

  for (const task of model.tasks) {
    if (task.summary || task.assignments.length === 0) continue;
    const placed = schedule.tasks[task.index];
    const milestone = task.duration === 0 || placed.milestone;
    let first = calendar.ordinalOnOrAfter(placed.start);
    const last = calendar.ordinalOnOrBefore(placed.finish);
    if (first > last) first = last;
    const span = last - first + 1;
    const a = Math.max(first, origin) - origin;
    const b = Math.min(last, origin + length - 1) - origin;
    for (const assignment of task.assignments) {
      if (assignment.resource === null) continue; // the model has already warned
      const r = assignment.resource;
      const cost = assignmentCost(model.resources[r], assignment.units, hoursPerDay);
      if (first >= origin && first < origin + length) row(once, r)[first - origin] += cost.perUse + (milestone ? cost.lumpSum : 0);
      if (a > b || milestone) continue;
      if (cost.hoursPerDay !== 0) {
        const h = row(hours, r);
        h[a] += cost.hoursPerDay;
        h[b + 1] -= cost.hoursPerDay;
      }
      const perDay = cost.costPerDay + cost.lumpSum / span;
      if (perDay !== 0) {
        const c = row(rate, r);
        c[a] += perDay;
        c[b + 1] -= perDay;
      }
    }
  }

  const costs: Array<Float64Array | null> = new Array(resources).fill(null);
  for (let r = 0; r < resources; r++) {
    const h = hours[r];
    if (h) runningSum(h, length);
    const c = rate[r];
    if (c) runningSum(c, length);
    const o = once[r];
    if (c || o) {
      const total = new Float64Array(length);
      for (let k = 0; k < length; k++) total[k] = (c ? c[k] : 0) + (o ? o[k] : 0);
      costs[r] = total;
    }
  }
  return { hours, cost: costs };
}

function runningSum(values: Float64Array, length: number): void {
  let sum = 0;
  for (let k = 0; k < length; k++) {
    sum += values[k];
    values[k] = sum;
  }
}
