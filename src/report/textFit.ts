/**
 * Rough text measures in Excel's width units (the width of a "0" in Calibri 11), so a report can
 * give wrapped text the row height it needs: neither Excel nor LibreOffice fits a row to a file's
 * wrapped text when it opens it. Generous, so the text fits in wider fonts too.
 */

/** Characters of plain or italic text that fit in one width unit. */
const CHARS_PER_UNIT = 1.05;

/** Lines that `text` takes in a column `width` units wide. */
export function linesOf(text: string, width: number): number {
  return Math.max(1, Math.ceil(text.length / (Math.max(1, width - 1) * CHARS_PER_UNIT)));
}

/** Row height in points for `lines` lines of 11-point text. */
function heightOf(lines: number): number {
  return lines <= 1 ? 15 : Math.ceil(lines * 14.5);
}

/** Height in points of a row whose text wraps in a column `width` units wide. */
export function wrappedHeight(text: string, width: number): number {
  return heightOf(linesOf(text, width));
}
