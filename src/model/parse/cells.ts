/** Reading raw cell values as real workbooks hold them: blanks, numbers stored as text, error values. */
import { serialFromDate, serialFromISO } from '../dates';
import type { CellValue, Serial } from '../types';

const ERROR_TEXT = /^#(?:N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|FIELD!|BUSY!|GETTING_DATA|BLOCKED!|CONNECT!|UNKNOWN!)$/i;

/** The Excel error code a cell holds (`#N/A`), or null. */
export function cellError(value: CellValue): string | null {
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return typeof value.error === 'string' ? value.error : '#VALUE!';
  }
  if (typeof value === 'string') {
    const text = value.trim();
    // Every error text starts with '#': most cells are spared the pattern.
    if (text.charCodeAt(0) === 35 && ERROR_TEXT.test(text)) return text.toUpperCase();
  }
  return null;
}

export function isBlank(value: CellValue): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** Text of a cell, trimmed; numbers as Excel would show them plainly. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return cellError(value) ?? '';
}

/** A number from a numeric cell or numeric text (`1,250.50`, `$1,250`, ` 42 `); null otherwise. */
export function cellNumber(value: CellValue): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return null;
  if (typeof value !== 'string') return null;
  return numberFromText(value);
}

/** A plain decimal such as `42` or `-1.5`: the common case, read without the clean-up below. */
const PLAIN_NUMBER = /^[-+]?\d+(?:\.\d+)?$/;

export function numberFromText(text: string): number | null {
  if (PLAIN_NUMBER.test(text)) {
    const n = Number(text);
    return Number.isFinite(n) ? n : null;
  }
  let t = text.trim().replace(/[\s\u00a0]/g, '');
  let negative = false;
  if (/^\(.*\)$/.test(t)) {
    negative = true; // accounting negatives: (1,200)
    t = t.slice(1, -1);
  }
  t = t.replace(/^[$€£¥]|[$€£¥]$/g, '').replace(/^(USD|EUR|GBP)|(USD|EUR|GBP)$/i, '');
  if (!/^[-+]?(\d{1,3}(,\d{3})+|\d*)(\.\d+)?$/.test(t) || !/\d/.test(t)) return null;
  const n = Number(t.replace(/,/g, ''));
  if (!Number.isFinite(n)) return null;
  return negative ? -n : n;
}

/** A date serial from a date cell, a serial number, or ISO text; null when it is none of them. */
export function cellDate(value: CellValue): Serial | null {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 1 && value < 2958466 ? Math.floor(value) : null;
  if (value instanceof Date) {
    const t = value.getTime();
    if (Number.isNaN(t)) return null;
    const serial = serialFromDate(value);
    return serial >= 1 && serial < 2958466 ? serial : null;
  }
  if (typeof value === 'string') {
    const iso = serialFromISO(value);
    if (iso !== null) return iso;
    const n = numberFromText(value);
    return n !== null && n >= 1 && n < 2958466 && Number.isInteger(n) ? n : null;
  }
  return null;
}
