/**
 * The status sheet's page: the report blocks use columns A to I, which print landscape on one page
 * wide at a readable size; the workings at the foot run on to column R and are for the screen.
 */
import type { ReportContext } from './context';
import type { SheetBuilder } from './sheetBuilder';
import { WORKINGS_COLUMNS } from './workings';

/** The last column of the printed report (I). */
export const STATUS_RIGHT = 9;

/** Column widths in characters: A IDs and dates, B names, C–H figures, I reasons and notes. */
export function setStatusWidths(b: SheetBuilder, ctx: ReportContext): void {
  const longest = ctx.model.tasks.reduce((n, t) => Math.max(n, t.name.length), 0);
  b.width(1, 12);
  b.width(2, Math.max(34, Math.min(52, longest + 4)));
  for (let c = 3; c <= WORKINGS_COLUMNS; c++) b.width(c, 14);
  b.width(STATUS_RIGHT, 40);
}

/** Height in points of a row whose longest text wraps in a column `width` characters wide. */
export function wrappedHeight(text: string, width: number): number {
  // Italic or plain text in Calibri 11 runs about 1.15 characters per width unit; 15 points a line.
  const lines = Math.max(1, Math.ceil(text.length / (width * 1.05)));
  return lines === 1 ? 15 : lines * 14.5;
}
