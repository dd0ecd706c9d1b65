/**
 * Typed reads of one row's cells. Each read reports a problem as an Issue at the cell and returns
 * null, so a table reader never throws and never stops at the first problem.
 */
import { cellDate, cellError, cellNumber, cellText, isBlank } from './parse/cells';
import { parseShare } from './parse/percent';
import { valueOf, type ReadTable } from './table';
import type { CellValue, Issue, Serial } from './types';

export class RowReader<F extends string> {
  // The label is only needed when a problem is reported, so it is kept in parts and joined then.
  private labelText: string | null;
  private labelPrefix = '';
  private labelSubject: string | number = '';

  constructor(
    private readonly table: ReadTable<F>,
    public values: CellValue[],
    public row: number,
    private readonly issues: Issue[],
    label: string,
  ) {
    this.labelText = label;
  }

  /** Names the row in messages, e.g. `Task 12`. */
  get label(): string {
    if (this.labelText === null) this.labelText = `${this.labelPrefix} ${this.labelSubject}`;
    return this.labelText;
  }

  set label(text: string) {
    this.labelText = text;
  }

  /** Names the row `prefix subject` (`Task 12`) without building the text unless a message needs it. */
  nameAs(prefix: string, subject: string | number): void {
    this.labelText = null;
    this.labelPrefix = prefix;
    this.labelSubject = subject;
  }

  /** Moves to another row of the same table, so one reader serves a whole table. */
  moveTo(values: CellValue[], row: number, prefix: string, subject: string | number): void {
    this.values = values;
    this.row = row;
    this.nameAs(prefix, subject);
  }

  raw(field: F): CellValue {
    return valueOf(this.table, this.values, field);
  }

  has(field: F): boolean {
    const value = this.raw(field);
    return !isBlank(value) && cellError(value) === null;
  }

  /** The cell holds an Excel error value such as #N/A. */
  isError(field: F): boolean {
    return cellError(this.raw(field)) !== null;
  }

  cell(field: F): string | null {
    return this.table.cell(field, this.row);
  }

  report(severity: Issue['severity'], field: F | null, message: string): void {
    this.issues.push(this.table.issue(severity, field, this.row, `${this.label}: ${message}`));
  }

  /** Reports an error value (`value` is the field's cell); true when there was one. */
  private errorIn(field: F, value: CellValue): boolean {
    const error = cellError(value);
    if (error === null) return false;
    this.report('error', field, `${this.table.header(field)} holds the error ${error}. Replace it with a value, or clear the cell.`);
    return true;
  }

  text(field: F): string {
    const value = this.raw(field);
    return this.errorIn(field, value) ? '' : cellText(value);
  }

  number(field: F, what: string, range: { min?: number; max?: number } = {}): number | null {
    const value = this.raw(field);
    if (isBlank(value) || this.errorIn(field, value)) return null;
    const n = cellNumber(value);
    if (n === null) {
      this.report('error', field, `${this.table.header(field)} '${cellText(value)}' is not a number. Write ${what}.`);
      return null;
    }
    if ((range.min !== undefined && n < range.min) || (range.max !== undefined && n > range.max)) {
      this.report('error', field, `${this.table.header(field)} ${n} is out of range. Write ${what}.`);
      return null;
    }
    return n;
  }

  date(field: F): Serial | null {
    const value = this.raw(field);
    if (isBlank(value) || this.errorIn(field, value)) return null;
    const serial = cellDate(value);
    if (serial === null) {
      this.report('error', field, `${this.table.header(field)} '${cellText(value)}' is not a date. Enter a date cell or ISO text like 2026-03-31.`);
    }
    return serial;
  }

  /** A share 0..1 (percent complete, units). */
  share(field: F, range: { min: number; max: number }, what: string): number | null {
    const value = this.raw(field);
    if (isBlank(value) || this.errorIn(field, value)) return null;
    const share = parseShare(value);
    if (share === null) {
      this.report('error', field, `${this.table.header(field)} '${cellText(value)}' is not a percentage. Write ${what}.`);
      return null;
    }
    if (share < range.min || share > range.max) {
      this.report('error', field, `${this.table.header(field)} ${+(share * 100).toFixed(4)}% is out of range. Write ${what}.`);
      return null;
    }
    return share;
  }
}
