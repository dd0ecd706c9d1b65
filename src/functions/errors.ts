/**
 * Failures -> Excel error values. Bad input must show as an error whose message names the row
 * and column to mend, never as a plausible but wrong number (contract §5).
 */
import type { Issue } from '../model/types';
import type { Failure } from './cores/outcome';

/** Excel shows at most this much of an error's message; we cut at a word and say so. */
const MAX_MESSAGE = 255;

export type ErrorKind = 'invalidValue' | 'notAvailable';

/** `Tasks row 7, column Duration (cell D7): …` — the place first, so a cut keeps it. */
export function placeOf(issue: Issue): string {
  const parts = [issue.table];
  if (issue.row !== null) parts.push(`row ${issue.row}`);
  let place = parts.join(' ');
  if (issue.column !== null) place += `, column ${issue.column}`;
  if (issue.cell !== null) place += ` (cell ${issue.cell})`;
  return place;
}

/** Which Excel error and what message a failure becomes. */
export function describeFailure(failure: Failure): { kind: ErrorKind; message: string } {
  switch (failure.kind) {
    case 'issue': {
      const more = failure.more > 0 ? ` (${failure.more} more error${failure.more > 1 ? 's' : ''}: see PM.CHECK)` : '';
      return { kind: 'invalidValue', message: shorten(`${placeOf(failure.issue)}: ${failure.issue.message}${more}`) };
    }
    case 'argument':
      return { kind: 'invalidValue', message: shorten(failure.message) };
    case 'notAvailable':
      return { kind: 'notAvailable', message: shorten(failure.message) };
  }
}

function shorten(message: string): string {
  if (message.length <= MAX_MESSAGE) return message;
  const cut = message.slice(0, MAX_MESSAGE - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_MESSAGE / 2))}…`;
}

/** The Excel error value for a failure (needs the custom functions runtime). */
export function excelError(failure: Failure): CustomFunctions.Error {
  const { kind, message } = describeFailure(failure);
  return new CustomFunctions.Error(CustomFunctions.ErrorCode[kind], message);
}

/** An unexpected exception is still an error value, never a blank or a stale number. */
export function unexpectedError(error: unknown): CustomFunctions.Error {
  const text = error instanceof Error ? error.message : String(error);
  return new CustomFunctions.Error(
    CustomFunctions.ErrorCode.invalidValue,
    shorten(`Cellpath could not compute this: ${text}. Run PM.CHECK on the plan; if it says OK, please report this.`),
  );
}
