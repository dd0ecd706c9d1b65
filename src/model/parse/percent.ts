/** Percentages in every form a sheet holds them: `0.5`, `50%`, `50`, a %-formatted cell. */
import type { CellValue } from '../types';
import { cellNumber, numberFromText } from './cells';

/**
 * A share from 0 upward (1 = 100%), or null when unreadable. Bare numbers above 1 are percents
 * (`50` is 50%); 0..1 are shares, as a %-formatted cell stores them.
 */
export function parseShare(value: CellValue): number | null {
  if (typeof value === 'string') {
    const t = value.trim();
    if (t.endsWith('%')) {
      const n = numberFromText(t.slice(0, -1));
      return n === null ? null : n / 100;
    }
  }
  const n = cellNumber(value);
  if (n === null) return null;
  return Math.abs(n) <= 1 ? n : n / 100;
}
