/** Model values -> cells, shared by the cores. */
import type { Cell } from './outcome';

/** A task ID as the user typed it: `7` stays a number so lookups against the Tasks table match. */
export function idCell(id: string): Cell {
  return /^-?\d+(\.\d+)?$/.test(id) ? Number(id) : id;
}

/** A number that may be missing (a ratio with a zero divisor): missing shows as an empty cell. */
export function numberCell(value: number | null | undefined): Cell {
  return value === null || value === undefined || !Number.isFinite(value) ? null : value;
}
