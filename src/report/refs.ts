/** A1 addresses for report formulas: rows and columns here are both 1-based. */
import { columnLetter, parseA1 } from '../model/a1';

export function letter(column: number): string {
  return columnLetter(column - 1);
}

/** `C5` */
export function addr(row: number, column: number): string {
  return letter(column) + row;
}

/** `$C$5` */
export function abs(row: number, column: number): string {
  return `$${letter(column)}$${row}`;
}

/** `C5:H9`, or `$C$5:$H$9` when `absolute`. */
export function span(top: number, left: number, bottom: number, right: number, absolute = false): string {
  const a = absolute ? abs : addr;
  return `${a(top, left)}:${a(bottom, right)}`;
}

/** `'Tasks'`: quoted always, which both Excel and LibreOffice accept for any name. */
export function quoteSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** `'Tasks'!$P$5` from a sheet and a plain A1 address (or a range `P5:P9`). */
export function onSheet(sheet: string, a1: string): string {
  const absolute = a1
    .split(':')
    .map((part) => {
      const p = parseA1(part);
      return p ? abs(p.row, p.column + 1) : part;
    })
    .join(':');
  return `${quoteSheet(sheet)}!${absolute}`;
}

/** 1-based row and column of an A1 address. */
export function position(a1: string): { row: number; column: number } {
  const p = parseA1(a1);
  if (!p) throw new Error(`not an A1 address: ${a1}`);
  return { row: p.row, column: p.column + 1 };
}

/** A string literal inside a formula. */
export function literal(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
