/**
 * The optional Tasks columns: what each sets on a task and what it reports. The table decides once
 * which of them exist (`columnReads`), so 100,000 rows spend no time on absent columns.
 */
import { RowReader } from './fields';
import { parseAssignments } from './parse/assignments';
import { cellText } from './parse/cells';
import { parseConstraintType, CONSTRAINT_HELP } from './parse/constraint';
import { parseDuration, DURATION_HELP, type DurationParse, type DurationRules } from './parse/duration';
import { memoise } from './parse/memo';
import { longLivedCopy } from './longLived';
import type { Assignment, Task, TaskField } from './types';

type Reader = RowReader<TaskField>;

/** Parsers for one table, remembering the texts it repeats. */
export interface TaskParsers {
  duration(text: string): DurationParse;
  assignments(text: string): readonly ResolvedAssignment[];
}

/** A Resource Names entry with its resource looked up. */
interface ResolvedAssignment extends Assignment {
  badUnits: string | null;
}

/** `resourceByName`: resource index by lower-cased name, as the model keeps it. */
export function taskParsers(rules: DurationRules, resourceByName: ReadonlyMap<string, number>): TaskParsers {
  return {
    duration: memoise((text) => parseDuration(text, rules)),
    assignments: memoise((text) =>
      parseAssignments(text).map((a) => ({ resource: resourceByName.get(a.name.toLowerCase()) ?? null, resourceName: a.name, units: a.units, badUnits: a.badUnits })),
    ),
  };
}

type ColumnRead = (r: Reader, task: Task, parse: TaskParsers) => void;

/**
 * Each read with the columns it needs (it runs when the table has any of them), in the order a
 * row's problems are reported. An absent column leaves the task's default in place.
 */
const COLUMN_READS: readonly { columns: readonly TaskField[]; read: ColumnRead }[] = [
  { columns: ['wbs'], read: (r, t) => { t.wbs = r.has('wbs') ? r.text('wbs') : null; } },
  { columns: ['start'], read: (r, t) => { t.fixedStart = r.date('start'); } },
  { columns: ['deadline'], read: (r, t) => { t.deadline = r.date('deadline'); } },
  { columns: ['percentComplete'], read: (r, t) => { t.percentComplete = r.share('percentComplete', { min: 0, max: 1 }, 'a percentage from 0% to 100%') ?? 0; } },
  { columns: ['actualStart'], read: (r, t) => { t.actualStart = r.date('actualStart'); } },
  { columns: ['actualFinish'], read: (r, t) => { t.actualFinish = r.date('actualFinish'); } },
  { columns: ['baselineStart'], read: (r, t) => { t.baselineStart = r.date('baselineStart'); } },
  { columns: ['baselineFinish'], read: (r, t) => { t.baselineFinish = r.date('baselineFinish'); } },
  { columns: ['baselineCost'], read: (r, t) => { t.baselineCost = r.number('baselineCost', 'a budget amount, such as 12000'); } },
  { columns: ['fixedCost'], read: (r, t) => { t.fixedCost = r.number('fixedCost', 'a cost amount, such as 500') ?? 0; } },
  { columns: ['actualCost'], read: (r, t) => { t.actualCost = r.number('actualCost', 'a cost amount, such as 500'); } },
  { columns: ['priority'], read: (r, t) => { t.priority = r.number('priority', 'a priority from 0 to 1000 (500 is normal)', { min: 0, max: 1000 }) ?? 500; } },
  { columns: ['outlineLevel'], read: readOutlineLevel },
  { columns: ['constraintType', 'constraintDate'], read: readConstraint },
  { columns: ['resourceNames'], read: readAssignments },
  { columns: ['optimisticDuration'], read: (r, t, parse) => { t.optimisticDuration = readDays(r, 'optimisticDuration', parse); } },
  { columns: ['mostLikelyDuration'], read: (r, t, parse) => { t.mostLikelyDuration = readDays(r, 'mostLikelyDuration', parse); } },
  { columns: ['pessimisticDuration'], read: (r, t, parse) => { t.pessimisticDuration = readDays(r, 'pessimisticDuration', parse); } },
  { columns: ['levelingDelay'], read: readLevelingDelay },
  // Every check needs an actual or baseline date, or the Actual Start column.
  { columns: ['actualStart', 'actualFinish', 'baselineStart', 'baselineFinish'], read: checkProgress },
];

/** The reads a table with these columns needs, in order. */
export function columnReads(columns: Partial<Record<TaskField, number>>): ColumnRead[] {
  return COLUMN_READS.filter((c) => c.columns.some((f) => columns[f] !== undefined)).map((c) => c.read);
}

/** Working days in a duration-like column; null (and a problem at the cell) when unreadable. */
export function readDays(r: Reader, field: TaskField, parse: TaskParsers): number | null {
  if (!r.has(field)) {
    r.text(field); // reports an error value, if any
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
  const parsed = parse.duration(text);
  if (!parsed.ok) {
    r.report('error', field, `'${text}' ${parsed.reason}. ${DURATION_HELP}`);
    return null;
  }
  return parsed.days;
}

function readOutlineLevel(r: Reader, task: Task): void {
  const level = r.number('outlineLevel', 'an outline level: 1 for top-level tasks, 2 for their subtasks', { min: 1, max: 100 });
  if (level !== null) task.outlineLevel = Math.round(level);
}

function readConstraint(r: Reader, task: Task): void {
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

function readAssignments(r: Reader, task: Task, parse: TaskParsers): void {
  const text = r.text('resourceNames');
  if (text === '') return;
  const entries = parse.assignments(text);
  for (const a of entries) {
    if (a.badUnits !== null) r.report('error', 'resourceNames', `'${a.resourceName}[${a.badUnits}]' has units Cellpath cannot read. Write units like Bob[50%] or Crane[2].`);
    if (a.resource === null) {
      r.report('warning', 'resourceNames', `'${a.resourceName}' is not in the Resources table, so its work has no rate or capacity. Add it to Resources or fix the spelling.`);
    }
  }
  // Each task gets its own assignment objects: the remembered entries are shared.
  task.assignments = longLivedCopy(entries, ownAssignment);
}

function ownAssignment(a: ResolvedAssignment): Assignment {
  return { resource: a.resource, resourceName: a.resourceName, units: a.units };
}

function readLevelingDelay(r: Reader, task: Task, parse: TaskParsers): void {
  if (r.has('levelingDelay')) task.levelingDelay = Math.max(0, Math.round(readDays(r, 'levelingDelay', parse) ?? 0));
  else r.text('levelingDelay'); // reports an error value, if any
}

function checkProgress(r: Reader, task: Task): void {
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
