/**
 * Errors an action reports to the user. A `CellpathError` message is shown as it is; anything
 * else is wrapped so the user still learns what happened.
 */

export class CellpathError extends Error {
  /** True when the workbook is known to be as it was before the action. */
  readonly unchanged: boolean;
  constructor(message: string, unchanged = true) {
    super(message);
    this.name = 'CellpathError';
    this.unchanged = unchanged;
  }
}

export function abortError(): Error {
  // DOMException is what fetch and AbortSignal use; fall back where it is missing.
  if (typeof DOMException === 'function') return new DOMException('The action was cancelled.', 'AbortError');
  const error = new Error('The action was cancelled.');
  error.name = 'AbortError';
  return error;
}

export function isAbort(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: string }).name === 'AbortError';
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError();
}

/** The words to show for any thrown value. */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    // Office.js errors carry a code and often a more precise debug message.
    const office = error as Error & { code?: string; debugInfo?: { message?: string } };
    const detail = office.debugInfo?.message;
    if (detail && detail !== error.message) return `${error.message} (${detail})`;
    return error.message || error.name;
  }
  return String(error);
}
