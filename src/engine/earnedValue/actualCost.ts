/**
 * Actual cost on a status date (contract §3): the ledger's amounts dated on or before it; a task
 * with no ledger row at all uses its Actual Cost column instead. Undated ledger rows count as
 * spent before any status date (the model has warned about them); rows for unknown tasks count
 * for the project only. Credits (negative amounts) simply subtract.
 */
import type { Model, Serial } from '../../model/types';

export interface CategoryActual {
  /** As typed in the ledger's Category column; '' for rows without one. */
  category: string;
  ac: number;
  /** Ledger rows counted. */
  rows: number;
}

export interface ActualCosts {
  /** Each task's own actual cost (not rolled up), by task index. */
  own: Float64Array;
  /** Whether a task has any ledger row, whatever its date. */
  inLedger: Uint8Array;
  /** Ledger amounts for tasks that are not in the plan. */
  unassigned: number;
  /** Amounts taken from the Actual Cost column, for tasks without ledger rows. */
  fromActualCostColumn: number;
  byCategory: CategoryActual[];
  total: number;
}

export function actualCosts(model: Model, statusDate: Serial | null): ActualCosts {
  const own = new Float64Array(model.tasks.length);
  const inLedger = new Uint8Array(model.tasks.length);
  const categories = new Map<string, CategoryActual>();
  let unassigned = 0;
  let ledgerTotal = 0;
  let current: CategoryActual | undefined;
  for (const row of model.actuals) {
    if (row.task !== null) inLedger[row.task] = 1;
    if (statusDate !== null && row.date !== null && Math.floor(row.date) > statusDate) continue;
    if (row.task !== null) own[row.task] += row.amount;
    else unassigned += row.amount;
    ledgerTotal += row.amount;
    // Ledgers come sorted by category as often as by date: skip the map lookup on a repeat.
    if (current === undefined || current.category !== row.category) {
      current = categories.get(row.category);
      if (current === undefined) {
        current = { category: row.category, ac: 0, rows: 0 };
        categories.set(row.category, current);
      }
    }
    current.ac += row.amount;
    current.rows += 1;
  }
  let fromColumn = 0;
  for (const task of model.tasks) {
    // A summary's Actual Cost cell is its subtasks' sum in a Microsoft Project export: not counted.
    if (task.summary || inLedger[task.index] || task.actualCost === null) continue;
    own[task.index] += task.actualCost;
    fromColumn += task.actualCost;
  }
  return {
    own,
    inLedger,
    unassigned,
    fromActualCostColumn: fromColumn,
    byCategory: [...categories.values()],
    total: ledgerTotal + fromColumn,
  };
}
