/** A warning about one task's cell, with the column header as the user typed it. */
import { parseA1 } from '../../model/a1';
import type { Issue, Model, Task, TaskField } from '../../model/types';

export function taskWarning(model: Model, task: Task, field: TaskField, message: string): Issue {
  const cell = task.cells[field] ?? null;
  return { severity: 'warning', table: 'Tasks', row: task.row, column: headerOf(model, cell), cell, message };
}

function headerOf(model: Model, cell: string | null): string | null {
  const location = model.tables.Tasks;
  if (!cell || !location) return null;
  const at = parseA1(cell);
  const origin = parseA1(location.origin);
  if (!at || !origin) return null;
  return location.headers[at.column - origin.column] ?? null;
}
