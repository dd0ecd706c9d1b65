/** The date heads of a time grid (the Gantt's days or weeks, the loading sheet's periods). */
import { partsOfSerial } from '../model/dates';
import type { Period } from '../engine/types';
import { FORMATS } from './styles';

/** Rotated dates as heads, `d mmm`, or `d mmm yy` when the grid runs into another year. */
export function gridHead(dates: readonly number[]): { format: string; height: number } {
  const spansYears = dates.length > 0 && partsOfSerial(dates[0]).year !== partsOfSerial(dates[dates.length - 1]).year;
  return spansYears ? { format: FORMATS.shortDateYear, height: 58 } : { format: FORMATS.shortDate, height: 48 };
}

/** `Weeks` over capacity, and so on. */
export const PERIODS: Record<Period, string> = { day: 'Days', week: 'Weeks', month: 'Months' };
