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
  const figures = moneyWidth(ctx);
  b.width(1, 12);
  b.width(2, Math.max(34, Math.min(52, longest + 4)));
  for (let c = 3; c <= WORKINGS_COLUMNS; c++) b.width(c, figures);
  b.width(STATUS_RIGHT, 40);
}

/**
 * Wide enough for the largest amount in bold, `-$12,345,678.00` included, so no figure shows ####.
 * The budget, forecast and actuals bound every amount on the sheet but a stray ledger entry's.
 */
function moneyWidth(ctx: ReportContext): number {
  const ev = ctx.results.earnedValue;
  let largest = 0;
  for (const v of [ev.bac, ev.pv, ev.ev, ev.ac, ev.eac, ev.etc, ev.vac, ev.sv, ev.cv]) if (v !== null && Number.isFinite(v)) largest = Math.max(largest, Math.abs(v));
  for (const t of ev.tasks) largest = Math.max(largest, Math.abs(t.bac), Math.abs(t.ac));
  for (const a of ctx.model.actuals) largest = Math.max(largest, Math.abs(a.amount));
  const shown = Math.trunc(largest).toLocaleString('en-US').length + '.00'.length + 2 + moneySymbolLength(ctx.money);
  return Math.max(14, Math.ceil(shown * 1.1 + 1));
}

/** Characters the currency adds: `$` or ` CHF`. */
function moneySymbolLength(format: string): number {
  const quoted = /"([^"]*)"/.exec(format)?.[1] ?? '';
  return quoted.length + (format.startsWith('#') && quoted !== '' ? 1 : 0);
}

