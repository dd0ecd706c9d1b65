/** Failures that end a command with exit status 2: the user called it wrongly or the file cannot be read. */

/** Bad usage: unknown command or option, missing file name, malformed option value. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The workbook file is missing, unreadable or not an .xlsx. */
export class UnreadableWorkbook extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableWorkbook';
  }
}

/** A part of Cellpath the command needs has not been written yet. */
export class NotAvailable extends Error {
  constructor(readonly part: string, readonly detail: string) {
    super(`${part} is not available yet`);
    this.name = 'NotAvailable';
  }
}
