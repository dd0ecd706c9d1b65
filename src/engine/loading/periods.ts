/**
 * Reporting periods (contract §3b): each working day, weeks starting Monday, or calendar months,
 * each named by the serial of the day it starts on.
 */
import type { Calendar } from '../../model/calendar';
import { partsOfSerial, serialFromParts, weekdayOf } from '../../model/dates';
import type { Serial } from '../../model/types';
import type { Period } from '../types';

/** The start of the period holding `day` (for `day` periods: that working day, or the next). */
function periodStartOf(day: Serial, period: Period, calendar: Calendar): Serial {
  const d = Math.floor(day);
  if (period === 'day') return calendar.dateOf(calendar.ordinalOnOrAfter(d));
  if (period === 'week') return d - ((weekdayOf(d) + 6) % 7);
  const { year, month } = partsOfSerial(d);
  return serialFromParts(year, month, 1);
}

/** The start of the period after the one starting on `start`. */
export function nextPeriodStart(start: Serial, period: Period, calendar: Calendar): Serial {
  if (period === 'day') return calendar.nextWorkingDay(start);
  if (period === 'week') return start + 7;
  const { year, month } = partsOfSerial(start);
  return month === 12 ? serialFromParts(year + 1, 1, 1) : serialFromParts(year, month + 1, 1);
}

/** Starts of every period from the one holding `from` to the one holding `to`. */
export function periodStarts(from: Serial, to: Serial, period: Period, calendar: Calendar): Serial[] {
  const starts: Serial[] = [];
  for (let s = periodStartOf(from, period, calendar); s <= to; s = nextPeriodStart(s, period, calendar)) starts.push(s);
  return starts;
}
