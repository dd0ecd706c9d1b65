/**
 * Excel arguments -> model inputs. A range arrives as a 2-D array (header row included, blank
 * cells as ""), an omitted optional argument as null or undefined, and, with the
 * requiresParameterAddresses option, each argument's address as `Sheet!A1:H20`.
 */
import { splitSheet } from '../excel/a1';
import { serialFromISO } from '../model/dates';
import type { CellValue, Serial, TableInput, TableName } from '../model/types';
import { badArgument, ok, type Outcome } from './cores/outcome';

const isBlank = (v: unknown) => v === null || v === undefined || v === '';

/** True for an argument the user left out, or a range of nothing but blank cells. */
export function isOmitted(value: unknown): boolean {
  if (Array.isArray(value)) return value.every((row) => (Array.isArray(row) ? row.every(isBlank) : isBlank(row)));
  return isBlank(value);
}

/** A cell as the model reads it: rich values (data types) give their basic value, errors `{error}`. */
export function cellValue(value: unknown): CellValue {
  if (value === '' || value === undefined) return null;
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    const rich = value as { type?: string; basicValue?: unknown; error?: string };
    if (typeof rich.error === 'string') return { error: rich.error };
    if (rich.type === 'Error') return { error: String(rich.basicValue ?? '#VALUE!') };
    return cellValue(rich.basicValue ?? null);
  }
  return value as CellValue;
}

/** Sheet name and top-left cell of an address such as `'My plan'!$B$3:$H$40` or `Tasks!A:H`. */
export function locateRange(address: string | undefined): { sheet?: string; origin?: string } {
  if (!address) return {};
  const split = splitSheet(address);
  const sheet = split.sheet || undefined;
  const m = /^\$?([A-Za-z]{1,3})\$?(\d*)/.exec(split.ref.trim());
  if (!m) return { sheet };
  return { sheet, origin: `${m[1].toUpperCase()}${m[2] || '1'}` };
}

/**
 * A table argument: the range with its header row. Omitted or blank gives `undefined`
 * (required tables are checked by `requiredTable`).
 */
export function tableArgument(value: unknown, table: TableName, address?: string): Outcome<TableInput | undefined> {
  if (isOmitted(value)) return ok(undefined);
  const rows = Array.isArray(value) ? value : [[value]];
  const values = rows.map((row) => (Array.isArray(row) ? row : [row]).map(cellValue));
  // Headers are text; a number or a truth value in the first row means the headers were left out.
  const header = values[0];
  if (!header.some((v) => typeof v === 'string' && v.trim() !== '') || header.some((v) => v !== null && typeof v !== 'string')) {
    return badArgument(
      `The ${table} range has no header row. Pass the whole table with its headers, for example ${table}[#All].`,
    );
  }
  return ok({ values, ...locateRange(address) });
}

/** As `tableArgument`, for a table the function cannot do without. */
export function requiredTable(value: unknown, table: TableName, address?: string): Outcome<TableInput> {
  const result = tableArgument(value, table, address);
  if (!result.ok) return result;
  if (!result.value) return badArgument(`The ${table} table is missing. Pass it with its headers, for example ${table}[#All].`);
  return ok(result.value);
}

/** A date argument: a date cell (serial) or ISO text `2026-03-31`; omitted gives null. */
export function dateArgument(value: unknown, name: string): Outcome<Serial | null> {
  const single = Array.isArray(value) ? (value.flat().length === 1 ? value.flat()[0] : value) : value;
  const cell = cellValue(single);
  if (cell === null) return ok(null);
  const serial = dateOfCell(cell);
  if (serial !== undefined) return ok(serial);
  return badArgument(`${name} ${describe(single)} is not a date. Give a date cell or a text date such as 2026-03-31.`);
}

/** A cell read as a date argument: a date cell (serial) or ISO text; undefined when it is no date. */
export function dateOfCell(cell: CellValue): Serial | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) && cell >= 1 ? Math.floor(cell) : undefined;
  if (typeof cell === 'string') return serialFromISO(cell) ?? undefined;
  if (cell instanceof Date && !Number.isNaN(cell.getTime())) return serialFromISO(cell.toISOString()) ?? undefined;
  return undefined;
}

/** One of a few words, case-insensitive; omitted gives the fallback. */
export function choiceArgument<T extends string>(value: unknown, name: string, choices: readonly T[], fallback: T): Outcome<T> {
  const cell = cellValue(Array.isArray(value) ? value.flat()[0] : value);
  if (cell === null) return ok(fallback);
  const found = choices.find((c) => c.toLowerCase() === String(cell).trim().toLowerCase());
  if (found) return ok(found);
  return badArgument(`${name} ${describe(cell)} is not one of ${choices.join(', ')}.`);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a range of several cells';
  return typeof value === 'string' ? `"${value}"` : String(value);
}
