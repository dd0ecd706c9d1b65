/**
 * The working days a loading table covers, as one run of project-calendar ordinals, and which
 * period each day falls in.
 */
import type { Calendar } from '../../model/calendar';
import type { Serial } from '../../model/types';
import type { Period } from '../types';
import { nextPeriodStart, periodStarts } from './periods';

export interface LoadingDays {
  periods: Serial[];
  /** Ordinal of the first working day covered. */
  origin: number;
  /** Working days covered. */
  length: number;
  /** Period index of each covered working day. */
  periodOf: Int32Array;
}

/** Every working day of every period from the one holding `from` to the one holding `to`. */
export function loadingDays(from: Serial, to: Serial, period: Period, calendar: Calendar): LoadingDays {
  const periods = periodStarts(from, to, period, calendar);
  if (periods.length === 0) return { periods, origin: 0, length: 0, periodOf: new Int32Array(0) };
  const origin = calendar.ordinalOnOrAfter(periods[0]);
  const end = calendar.ordinalOnOrBefore(nextPeriodStart(periods[periods.length - 1], period, calendar) - 1);
  const length = Math.max(0, end - origin + 1);
  const periodOf = new Int32Array(length);
  // One walk over the calendar, not a search per day.
  const dates = calendar.datesOf(origin, length);
  let p = 0;
  for (let k = 0; k < length; k++) {
    const day = dates[k];
    while (p + 1 < periods.length && periods[p + 1] <= day) p++;
    periodOf[k] = p;
  }
  return { periods, origin, length, periodOf };
}
