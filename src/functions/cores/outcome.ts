/**
 * What a custom-function core hands back: plain cells to spill, or why it cannot answer.
 * Cores never touch Office globals; answer.ts turns an Outcome into Excel values or errors.
 */
import type { Issue, Serial } from '../../model/types';
import { FORMATS } from '../../report/styles';

/** A number with its display format (a date, a percentage); values.ts decides how to return it. */
export interface FormattedCell {
  value: number;
  numberFormat: string;
}

export type Cell = string | number | boolean | FormattedCell | null;
export type Grid = Cell[][];

export type Failure =
  /** The plan itself has an error: the message names its row and column. */
  | { kind: 'issue'; issue: Issue; more: number }
  /** An argument of the function is unusable (a status date that is not a date, …). */
  | { kind: 'argument'; message: string }
  /** The function cannot answer yet (a plan with no tasks has no finish date). */
  | { kind: 'notAvailable'; message: string };

export type Outcome<T> = { ok: true; value: T } | { ok: false; failure: Failure };

export const ok = <T>(value: T): Outcome<T> => ({ ok: true, value });

export const fail = <T = never>(failure: Failure): Outcome<T> => ({ ok: false, failure });

export const badArgument = <T = never>(message: string): Outcome<T> => fail({ kind: 'argument', message });

export const notAvailable = <T = never>(message: string): Outcome<T> => fail({ kind: 'notAvailable', message });

/** The reports' formats: ISO dates read the same in every locale and match the command line's JSON. */
export const DATE_FORMAT = FORMATS.date;
export const PERCENT_FORMAT = FORMATS.percent;

export const dateCell = (serial: Serial): FormattedCell => ({ value: serial, numberFormat: DATE_FORMAT });

export const isFormatted = (cell: Cell): cell is FormattedCell =>
  typeof cell === 'object' && cell !== null && typeof (cell as FormattedCell).value === 'number';

/** The first error among the issues, as a failure that says how many more there are; null when none. */
export function firstError(issues: readonly Issue[]): Failure | null {
  const errors = issues.filter((i) => i.severity === 'error');
  return errors.length ? { kind: 'issue', issue: errors[0], more: errors.length - 1 } : null;
}
