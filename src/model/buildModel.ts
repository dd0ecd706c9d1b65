/**
 * Tables → validated project model (contract §1). Never throws on user data and never stops at
 * the first problem: every problem becomes an Issue at its cell.
 */
import { readActuals } from './actuals';
import { buildHierarchy } from './hierarchy';
import { projectCalendarOf, readHolidays } from './holidays';
import { buildLinks, findCycles, reportCycles } from './network';
import { readResources } from './resources';
import { readSettings } from './settings';
import { networkOf } from './taskNetwork';
import { TABLE_NAMES } from './tableNames';
import { readDurations, readTasks } from './tasks';
import type { Issue, Model, Settings, TableName, TableLocation, Task, WorkbookInput } from './types';

export function buildModel(input: WorkbookInput): Model {
  const issues: Issue[] = [];
  const tables: Partial<Record<TableName, TableLocation>> = {};

  const { settings, location: settingsAt } = readSettings(input.settings, issues);
  if (settingsAt) tables.Settings = settingsAt;

  const { resources, location: resourcesAt } = readResources(input.resources, settings, issues);
  if (resourcesAt) tables.Resources = resourcesAt;
  const resourceByName = new Map(resources.map((r) => [r.name.toLowerCase(), r.index]));

  const { rows, table, location: tasksAt, taskById, parse } = readTasks(input.tasks ?? { values: [] }, settings, resourceByName, issues);
  tables.Tasks = tasksAt;
  const tasks = rows.map((r) => r.task);
  buildHierarchy(tasks, table.columns.outlineLevel !== undefined, table.columns.wbs !== undefined, issues);
  readDurations(rows, table, parse, issues);
  buildLinks(rows, taskById, settings, issues);
  // The links as typed arrays, for every schedule of the model (and for finding loops now).
  const network = networkOf(tasks);
  reportCycles(tasks, findCycles(network), issues);
  if (tasks.length === 0 && table.columns.id !== undefined) {
    issues.push({ severity: 'warning', table: 'Tasks', row: null, column: null, cell: null, message: 'The Tasks table has no tasks yet. Add a row per task.' });
  }

  const { holidays, location: holidaysAt } = readHolidays(input.holidays, new Set(resourceByName.keys()), issues);
  if (holidaysAt) tables.Holidays = holidaysAt;

  const { actuals, location: actualsAt } = readActuals(input.actuals, tasks, taskById, issues);
  if (actualsAt) tables.Actuals = actualsAt;

  settings.projectStart = projectStart(settings, tasks, issues);

  const model: Model = { tasks, resources, holidays, actuals, settings, taskById, resourceByName, tables, issues: sortIssues(issues) };
  // Derived from the tasks, not data of its own: left out of copies, JSON and comparisons.
  Object.defineProperty(model, 'network', { value: network, enumerable: false });
  projectCalendarOf(settings.workWeek, holidays); // made now, once, for every engine to share
  return model;
}

/** In the order a user reads the workbook: table by table, row by row. */
function sortIssues(issues: Issue[]): Issue[] {
  const rank = (i: Issue) => {
    const t = TABLE_NAMES.indexOf(i.table as TableName);
    return t < 0 ? TABLE_NAMES.length : t;
  };
  return issues
    .map((issue, k) => ({ issue, k }))
    .sort((a, b) => rank(a.issue) - rank(b.issue) || (a.issue.row ?? 0) - (b.issue.row ?? 0) || a.k - b.k)
    .map((x) => x.issue);
}

/** Project Start, else the earliest fixed start or constraint date; else an error. */
function projectStart(settings: Settings, tasks: readonly Task[], issues: Issue[]): number | null {
  if (settings.projectStart !== null) return settings.projectStart;
  let earliest: number | null = null;
  for (const t of tasks) {
    if (t.fixedStart !== null && (earliest === null || t.fixedStart < earliest)) earliest = t.fixedStart;
    if (t.constraintDate !== null && (earliest === null || t.constraintDate < earliest)) earliest = t.constraintDate;
  }
  if (earliest === null && tasks.length > 0) {
    issues.push({
      severity: 'error', table: 'Settings', row: null, column: 'Value', cell: null,
      message: 'The project has no start date. Add a Project Start setting to the Settings table, or a Start date on the first task.',
    });
  }
  return earliest;
}

/** True when the model has no errors (warnings allowed). */
export function isSchedulable(model: Model): boolean {
  return !model.issues.some((i) => i.severity === 'error');
}
