/**
 * Excel serial day numbers (1900 date system) and ISO dates.
 * Excel counts 1900-02-29, a day that never was, as serial 60; we keep that so our serials agree
 * with the cells the user sees.
 */
import type { Serial } from './types';

const MS_PER_DAY = 86_400_000;
/** 1899-12-30: serial 0 for every date after the fictitious 1900-02-29. */
const EPOCH_AFTER_LEAP_BUG = Date.UTC(1899, 11, 30);

/** Serial of a calendar date (month 1..12). */
export function serialFromParts(year: number, month: number, day: number): Serial {
  if (year === 1900 && month === 2 && day === 29) return 60;
  const serial = Math.round((Date.UTC(year, month - 1, day) - EPOCH_AFTER_LEAP_BUG) / MS_PER_DAY);
  return serial < 61 ? serial - 1 : serial;
}

/** Serial of a JavaScript Date, read in UTC (ExcelJS hands dates over as UTC midnight). */
export function serialFromDate(date: Date): Serial {
  const serial = Math.floor((date.getTime() - EPOCH_AFTER_LEAP_BUG) / MS_PER_DAY);
  return serial < 61 ? serial - 1 : serial;
}

/** UTC midnight Date of a serial; serial 60 has no real day and maps to 1900-03-01. */
export function dateFromSerial(serial: Serial): Date {
  const whole = Math.floor(serial);
  const shifted = whole < 61 ? whole + 1 : whole;
  return new Date(EPOCH_AFTER_LEAP_BUG + shifted * MS_PER_DAY);
}

/** `YYYY-MM-DD` of a serial (serial 60 gives `1900-02-29`, as Excel shows it). */
export function isoFromSerial(serial: Serial): string {
  if (Math.floor(serial) === 60) return '1900-02-29';
  return dateFromSerial(serial).toISOString().slice(0, 10);
}

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/;

/** Serial of an ISO date text, or null when it is not a real calendar date. */
export function serialFromISO(text: string): Serial | null {
  const m = ISO_DATE.exec(text.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  if (year === 1900 && month === 2 && day === 29) return 60;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return serialFromParts(year, month, day);
}

/** Day of the week as Excel's WEEKDAY(serial) - 1: 0 = Sunday … 6 = Saturday. */
export function weekdayOf(serial: Serial): number {
  return (((Math.floor(serial) - 1) % 7) + 7) % 7;
}

/** Year, month (1..12) and day of a serial. */
export function partsOfSerial(serial: Serial): { year: number; month: number; day: number } {
  if (Math.floor(serial) === 60) return { year: 1900, month: 2, day: 29 };
  const date = dateFromSerial(serial);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
