/**
 * The validated project model: what every engine function reads.
 * Dates are Excel serial day numbers (1900 date system); durations and lags are whole working days.
 * Nothing here imports Office, React, Node or ExcelJS.
 */

import type { TaskNetwork } from './taskNetwork';

/** An Excel serial day number (1 = 1900-01-01, 60 = the fictitious 1900-02-29). */
export type Serial = number;

/** What a cell can hold when a face hands us a table. Errors arrive as `{ error: '#N/A' }`. */
export type CellValue = string | number | boolean | Date | null | undefined | { error: string };

/** A table as Excel hands it over: a header row, then data rows. */
export interface TableInput {
  values: CellValue[][];
  /** The sheet that holds it, for cell addresses in messages. */
  sheet?: string;
  /** A1 address of the header's top-left cell; default `A1`. */
  origin?: string;
}

export type TableName = 'Tasks' | 'Resources' | 'Holidays' | 'Actuals' | 'Settings';

export interface WorkbookInput {
  tasks: TableInput;
  resources?: TableInput;
  holidays?: TableInput;
  actuals?: TableInput;
  settings?: TableInput;
}

export type Severity = 'error' | 'warning';

/** One problem of the plan, placed at the cell that holds it (contract §4). */
export interface Issue {
  severity: Severity;
  table: TableName | string;
  /** 1-based row of the table's sheet (the header row counts); null when not about a row. */
  row: number | null;
  /** The header text of the column, as the user typed it; null when not about a column. */
  column: string | null;
  /** A1 address in the input sheet, e.g. `D7`; null when not about a cell. */
  cell: string | null;
  /** What is wrong and how to mend it. */
  message: string;
}

export type LinkType = 'FS' | 'SS' | 'FF' | 'SF';

/** A dependency, resolved to task indexes, with its lag in whole working days (negative: a lead). */
export interface Link {
  predecessor: number;
  successor: number;
  type: LinkType;
  lag: number;
  /** Where the link was typed, for messages: the Predecessors cell of the successor. */
  cell: string | null;
}

export type ConstraintType = 'ASAP' | 'ALAP' | 'SNET' | 'SNLT' | 'FNET' | 'FNLT' | 'MSO' | 'MFO';

export type ResourceType = 'Work' | 'Material' | 'Cost';

export interface Assignment {
  /** Index into `Model.resources`; null when the name is not in the Resources table. */
  resource: number | null;
  resourceName: string;
  /** 1 = 100%; `Crane[2]` gives 2. */
  units: number;
}

export interface Task {
  /** Position in `Model.tasks` (input order). */
  index: number;
  /** The ID as typed, normalised to text (`7`, `A.1`). */
  id: string;
  name: string;
  /** 1-based sheet row of the task. */
  row: number;
  /** Whole working days; 0 for a milestone. A summary's own duration is ignored. */
  duration: number;
  /** Duration was typed with `?`. */
  estimated: boolean;
  outlineLevel: number;
  wbs: string | null;
  /** Index of the summary task above it, or null. */
  parent: number | null;
  children: number[];
  summary: boolean;
  /** Links into this task (after summary links are expanded to children: see `summaryLinks`). */
  predecessors: Link[];
  /** A manually fixed start (Start column): acts as Start No Earlier Than. */
  fixedStart: Serial | null;
  constraintType: ConstraintType;
  constraintDate: Serial | null;
  deadline: Serial | null;
  /** 0..1 */
  percentComplete: number;
  actualStart: Serial | null;
  actualFinish: Serial | null;
  baselineStart: Serial | null;
  baselineFinish: Serial | null;
  /** `Baseline Cost` or `Budget`, as typed. */
  baselineCost: number | null;
  fixedCost: number;
  actualCost: number | null;
  assignments: Assignment[];
  /** 0..1000, Microsoft Project's default 500. */
  priority: number;
  optimisticDuration: number | null;
  mostLikelyDuration: number | null;
  pessimisticDuration: number | null;
  /** Working days the leveler delayed this task (the `Leveling Delay` column); 0 when absent. */
  levelingDelay: number;
  /** A1 address of each recognised column's cell in this row, keyed by canonical field name. */
  cells: Partial<Record<TaskField, string>>;
}

export type TaskField =
  | 'id' | 'name' | 'duration' | 'predecessors' | 'outlineLevel' | 'wbs' | 'start'
  | 'constraintType' | 'constraintDate' | 'deadline' | 'percentComplete' | 'actualStart'
  | 'actualFinish' | 'baselineStart' | 'baselineFinish' | 'baselineCost' | 'fixedCost'
  | 'actualCost' | 'resourceNames' | 'priority' | 'optimisticDuration' | 'mostLikelyDuration'
  | 'pessimisticDuration' | 'levelingDelay';

export interface Resource {
  index: number;
  name: string;
  row: number;
  /** 1 = 100%; a count (`4`) gives 4. */
  maxUnits: number;
  /** Cost per hour. */
  stdRate: number;
  costPerUse: number;
  type: ResourceType;
}

export interface Holiday {
  start: Serial;
  /** Inclusive. */
  end: Serial;
  name: string;
  /** Resource name, or null for a project-wide holiday. */
  resource: string | null;
  row: number;
}

export interface Actual {
  date: Serial | null;
  taskId: string;
  /** Index into `Model.tasks`, or null when the task is unknown (a warning is issued). */
  task: number | null;
  amount: number;
  category: string;
  resource: string;
  note: string;
  row: number;
  /** A1 address of the Amount cell. */
  cell: string | null;
}

export interface Settings {
  projectName: string;
  /** Given, or the earliest fixed start / constraint date; null only when neither exists (an error). */
  projectStart: Serial | null;
  statusDate: Serial | null;
  hoursPerDay: number;
  daysPerWeek: number;
  daysPerMonth: number;
  /** Working days by weekday, index 0 = Sunday … 6 = Saturday. */
  workWeek: boolean[];
  currency: string;
  criticalFloat: number;
}

/** Where each input table sits, so faces can point at cells. */
export interface TableLocation {
  sheet: string;
  /** A1 address of the header's top-left cell. */
  origin: string;
  /** Header texts as typed. */
  headers: string[];
}

export interface Model {
  tasks: Task[];
  resources: Resource[];
  holidays: Holiday[];
  actuals: Actual[];
  settings: Settings;
  /** Task index by ID. */
  taskById: Map<string, number>;
  /** Resource index by lower-cased name. */
  resourceByName: Map<string, number>;
  tables: Partial<Record<TableName, TableLocation>>;
  /** Every problem found while reading; errors mean the schedule cannot be trusted. */
  issues: Issue[];
  /** The tasks' durations and links as typed arrays (taskNetwork.ts); buildModel makes it. */
  network?: TaskNetwork;
}
