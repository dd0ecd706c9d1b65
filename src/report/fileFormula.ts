/**
 * Formulas as the .xlsx file stores them. Functions added to Excel after 2007 are written in the
 * file with a `_xlfn.` prefix (Excel shows them without it); a file writer must add it, or Excel
 * and LibreOffice read the name as unknown (#NAME?). Office.js takes the formula as a user types
 * it, without the prefix.
 */

/** The functions a report may use that need the prefix in a file. */
const NEEDS_PREFIX = ['NETWORKDAYS.INTL', 'WORKDAY.INTL', 'IFNA', 'IFS', 'MAXIFS', 'MINIFS', 'SWITCH', 'CONCAT', 'TEXTJOIN', 'DAYS', 'ISOWEEKNUM', 'XOR'];

const PATTERN = new RegExp(`(^|[^A-Za-z0-9_.])(${NEEDS_PREFIX.map((f) => f.replace('.', '\\.')).join('|')})\\(`, 'gi');

/** Adds `_xlfn.` where the file needs it, leaving text inside string literals alone. */
export function fileFormula(formula: string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, k) => (k % 2 === 1 ? part : part.replace(PATTERN, (_, before: string, name: string) => `${before}_xlfn.${name.toUpperCase()}(`)))
    .join('');
}

/** Functions a report must never use: not computed by both Excel and LibreOffice Calc 7.4, or ours. */
export const FORBIDDEN_FUNCTIONS = /\b(XLOOKUP|XMATCH|LET|LAMBDA|FILTER|SORT|SORTBY|UNIQUE|SEQUENCE|RANDARRAY|TEXTSPLIT|VSTACK|HSTACK|PM\.[A-Z]+)\s*\(/i;
