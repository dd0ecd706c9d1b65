/** The project calendar: the work week less the project-wide holidays; and one resource's. */
import { makeCalendar, type Calendar } from '../../model/calendar';
import { holidayDays } from '../../model/holidays';
import type { Model, Resource } from '../../model/types';

export function projectCalendar(model: Model): Calendar {
  return makeCalendar(model.settings.workWeek, holidayDays(model.holidays));
}

/** A resource's own days off (project working days only matter to callers). */
export function resourceDaysOff(model: Model, resource: Resource): number[] {
  return holidayDays(model.holidays, resource.name.toLowerCase());
}
