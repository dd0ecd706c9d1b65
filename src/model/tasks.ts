/** The Tasks table: one row per task, milestone or summary. */
import { TASK_HEADERS } from './headers';
import { RowReader } from './fields';
import { DURATION_HELP } from './parse/duration';
import { normaliseId } from './parse/links';
import { readTable, type ReadTable } from './table';
import { TaskIds } from './taskIds';
import { columnReads, readDays, taskParsers, type TaskParsers } from './taskColumns';
import type { CellValue, Issue, Settings, TableInput, TableLocation, Task, TaskField } from './types';

export type TaskTable = ReadTable<TaskField>;

/** A task as read, before links are resolved. */
export interface TaskRow {
  task: Task;
  predecessorText: string;
  values: CellValue[];
}

export interface TasksRead {
  rows: TaskRow[];
  table: TaskTable;
  location: TableLocation;
  taskById: Map<string, number>;
  /** The table's parsers, for the durations read once the hierarchy is known. */
  parse: TaskParsers;
}

export function readTasks(input: TableInput, settings: Settings, resourceByName: ReadonlyMap<string, number>, issues: Issue[]): TasksRead {
  const table = readTable('Tasks', input, TASK_HEADERS) as TaskTable;
  const rows: TaskRow[] = [];
  // Finds duplicate IDs while reading, and is the model's `taskById` afterwards.
  const ids = new TaskIds(new Map(), Array.isArray(input.values) ? input.values.length : 0);
  const taskById = ids.byId;
  const parse = taskParsers(settings, resourceByName);
  const missing = (['id', 'name'] as const).filter((f) => table.columns[f] === undefined);
  if (missing.length > 0) {
    const names = missing.map((f) => (f === 'id' ? 'ID' : 'Name')).join(' and ');
    issues.push(table.issue('error', null, null, `Tasks needs ${names} column${missing.length > 1 ? 's' : ''}. Add ${missing.length > 1 ? 'columns' : 'a column'} headed ${names}.`));
    if (table.columns.id === undefined) return { rows, table, location: table.location, taskById, parse };
  }
  const reads = columnReads(table.columns);
  const cellsOfRow = cellAddresses(table);

  const r = new RowReader(table, [], 0, issues, '');
  for (const { values, row } of table.rows) {
    r.moveTo(values, row, 'Row', row);
    const id = normaliseId(r.text('id'));
    if (id === '') {
      r.report('error', 'id', 'the task has no ID. Type a unique ID, such as the next number, or delete the row.');
      continue;
    }
    const earlier = ids.get(id);
    if (earlier !== undefined) {
      r.report('error', 'id', `ID ${id} is already used on row ${rows[earlier].task.row}. Give each task a unique ID.`);
      continue;
    }
    ids.add(id, rows.length);
    r.nameAs('Task', id);
    const name = r.text('name');
    if (name === '' && table.columns.name !== undefined) r.report('warning', 'name', 'the task has no name. Type what the work is.');

    const task = newTask(rows.length, id, name, row, cellsOfRow(row));
    for (const read of reads) read(r, task, parse);
    rows.push({ task, predecessorText: r.text('predecessors'), values });
  }
  return { rows, table, location: table.location, taskById, parse };
}

/** A task with every optional column at its default. */
function newTask(index: number, id: string, name: string, row: number, cells: Task['cells']): Task {
  return {
    index,
    id,
    name,
    row,
    duration: 0,
    estimated: false,
    outlineLevel: 1,
    wbs: null,
    parent: null,
    children: [],
    summary: false,
    predecessors: [],
    fixedStart: null,
    constraintType: 'ASAP',
    constraintDate: null,
    deadline: null,
    percentComplete: 0,
    actualStart: null,
    actualFinish: null,
    baselineStart: null,
    baselineFinish: null,
    baselineCost: null,
    fixedCost: 0,
    actualCost: null,
    assignments: [],
    priority: 500,
    optimisticDuration: null,
    mostLikelyDuration: null,
    pessimisticDuration: null,
    levelingDelay: 0,
    cells,
  };
}

/**
 * `task.cells`: the A1 address of each recognised column in the task's row. Computed on access
 * from a prototype shared by the table, so 100,000 rows cost one small object each.
 */
function cellAddresses(table: TaskTable): (row: number) => Task['cells'] {
  class RowCells {
    constructor(readonly row: number) {}
  }
  for (const field of Object.keys(table.columns) as TaskField[]) {
    Object.defineProperty(RowCells.prototype, field, {
      enumerable: true,
      get(this: RowCells) {
        return table.cell(field, this.row);
      },
    });
  }
  return (row) => new RowCells(row) as Task['cells'];
}

/** Reads durations once the hierarchy is known: summaries need none. */
export function readDurations(rows: readonly TaskRow[], table: TaskTable, parse: TaskParsers, issues: Issue[]): void {
  if (table.columns.duration === undefined) {
    // One message for the table, not one per row.
    if (rows.some(({ task }) => !task.summary)) {
      issues.push(table.issue('error', null, null, `Tasks has no Duration column. Add a column headed Duration. ${DURATION_HELP}`));
    }
    return;
  }
  const r = new RowReader(table, [], 0, issues, '');
  for (const { task, values } of rows) {
    r.moveTo(values, task.row, 'Task', task.id);
    readDuration(r, task, parse);
  }
}

/** Durations are whole working days: a part day is rounded up, and the user told. */
function readDuration(r: RowReader<TaskField>, task: Task, parse: TaskParsers): void {
  if (!r.has('duration')) {
    // An error value (#N/A) is reported once, by text(); a blank needs its own message.
    if (r.text('duration') === '' && !r.isError('duration') && !task.summary) {
      r.report('error', 'duration', `the duration is missing. ${DURATION_HELP}`);
    }
    return;
  }
  const days = readDays(r, 'duration', parse);
  if (days === null) return;
  const raw = r.raw('duration');
  // Only text can carry the `?` of an estimate.
  task.estimated = typeof raw === 'string' && raw.trimEnd().endsWith('?');
  task.duration = Math.max(0, Math.ceil(days - 1e-9));
  if (task.duration !== days && !task.summary) {
    r.report('warning', 'duration', `the duration ${+days.toFixed(3)} days is rounded up to ${task.duration} whole working days, the unit Cellpath schedules in.`);
  }
}
