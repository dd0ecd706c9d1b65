/**
 * Dates ↔ moments, at the edges only. Moment k is the beginning of the working day with
 * ordinal k (so also the end of working day k − 1). Work of d > 0 days from moment s fills days
 * s … s + d − 1: it shows start day s and finish day s + d − 1. A milestone at moment m shows the
 * working day that ends at m (day m − 1), except at the project start, where it shows that day.
 * A date limit compares with what the user sees, so for a milestone every limit is on that day.
 */
import type { Calendar } from '../../model/calendar';
import type { Serial } from '../../model/types';

export class Moments {
  constructor(
    readonly calendar: Calendar,
    /** Moment of the project start. */
    readonly projectStart: number,
  ) {}

  /** Earliest start moment whose start day is on or after `date`. */
  startOnOrAfter(date: Serial): number {
    return this.calendar.ordinalOnOrAfter(date);
  }

  /** Latest start moment whose start day is on or before `date`. */
  startOnOrBefore(date: Serial): number {
    return this.calendar.ordinalOnOrBefore(date);
  }

  /** Earliest finish moment whose finish day is on or after `date`. */
  finishOnOrAfter(date: Serial): number {
    return this.calendar.ordinalOnOrAfter(date) + 1;
  }

  /** Latest finish moment whose finish day is on or before `date`. */
  finishOnOrBefore(date: Serial): number {
    return this.calendar.ordinalOnOrBefore(date) + 1;
  }

  /** Earliest milestone moment shown on or after `date` (the project start shows its own day). */
  milestoneOnOrAfter(date: Serial): number {
    const day = this.calendar.ordinalOnOrAfter(date);
    return day <= this.projectStart ? this.projectStart : day + 1;
  }

  /** Latest milestone moment shown on or before `date`. */
  milestoneOnOrBefore(date: Serial): number {
    return this.calendar.ordinalOnOrBefore(date) + 1;
  }
}

/**
 * Working days → dates for a span of ordinals, built once by walking the calendar, so turning
 * 100,000 tasks' moments into dates is an array read each.
 */
export class DateTable {
  /**
   * A table of the calendar's working days from `lowest` to `highest`: the last one made for this
   * calendar when it spans them (a plan scheduled again needs the same days), else a new one.
   */
  static covering(calendar: Calendar, projectStart: number, lowest: number, highest: number): DateTable {
    const last = lastTables.get(calendar);
    if (last !== undefined && last.projectStart === projectStart && last.serials !== null
      && last.first <= lowest && highest < last.first + last.serials.length) return last;
    const table = new DateTable(calendar, projectStart, lowest, highest);
    lastTables.set(calendar, table);
    return table;
  }

  /** The ordinal of `serials[0]`. */
  readonly first: number;
  /** The date of each working day from `first` on; null for a span too wide to tabulate. */
  readonly serials: Int32Array | null;

  constructor(
    private readonly calendar: Calendar,
    readonly projectStart: number,
    lowest: number,
    highest: number,
  ) {
    const span = highest - lowest + 1;
    this.first = lowest;
    // A silly span (a constraint in the year 9999) falls back to the calendar's own arithmetic.
    if (!(span > 0 && span <= 2_000_000)) {
      this.serials = null;
      return;
    }
    this.serials = calendar.datesOf(lowest, span);
  }

  /** The working day with this ordinal. */
  day(ordinal: number): Serial {
    const k = ordinal - this.first;
    if (this.serials !== null && k >= 0 && k < this.serials.length) return this.serials[k];
    return this.calendar.dateOf(ordinal);
  }

  /** The day work shows as starting on when it starts at this moment. */
  start(moment: number, milestone: boolean): Serial {
    return milestone ? this.milestone(moment) : this.day(moment);
  }

  /** The day work shows as finishing on when it ends at this moment. */
  finish(moment: number, milestone: boolean): Serial {
    return milestone ? this.milestone(moment) : this.day(moment - 1);
  }

  milestone(moment: number): Serial {
    return moment === this.projectStart ? this.day(moment) : this.day(moment - 1);
  }
}

const lastTables = new WeakMap<Calendar, DateTable>();
