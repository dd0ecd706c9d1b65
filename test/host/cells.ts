/**
 * What a cell holds and how Excel turns typed input into it: text that looks like a number, a
 * percentage, an ISO date or TRUE/FALSE becomes that, as when a user types it. Tests therefore see
 * what real Excel would store, e.g. an ID written as the text "1.10" comes back as the number 1.1.
 */

export type Scalar = string | number | boolean;

export interface Cell {
  /** '' for an empty cell. For a formula cell: the cached result (0 unless an evaluator is set). */
  value: Scalar;
  formula: string | null;
  numberFormat: string;
  /** Set on the ghost cells of a spilled array: the anchor's row and column. */
  spillFrom?: { row: number; column: number };
}

export const GENERAL = 'General';

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^([+-]?(\d+(\.\d*)?|\.\d+))\s*%$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

export interface Coerced {
  value: Scalar;
  /** A number format Excel would apply to a General cell, e.g. for a typed date. */
  impliedFormat?: string;
}

/** Excel's reading of a typed constant (the cell's format is General or a number format). */
export function coerceInput(input: Scalar, numberFormat: string): Coerced {
  if (typeof input !== 'string') return { value: input };
  if (numberFormat === '@') return { value: input };
  if (input.startsWith("'")) return { value: input.slice(1) };
  const text = input.trim();
  if (text === '') return { value: input === '' ? '' : input };
  if (NUMBER.test(text)) return { value: Number(text) };
  const pct = PERCENT.exec(text);
  if (pct) return { value: Number(pct[1]) / 100, impliedFormat: '0%' };
  const iso = ISO.exec(text);
  if (iso) {
    const serial = serialOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (serial !== null) return { value: serial, impliedFormat: 'yyyy-mm-dd' };
  }
  if (/^true$/i.test(text)) return { value: true };
  if (/^false$/i.test(text)) return { value: false };
  return { value: input };
}

/** What the wire does to a JavaScript value before Excel sees it. */
export function wireValue(value: unknown): Scalar | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : '#NUM!';
  if (value instanceof Date) return value.toJSON();
  return JSON.stringify(value);
}

const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

/** 1900-system serial of a calendar date, or null when the date does not exist. */
export function serialOf(year: number, month: number, day: number): number | null {
  if (year === 1900 && month === 2 && day === 29) return 60;
  const ms = Date.UTC(year, month - 1, day);
  const probe = new Date(ms);
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  const serial = Math.round((ms - EPOCH) / DAY_MS);
  return serial < 61 ? serial - 1 : serial;
}

export function serialOfDate(date: Date): number {
  const serial = Math.floor((date.getTime() - EPOCH) / DAY_MS);
  return serial < 61 ? serial - 1 : serial;
}

export function partsOf(serial: number): { year: number; month: number; day: number } {
  const whole = Math.floor(serial);
  if (whole === 60) return { year: 1900, month: 2, day: 29 };
  const d = new Date(EPOCH + (whole < 61 ? whole + 1 : whole) * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The text Excel would show, for the common formats only (dates, percentages, fixed decimals). */
export function displayText(value: Scalar, numberFormat: string): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const section = numberFormat.split(';')[0];
  const bare = section.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  if (/[yd]/i.test(bare) || /m{3,}/i.test(bare)) return dateText(value, bare);
  if (numberFormat === GENERAL || numberFormat === '') return generalText(value);
  const percent = bare.includes('%');
  const shown = percent ? value * 100 : value;
  const decimals = (/\.([0#]+)/.exec(bare)?.[1].length) ?? 0;
  let digits = Math.abs(shown).toFixed(decimals);
  if (bare.includes(',')) {
    const [int, frac] = digits.split('.');
    digits = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac !== undefined ? '.' + frac : '');
  }
  const literal = /"([^"]*)"/.exec(section)?.[1] ?? (/^\$|^\[\$([^\]-]*)/.exec(section)?.[1] ?? (section.startsWith('$') ? '$' : ''));
  return (shown < 0 ? '-' : '') + literal + digits + (percent ? '%' : '');
}

function generalText(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(10)));
}

function dateText(serial: number, format: string): string {
  const { year, month, day } = partsOf(serial);
  return format.replace(/yyyy|yy|mmmm|mmm|mm|m|dd|d/gi, (token) => {
    switch (token.toLowerCase()) {
      case 'yyyy': return String(year);
      case 'yy': return String(year % 100).padStart(2, '0');
      case 'mmmm': return MONTHS[month - 1];
      case 'mmm': return MONTHS[month - 1].slice(0, 3);
      case 'mm': return String(month).padStart(2, '0');
      case 'm': return String(month);
      case 'dd': return String(day).padStart(2, '0');
      default: return String(day);
    }
  });
}

export function valueType(value: Scalar): string {
  if (value === '') return 'Empty';
  if (typeof value === 'number') return 'Double';
  if (typeof value === 'boolean') return 'Boolean';
  if (/^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|BUSY!|FIELD!|GETTING_DATA)/.test(value)) return 'Error';
  return 'String';
}
