/**
 * Small plans for tests, written compactly and turned into the 2-D tables a face hands over, so
 * every test goes through buildModel like real input does.
 *
 *   plan([[1, '5d'], [2, '3d', '1FS+2'], { id: 3, duration: 0, predecessors: '2', deadline: '2026-03-31' }],
 *        { start: '2026-03-02', holidays: ['2026-03-05'] })
 */
import { buildModel } from '../../src/model/buildModel';
import type { CellValue, Model, TableInput, WorkbookInput } from '../../src/model/types';

export interface TaskRow {
  id: string | number;
  name?: string;
  duration?: string | number | null;
  predecessors?: string;
  level?: number;
  wbs?: string;
  /** A fixed Start (acts as SNET). */
  start?: string;
  constraint?: string;
  constraintDate?: string;
  deadline?: string;
  complete?: string | number;
  actualStart?: string;
  actualFinish?: string;
  delay?: string | number;
}

/** `[id, duration, predecessors?]` or a full row. */
export type PlanRow = TaskRow | [string | number, string | number | null, string?];

export interface PlanOptions {
  /** Project Start; default 2026-03-02, a Monday. */
  start?: string | null;
  statusDate?: string;
  workWeek?: string;
  criticalFloat?: number;
  /** Dates or inclusive [from, to] ranges. */
  holidays?: (string | [string, string])[];
}

const COLUMNS: [keyof TaskRow, string][] = [
  ['id', 'ID'], ['name', 'Name'], ['duration', 'Duration'], ['predecessors', 'Predecessors'],
  ['level', 'Outline Level'], ['wbs', 'WBS'], ['start', 'Start'], ['constraint', 'Constraint Type'],
  ['constraintDate', 'Constraint Date'], ['deadline', 'Deadline'], ['complete', '% Complete'],
  ['actualStart', 'Actual Start'], ['actualFinish', 'Actual Finish'], ['delay', 'Leveling Delay'],
];

export function taskRow(row: PlanRow): TaskRow {
  if (!Array.isArray(row)) return row;
  const [id, duration, predecessors] = row;
  return { id, duration, predecessors };
}

export function tasksTable(rows: readonly PlanRow[]): TableInput {
  const full = rows.map(taskRow).map((r) => ({ name: `Task ${r.id}`, ...r }));
  const used = COLUMNS.filter(([key]) => key === 'id' || key === 'name' || key === 'duration' || full.some((r) => r[key] !== undefined));
  return {
    values: [
      used.map(([, header]) => header),
      ...full.map((r) => used.map(([key]) => (r[key] ?? null) as CellValue)),
    ],
  };
}

export function workbook(rows: readonly PlanRow[], options: PlanOptions = {}): WorkbookInput {
  const settings: CellValue[][] = [['Setting', 'Value']];
  const start = options.start === undefined ? '2026-03-02' : options.start;
  if (start !== null) settings.push(['Project Start', start]);
  if (options.statusDate) settings.push(['Status Date', options.statusDate]);
  if (options.workWeek) settings.push(['Work Week', options.workWeek]);
  if (options.criticalFloat !== undefined) settings.push(['Critical Float', options.criticalFloat]);
  const input: WorkbookInput = { tasks: tasksTable(rows), settings: { values: settings } };
  if (options.holidays) {
    input.holidays = {
      values: [['Date', 'End Date'], ...options.holidays.map((h) => (Array.isArray(h) ? [h[0], h[1]] : [h, null]))],
    };
  }
  return input;
}

export function plan(rows: readonly PlanRow[], options: PlanOptions = {}): Model {
  return buildModel(workbook(rows, options));
}
