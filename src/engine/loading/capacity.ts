/**
 * A work resource's capacity on each covered working day (contract §3b): Max Units × hours per
 * day, and 0 on its own days off. Material and cost resources have no hours to give.
 */
import type { Calendar } from '../../model/calendar';
import type { Model, Resource } from '../../model/types';
import { resourceDaysOff } from '../cost/projectCalendar';
import type { LoadingDays } from './workingDays';

export function dailyCapacity(model: Model, resource: Resource, calendar: Calendar, days: LoadingDays): Float64Array {
  const capacity = new Float64Array(days.length);
  if (resource.type !== 'Work') return capacity;
  capacity.fill(resource.maxUnits * model.settings.hoursPerDay);
  for (const day of resourceDaysOff(model, resource, calendar)) {
    const k = day - days.origin;
    if (k >= 0 && k < days.length) capacity[k] = 0;
  }
  return capacity;
}
