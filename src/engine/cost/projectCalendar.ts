/** The project calendar: the work week less the project-wide holidays; and one resource's. */
import type { Calendar } from '../../model/calendar';
import { holidayDays, projectCalendarOf } from '../../model/holidays';
import type { Model, Resource } from '../../model/types';

export function projectCalendar(model: Model): Calendar {
  return projectCalendarOf(model.settings.workWeek, model.holidays);
}

/** The project working days a resource has off (its own holidays), as ordinals: sorted, each once. */
export function resourceDaysOff(model: Model, resource: Resource, calendar: Calendar): number[] {
  const days = holidayDays(model.holidays, resource.name.toLowerCase()).filter((day) => calendar.isWorkingDay(day));
  return [...new Set(days.map((day) => calendar.ordinalOnOrAfter(day)))].sort((a, b) => a - b);
}
