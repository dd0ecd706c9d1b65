/** The Actuals table: the cost ledger. */
import { ACTUAL_HEADERS } from './headers';
import { RowReader } from './fields';
import { normaliseId } from './parse/links';
import { readTable } from './table';
import type { Actual, Issue, TableInput, TableLocation, Task } from './types';

export function readActuals(input: TableInput | undefined, tasks: readonly Task[], taskById: Map<string, number>, issues: Issue[]): { actuals: Actual[]; location: TableLocation | null } {
  const actuals: Actual[] = [];
  if (!input) return { actuals, location: null };
  const table = readTable('Actuals', input, ACTUAL_HEADERS);
  if (table.columns.amount === undefined) {
    issues.push(table.issue('error', null, null, 'Actuals needs an Amount column. Add a column headed Amount.'));
    return { actuals, location: table.location };
  }
  const byName = new Map<string, number>();
  for (const t of tasks) if (!byName.has(t.name.toLowerCase())) byName.set(t.name.toLowerCase(), t.index);
  for (const { values, row } of table.rows) {
    const r = new RowReader(table, values, row, issues, `Ledger row ${row}`);
    const amount = r.number('amount', 'an amount of money, such as 1250 or -300 for a credit');
    if (amount === null) {
      if (!r.has('amount')) r.report('error', 'amount', 'the amount is missing. Enter the amount spent, or delete the row.');
      continue;
    }
    const date = r.date('date');
    if (date === null && !r.has('date') && table.columns.date !== undefined) {
      r.report('warning', 'date', 'the entry has no date, so it counts as spent before any status date. Enter the date it was spent.');
    }
    const taskText = r.text('taskId');
    const id = normaliseId(taskText);
    const task = taskById.get(id) ?? byName.get(taskText.toLowerCase()) ?? null;
    if (task === null) {
      r.report('warning', 'taskId', taskText === '' ? 'the entry names no task, so it counts for the project only. Enter the task ID.' : `task '${taskText}' is not in the Tasks table, so this amount counts for the project only. Enter an existing task ID.`);
    }
    actuals.push({
      date,
      taskId: task === null ? id : tasks[task].id,
      task,
      amount,
      category: r.text('category'),
      resource: r.text('resource'),
      note: r.text('note'),
      row,
      cell: r.cell('amount'),
    });
  }
  return { actuals, location: table.location };
}
