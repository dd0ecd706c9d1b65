/** The Tasks table: one row per task, milestone or summary. */
import { TASK_HEADERS } from './headers';
import { RowReader } from './fields';
import { parseConstraintType, CONSTRAINT_HELP } from './parse/constraint';
import { parseDuration, DURATION_HELP, type DurationRules } from './parse/duration';
import { parseAssignments } from './parse/assignments';
import { normaliseId } from './parse/links';
import { cellText } from './parse/cells';
import { readTable, type ReadTable } from './table';
import type { CellValue, Issue, Resource, Settings, TableInput, TableLocation, Task, TaskField } from './types';

export type TaskTable = ReadTable<TaskField>;

/** A task as read, before links are resolved. */
export interface TaskRow {
  task: Task;
  predecessorText: string;
  values: CellValue[];
}

export function readTasks(
  input: TableInput, settings: Settings, resources: readonly Resource[], issues: Issue[],
): { rows: TaskRow[]; table: TaskTable; location: TableLocation; taskById: Map<string, number> } {
  const table = readTable('Tasks', input, TASK_HEADERS) as TaskTable;
  const rows: TaskRow[] = [];
  // Task index by ID: finds duplicates while reading, and is the model's `taskById` afterwards.
  const taskById = new Map<string, number>();
  const missing = (['id', 'name'] as const).filter((f) => table.columns[f] === undefined);
  if (missing.length > 0) {
    const names = missing.map((f) => (f === 'id' ? 'ID' : 'Name')).join(' and ');
    issues.push(table.issue('error', null, null, `Tasks needs ${names} column${missing.length > 1 ? 's' : ''}. Add ${missing.length > 1 ? 'columns' : 'a column'} headed ${names}.`));
    if (table.columns.id === undefined) return { rows, table, location: table.location, taskById };
  }
  const rules: DurationRules = settings;
  const resourceByName = new Map(resources.map((r) => [r.name.toLowerCase(), r.index]));
  const cellsOfRow = cellAddresses(table);

  const r = new RowReader(table, [], 0, issues, '');
  for (const { values, row } of table.rows) {
    r.moveTo(values, row, 'Row', row);
    const id = normaliseId(r.text('id'));
    if (id === '') {
      r.report('error', 'id', 'the task has no ID. Type a unique ID, such as the next number, or delete the row.');
      continue;
    }
    const earlier = taskById.get(id);
    if (earlier !== undefined) {
      r.report('error', 'id', `ID ${id} is already used on row ${rows[earlier].task.row}. Give each task a unique ID.`);
      continue;
    }
    taskById.set(id, rows.length);
    r.nameAs('Task', id);
    const name = r.text('name');
    if (name === '' && table.columns.name !== undefined) r.report('warning', 'name', 'the task has no name. Type what the work is.');

    const task: Task = {
      index: rows.length,
      id,
      name,
      row,
      duration: 0,
      estimated: false,
      outlineLevel: 1,
      wbs: r.has('wbs') ? r.text('wbs') : null,
      parent: null,
      children: [],
      summary: false,
      predecessors: [],
      fixedStart: r.date('start'),
      constraintType: 'ASAP',
      constraintDate: null,
      deadline: r.date('deadline'),
      percentComplete: r.share('percentComplete', { min: 0, max: 1 }, 'a percentage from 0% to 100%') ?? 0,
      actualStart: r.date('actualStart'),
      actualFinish: r.date('actualFinish'),
      baselineStart: r.date('baselineStart'),
      baselineFinish: r.date('baselineFinish'),
      baselineCost: r.number('baselineCost', 'a budget amount, such as 12000'),
      fixedCost: r.number('fixedCost', 'a cost amount, such as 500') ?? 0,
      actualCost: r.number('actualCost', 'a cost amount, such as 500'),
      assignments: [],
      priority: r.number('priority', 'a priority from 0 to 1000 (500 is normal)', { min: 0, max: 1000 }) ?? 500,
      optimisticDuration: null,
      mostLikelyDuration: null,
      pessimisticDuration: null,
      levelingDelay: 0,
      cells: cellsOfRow(row),
    };
    const level = r.number('outlineLevel', 'an outline level: 1 for top-level tasks, 2 for their subtasks', { min: 1, max: 100 });
    if (level !== null) task.outlineLevel = Math.round(level);
    readConstraint(r, task);
    readAssignments(r, task, resourceByName);
    task.optimisticDuration = readDays(r, 'optimisticDuration', rules);
    task.mostLikelyDuration = readDays(r, 'mostLikelyDuration', rules);
    task.pessimisticDuration = readDays(r, 'pessimisticDuration', rules);
    const delay = r.raw('levelingDelay');
    if (r.has('levelingDelay')) task.levelingDelay = Math.max(0, Math.round(readDays(r, 'levelingDelay', rules) ?? 0));
    else if (delay !== undefined) r.text('levelingDelay');
    checkProgress(r, task);
    rows.push({ task, predecessorText: r.text('predecessors'), values });
  }
  return { rows, table, location: table.location, taskById };
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
export function readDurations(rows: readonly TaskRow[], table: TaskTable, rules: DurationRules, issues: Issue[]): void {
  const r = new RowReader(table, [], 0, issues, '');
  for (const { task, values } of rows) {
    r.moveTo(values, task.row, 'Task', task.id);
    readDuration(r, task, rules);
  }
}

/** Durations are whole working days: a part day is rounded up, and the user told. */
function readDuration(r: RowReader<TaskField>, task: Task, rules: DurationRules): void {
  if (!r.has('duration')) {
    r.text('duration'); // reports an error value, if any
    if (!task.summary && r.text('duration') === '' && r.raw('duration') !== undefined) {
      r.report('error', 'duration', `the duration is missing. ${DURATION_HELP}`);
    } else if (!task.summary && r.raw('duration') === undefined) {
      r.report('error', 'duration', `there is no Duration column. Add a column headed Duration. ${DURATION_HELP}`);
    }
    return;
  }
  const days = readDays(r, 'duration', rules);
  if (days === null) return;
  task.estimated = /\?\s*$/.test(cellText(r.raw('duration')));
  task.duration = Math.max(0, Math.ceil(days - 1e-9));
  if (task.duration !== days && !task.summary) {
    r.report('warning', 'duration', `the duration ${+days.toFixed(3)} days is rounded up to ${task.duration} whole working days, the unit Cellpath schedules in.`);
  }
}

function readDays(r: RowReader<TaskField>, field: TaskField, rules: DurationRules): number | null {
  if (!r.has(field)) {
    r.text(field);
    return null;
  }
  const raw = r.raw(field);
  if (typeof raw === 'number') {
    if (raw < 0) {
      r.report('error', field, `the duration ${raw} is negative. ${DURATION_HELP}`);
      return null;
    }
    return raw;
  }
  const text = cellText(raw);
  const parsed = parseDuration(text, rules);
  if (!parsed.ok) {
    r.report('error', field, `'${text}' ${parsed.reason}. ${DURATION_HELP}`);
    return null;
  }
  return parsed.days;
}

function readConstraint(r: RowReader<TaskField>, task: Task): void {
  const typeText = r.text('constraintType');
  const date = r.date('constraintDate');
  const type = typeText === '' ? 'ASAP' : parseConstraintType(typeText);
  if (type === null) {
    r.report('error', 'constraintType', `'${typeText}' is not a constraint type. ${CONSTRAINT_HELP}`);
    return;
  }
  const needsDate = type !== 'ASAP' && type !== 'ALAP';
  if (needsDate && date === null) {
    if (!r.has('constraintDate')) r.report('error', 'constraintType', `the constraint ${type} has no date. Enter a Constraint Date, or set the type to ASAP.`);
    return;
  }
  if (!needsDate && date !== null) {
    r.report('error', 'constraintDate', `the Constraint Date has no constraint type to go with it. Set a Constraint Type such as SNET, or clear the date.`);
    return;
  }
  task.constraintType = type;
  task.constraintDate = needsDate ? date : null;
}

function readAssignments(r: RowReader<TaskField>, task: Task, resourceByName: Map<string, number>): void {
  const text = r.text('resourceNames');
  if (text === '') return;
  for (const a of parseAssignments(text)) {
    if (a.badUnits !== null) r.report('error', 'resourceNames', `'${a.name}[${a.badUnits}]' has units Cellpath cannot read. Write units like Bob[50%] or Crane[2].`);
    const resource = resourceByName.get(a.name.toLowerCase()) ?? null;
    if (resource === null) {
      r.report('warning', 'resourceNames', `'${a.name}' is not in the Resources table, so its work has no rate or capacity. Add it to Resources or fix the spelling.`);
    }
    task.assignments.push({ resource, resourceName: a.name, units: a.units });
  }
}

function checkProgress(r: RowReader<TaskField>, task: Task): void {
  if (task.actualFinish !== null && task.actualStart !== null && task.actualFinish < task.actualStart) {
    r.report('error', 'actualFinish', 'the actual finish is before the actual start. Correct one of the two dates.');
    task.actualFinish = null;
  }
  if (task.baselineFinish !== null && task.baselineStart !== null && task.baselineFinish < task.baselineStart) {
    r.report('error', 'baselineFinish', 'the baseline finish is before the baseline start. Correct one of the two dates.');
  }
  if (task.actualFinish !== null && task.percentComplete < 1 && r.has('percentComplete')) {
    r.report('warning', 'percentComplete', `the task has an actual finish but is ${Math.round(task.percentComplete * 100)}% complete. Set % Complete to 100%, or clear the actual finish.`);
  }
  if (task.percentComplete > 0 && task.actualStart === null && r.has('actualStart') === false && r.raw('actualStart') !== undefined) {
    r.report('warning', 'actualStart', 'the task has progress but no actual start. Enter the day it started.');
  }
}
