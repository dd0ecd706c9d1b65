/** The Holidays table: project-wide days off, or one resource's. */
import { makeCalendar, type Calendar } from './calendar';
import { HOLIDAY_HEADERS } from './headers';
import { RowReader } from './fields';
import { readTable } from './table';
import type { Holiday, Issue, TableInput, TableLocation } from './types';

export function readHolidays(input: TableInput | undefined, resourceNames: Set<string>, issues: Issue[]): { holidays: Holiday[]; location: TableLocation | null } {
  const holidays: Holiday[] = [];
  if (!input) return { holidays, location: null };
  const table = readTable('Holidays', input, HOLIDAY_HEADERS);
  if (table.columns.date === undefined) {
    issues.push(table.issue('error', null, null, 'Holidays needs a Date column. Add a column headed Date.'));
    return { holidays, location: table.location };
  }
  for (const { values, row } of table.rows) {
    const r = new RowReader(table, values, row, issues, `Holiday on row ${row}`);
    const name = r.text('name');
    if (name) r.label = `Holiday '${name}'`;
    const start = r.date('date');
    if (start === null) {
      if (!r.has('date')) r.report('error', 'date', 'the holiday has no date. Enter its date, or delete the row.');
      continue;
    }
    let end = r.has('endDate') ? r.date('endDate') : start;
    if (end !== null && end < start) {
      r.report('error', 'endDate', 'the end date is before the date. Enter an end date on or after the date.');
      end = null;
    }
    const resource = r.text('resource');
    if (resource !== '' && !resourceNames.has(resource.toLowerCase())) {
      r.report('warning', 'resource', `'${resource}' is not in the Resources table, so this day off applies to nobody. Check the spelling.`);
    }
    holidays.push({ start, end: end ?? start, name, resource: resource === '' ? null : resource, row });
  }
  return { holidays, location: table.location };
}

/**
 * The project calendar of a work week and a Holidays table: made once for each (buildModel makes
 * it), as a model is read-only once built and every engine asks for its calendar on every call.
 */
export function projectCalendarOf(workWeek: readonly boolean[], holidays: readonly Holiday[]): Calendar {
  const made = calendars.get(holidays);
  if (made !== undefined && made.workWeek === workWeek) return made.calendar;
  const calendar = makeCalendar(workWeek, holidayDays(holidays));
  calendars.set(holidays, { workWeek, calendar });
  return calendar;
}

const calendars = new WeakMap<readonly Holiday[], { workWeek: readonly boolean[]; calendar: Calendar }>();

/** Every day of the project-wide holidays (or of one resource's, by lower-cased name). */
export function holidayDays(holidays: readonly Holiday[], resource: string | null = null): number[] {
  const days: number[] = [];
  for (const h of holidays) {
    const matches = resource === null ? h.resource === null : h.resource !== null && h.resource.toLowerCase() === resource;
    if (!matches) continue;
    for (let d = h.start; d <= h.end && d - h.start < 3660; d++) days.push(d);
  }
  return days;
}
