/**
 * PM.SCURVE: cumulative planned value, earned value and actual cost for a column of dates (or,
 * given day, week or month instead, for each period of the plan): the data of an S-curve chart.
 * Not in the contract's list; it rides on the earned-value engine. Like PM.EVM it has no
 * Resources argument, so budgets come from Baseline Cost, else Fixed Cost.
 */
import { sCurve, sCurveByPeriod, type SCurve } from '../../engine/earnedValue';
import { schedule } from '../../engine/schedule';
import type { Period } from '../../engine/types';
import { cellValue, dateOfCell, isOmitted } from '../arguments';
import type { CellValue, Serial } from '../../model/types';
import { readWorkbook, type Call } from './call';
import { numberCell } from './cells';
import { PERIODS } from '../../engine/loading';
import { readPlan } from './plan';
import { badArgument, dateCell, ok, type Cell, type Grid, type Outcome } from './outcome';

export type ScurveArgs = { tasks: unknown; dates?: unknown; actuals?: unknown; holidays?: unknown; settings?: unknown };

const SCURVE_HEADER = ['Date', 'Planned Value', 'Earned Value', 'Actual Cost'];

/** The dates asked about, in their cells' order (a blank cell stays a blank row); or a period word. */
export type DatesArgument = { period: Period } | { dates: Array<Serial | null>; header: string | null };

export function datesArgument(value: unknown): Outcome<DatesArgument> {
  if (isOmitted(value)) return badArgument('dates is missing. Give a column of dates, or one of day, week, month.');
  const cells = (Array.isArray(value) ? value.flat() : [value]).map(cellValue);
  if (cells.length === 1 && typeof cells[0] === 'string') {
    const word = cells[0].trim().toLowerCase();
    const period = PERIODS.find((p) => p === word);
    if (period) return ok({ period });
  }
  const dates: Array<Serial | null> = [];
  let header: string | null = null;
  for (let k = 0; k < cells.length; k++) {
    const cell = cells[k];
    const serial = dateOf(cell);
    if (serial !== undefined) {
      dates.push(serial);
      continue;
    }
    // A column passed with its heading: the heading is text that is no date.
    if (k === 0 && typeof cell === 'string') {
      header = cell;
      continue;
    }
    return badArgument(`dates: cell ${k + 1} of the range (${typeof cell === 'string' ? `"${cell}"` : String(cell)}) is not a date. Give date cells or text dates such as 2026-03-31.`);
  }
  return ok({ dates, header });
}

/** A serial, null for a blank cell, undefined when the cell is no date. */
function dateOf(cell: CellValue): Serial | null | undefined {
  if (cell === null || (typeof cell === 'string' && cell.trim() === '')) return null;
  return dateOfCell(cell);
}

export function scurveRows(curve: SCurve, labels: ReadonlyArray<Serial | null>, header = 'Date'): Grid {
  const rows: Grid = [[header, ...SCURVE_HEADER.slice(1)]];
  let k = 0;
  for (const label of labels) {
    if (label === null) {
      rows.push([null, null, null, null]);
      continue;
    }
    const row: Cell[] = [dateCell(label), numberCell(curve.pv[k]), numberCell(curve.ev[k]), numberCell(curve.ac[k])];
    rows.push(row);
    k += 1;
  }
  return rows;
}

export function scurveCore(call: Call<ScurveArgs>): Outcome<Grid> {
  const input = readWorkbook(call);
  if (!input.ok) return input;
  const asked = datesArgument(call.args.dates);
  if (!asked.ok) return asked;
  const model = readPlan(input.value);
  if (!model.ok) return model;
  const planned = schedule(model.value);
  if ('period' in asked.value) {
    const curve = sCurveByPeriod(model.value, planned, asked.value.period);
    return ok(scurveRows(curve, curve.periods, 'Period'));
  }
  const { dates, header } = asked.value;
  const curve = sCurve(model.value, planned, dates.filter((d): d is Serial => d !== null));
  return ok(scurveRows(curve, dates, header ?? 'Date'));
}
