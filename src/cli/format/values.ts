/** JSON values as the contract wants them: ISO dates, plain numbers, null for missing. */
import { isoFromSerial } from '../../model/dates';
import type { Serial } from '../../model/types';

export function isoOrNull(serial: Serial | null | undefined): string | null {
  return typeof serial === 'number' && Number.isFinite(serial) ? isoFromSerial(serial) : null;
}

/** A finite number, or null (never Infinity or NaN in JSON). */
export function numberOrNull(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Money to the cent, so float noise (0.1 + 0.2) does not reach the output. */
export function moneyOrNull(value: number | null | undefined): number | null {
  const n = numberOrNull(value);
  return n === null ? null : Math.round(n * 100) / 100 + 0;
}

export function toJson(value: unknown): string {
  return JSON.stringify(value, null, 2);
}
