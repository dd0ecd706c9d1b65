/**
 * Resource loading by period (contract §3b): hours of work against capacity, over-allocation and
 * cost, per resource. Choices the contract leaves open are in docs/loading.md.
 */
import type { Issue, Model } from '../model/types';
import type { LoadingResult, Period, ResourceLoading, ScheduleResult } from './types';
import { projectCalendar } from './cost/projectCalendar';
import { summaryAssignmentWarning } from './cost/budget';
import { dailyCapacity } from './loading/capacity';
import { dailyLoad } from './loading/dailyLoad';
import { loadingDays } from './loading/workingDays';

/** The periods loading is counted by, shortest first. */
export const PERIODS: readonly Period[] = ['day', 'week', 'month'];

/** More than this many hours over capacity on a day is an over-allocation; less is float noise. */
const TOLERANCE = 1e-6;

export function loading(model: Model, schedule: ScheduleResult, period: Period): LoadingResult {
  const calendar = projectCalendar(model);
  const days = loadingDays(schedule.project.start, schedule.project.finish, period, calendar);
  const daily = dailyLoad(model, schedule, calendar, days);
  const count = days.periods.length;
  const resources: ResourceLoading[] = model.resources.map((resource, r) => {
    const capacity = new Array<number>(count).fill(0);
    const load = new Array<number>(count).fill(0);
    const overallocated = new Array<boolean>(count).fill(false);
    const cost = new Array<number>(count).fill(0);
    const dayCapacity = dailyCapacity(model, resource, calendar, days);
    const hours = daily.hours[r];
    const money = daily.cost[r];
    for (let k = 0; k < days.length; k++) {
      const p = days.periodOf[k];
      capacity[p] += dayCapacity[k];
      if (hours) {
        load[p] += hours[k];
        if (hours[k] > dayCapacity[k] + TOLERANCE) overallocated[p] = true;
      }
      if (money) cost[p] += money[k];
    }
    return { name: resource.name, capacity: capacity.map(tidy), load: load.map(tidy), overallocated, cost: cost.map(tidy) };
  });
  return { period, periods: days.periods, resources, issues: summaryAssignments(model) };
}

/** Sums of fractions leave dust (12.000000000000002): six decimals are more than any plan means. */
const tidy = (value: number) => Math.round(value * 1e6) / 1e6 + 0;

function summaryAssignments(model: Model): Issue[] {
  return model.tasks.filter((t) => t.summary && t.assignments.length > 0).map((t) => summaryAssignmentWarning(model, t));
}
