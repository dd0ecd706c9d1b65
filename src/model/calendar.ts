/**
 * The working-day calendar: a work week less holidays. All working-day arithmetic in Cellpath
 * goes through here.
 *
 * Engines work in *ordinals*: the ordinal of a working day is the number of working days before
 * it since a fixed epoch, so "n working days later" is plain integer addition. Convert with
 * `ordinalOnOrAfter` / `dateOf` at the edges only.
 */
import { weekdayOf } from './dates';
import type { Serial } from './types';

export interface Calendar {
  /** Working days by weekday, index 0 = Sunday. */
  readonly workWeek: readonly boolean[];
  /** Holidays on otherwise working days, sorted, unique. */
  readonly holidays: readonly Serial[];
  isWorkingDay(day: Serial): boolean;
  /** Ordinal of `day`, or of the first working day after it when it is not one. */
  ordinalOnOrAfter(day: Serial): number;
  /** Ordinal of `day`, or of the last working day before it when it is not one. */
  ordinalOnOrBefore(day: Serial): number;
  /** The working day with this ordinal. */
  dateOf(ordinal: number): Serial;
  /**
   * The working days with ordinals `from` … `from + count − 1`, in one walk over the days: a
   * table for engines that turn many ordinals into dates (each `dateOf` is a search).
   */
  datesOf(from: number, count: number): Int32Array;
  /** The working day `n` working days after `day` (before, when n < 0); a non-working `day` first moves forward to a working day. */
  addWorkingDays(day: Serial, n: number): Serial;
  /** Working days in [from, to], both inclusive; 0 when to < from. */
  workingDaysBetween(from: Serial, to: Serial): number;
  nextWorkingDay(day: Serial): Serial;
  previousWorkingDay(day: Serial): Serial;
  /** The same calendar with more days off (a resource's own holidays). */
  withDaysOff(days: readonly Serial[]): Calendar;
}

/** Mon-Fri */
export const STANDARD_WORK_WEEK: readonly boolean[] = [false, true, true, true, true, true, false];

/** Number of sorted values strictly below x. */
function countBelow(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function makeCalendar(workWeek: readonly boolean[] = STANDARD_WORK_WEEK, holidays: readonly Serial[] = []): Calendar {
  return new WorkCalendar(workWeek.some(Boolean) ? workWeek.slice(0, 7) : STANDARD_WORK_WEEK.slice(), holidays);
}

/**
 * A class rather than closures made per calendar: every model makes its own calendar, and code
 * shared through a prototype stays optimised from one calendar to the next, where fresh closures
 * would start cold each time.
 */
class WorkCalendar implements Calendar {
  readonly workWeek: readonly boolean[];
  readonly holidays: readonly Serial[];
  private readonly perWeek: number;
  /** prefix[k]: working weekdays among the first k days of a week that starts on Sunday. */
  private readonly prefix: number[];
  /** nth[j]: the weekday of the j-th working weekday of a week. */
  private readonly nth: number[];
  private readonly offSet: Set<number>;

  constructor(week: readonly boolean[], holidays: readonly Serial[]) {
    this.workWeek = week;
    this.perWeek = week.filter(Boolean).length;
    this.prefix = [0];
    for (let k = 0; k < 7; k++) this.prefix.push(this.prefix[k] + (week[k] ? 1 : 0));
    this.nth = [];
    for (let k = 0; k < 7; k++) if (week[k]) this.nth.push(k);
    this.holidays = Array.from(new Set(holidays.map(Math.floor)))
      .filter((d) => week[weekdayOf(d)])
      .sort((a, b) => a - b);
    this.offSet = new Set(this.holidays);
  }

  /** Pattern working days in [1, day): serial 1 is a Sunday in Excel's reckoning. */
  private patternBefore(day: number): number {
    const offset = day - 1;
    const weeks = Math.floor(offset / 7);
    return weeks * this.perWeek + this.prefix[offset - weeks * 7];
  }

  /** The pattern working day with patternBefore = m. */
  private patternDay(m: number): number {
    const weeks = Math.floor(m / this.perWeek);
    return 1 + weeks * 7 + this.nth[m - weeks * this.perWeek];
  }

  isWorkingDay(day: Serial): boolean {
    const d = Math.floor(day);
    return this.workWeek[weekdayOf(d)] && !this.offSet.has(d);
  }

  ordinalOnOrAfter(day: Serial): number {
    const d = Math.floor(day);
    return this.patternBefore(d) - countBelow(this.holidays, d);
  }

  ordinalOnOrBefore(day: Serial): number {
    const d = Math.floor(day);
    return this.isWorkingDay(d) ? this.ordinalOnOrAfter(d) : this.ordinalOnOrAfter(d) - 1;
  }

  dateOf(ordinal: number): Serial {
    // Fixed point: the pattern day whose ordinal, less the holidays before it, is `ordinal`.
    let m = ordinal;
    for (;;) {
      const day = this.patternDay(m);
      const wanted = ordinal + countBelow(this.holidays, day);
      if (wanted === m) {
        if (!this.offSet.has(day)) return day;
        m += 1;
      } else {
        m = wanted;
      }
    }
  }

  datesOf(from: number, count: number): Int32Array {
    const out = new Int32Array(Math.max(0, Math.floor(count)));
    if (out.length === 0) return out;
    const week = this.workWeek;
    const offDays = this.holidays;
    let day = this.dateOf(Math.round(from));
    let weekday = weekdayOf(day);
    // Holidays are sorted and all on working weekdays: one pointer follows the walk.
    let next = countBelow(offDays, day);
    for (let k = 0; k < out.length; day++, weekday = weekday === 6 ? 0 : weekday + 1) {
      if (!week[weekday]) continue;
      if (next < offDays.length && offDays[next] === day) {
        next++;
        continue;
      }
      out[k++] = day;
    }
    return out;
  }

  addWorkingDays(day: Serial, n: number): Serial {
    return this.dateOf(this.ordinalOnOrAfter(day) + Math.round(n));
  }

  workingDaysBetween(from: Serial, to: Serial): number {
    return to < from ? 0 : Math.max(0, this.ordinalOnOrBefore(to) - this.ordinalOnOrAfter(from) + 1);
  }

  nextWorkingDay(day: Serial): Serial {
    return this.dateOf(this.ordinalOnOrAfter(Math.floor(day) + 1));
  }

  previousWorkingDay(day: Serial): Serial {
    return this.dateOf(this.ordinalOnOrBefore(Math.floor(day) - 1));
  }

  withDaysOff(days: readonly Serial[]): Calendar {
    return makeCalendar(this.workWeek, [...this.holidays, ...days]);
  }
}
