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

export function toJson(value: unknown): string {
  return JSON.stringify(value, null, 2);
}
