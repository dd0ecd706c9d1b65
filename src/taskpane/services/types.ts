/**
 * What the task pane asks of the workbook. Screens only call a `CellpathService`; the Excel
 * implementation (excelService.ts) reads tables, runs the engines and writes results, and tests
 * swap in a fake. Dates handed to screens are ISO `YYYY-MM-DD` text, ready to show.
 */
import type { Issue, TableName } from '../../model/types';

export type TableRole = TableName;
export { TABLE_NAMES as TABLE_ROLES } from '../../model/tableNames';

/** Which workbook table (or sheet) plays each role; a missing role uses the table of that name. */
export type TableMapping = Partial<Record<TableRole, string>>;

export interface FoundTable {
  role: TableRole;
  /** The table's name, or the sheet's when the data is a plain sheet with a header row. */
  name: string;
  sheet: string;
  /** Data rows, header excluded. */
  rows: number;
}

/** One problem of the plan, with the sheet that holds its cell so the pane can go there. */
export interface Problem extends Issue {
  /** Stable within one check, for React keys and focus. */
  key: string;
  sheet: string | null;
}

/** A task to choose on the Why screen; its dates come with its driving chain. */
export interface TaskLine {
  id: string;
  name: string;
}

export interface OverAllocation {
  resource: string;
  /** Working days on which the resource is over its capacity. */
  days: number;
}

/** The plan at a glance, as the last check found it. */
export interface PlanStatus {
  tables: FoundTable[];
  /** Every table (and candidate sheet) in the workbook, for the table mapping. */
  candidates: string[];
  projectName: string;
  start: string | null;
  finish: string | null;
  statusDate: string | null;
  currency: string;
  taskCount: number;
  criticalIds: string[];
  /** Null when there is no status date or no budget to measure against. */
  spi: number | null;
  cpi: number | null;
  overAllocations: OverAllocation[];
  /** Some task carries a leveling delay. */
  leveled: boolean;
  problems: Problem[];
  tasks: TaskLine[];
}

/** One link of the "why this date?" chain, from the chosen task back to what pins it. */
export interface ChainStep {
  taskId: string;
  name: string;
  start: string;
  finish: string;
  critical: boolean;
  milestone: boolean;
  /** Why this task starts when it does, in a project manager's words. */
  reason: string;
}

export interface DrivingChain {
  taskId: string;
  steps: ChainStep[];
}

export type WorkWeek = 'Mon-Fri' | 'Mon-Sat' | 'Sun-Thu' | string;

/** The project options the pane edits; saved to the Settings table so every face agrees. */
export interface ProjectOptions {
  workWeek: WorkWeek;
  hoursPerDay: number;
  currency: string;
  criticalFloat: number;
}

export interface ReportOptions {
  /** ISO date, or null for the Settings table's status date (or today). */
  statusDate: string | null;
  sheets: { status: boolean; gantt: boolean; loading: boolean };
  period: 'day' | 'week' | 'month';
}

/** What the pane remembers in the workbook (Office document settings). */
export interface PaneOptions {
  mapping: TableMapping;
  project: ProjectOptions;
  report: ReportOptions;
}

export interface Progress {
  /** What is happening now, in words. */
  step: string;
  /** 0..1, or null when unknown. */
  fraction: number | null;
}

export interface ActionControl {
  onProgress?: (progress: Progress) => void;
  /** Cancels the action; the service then throws an AbortError and leaves the workbook as it was. */
  signal?: AbortSignal;
}

/** What a finished action tells the user. */
export interface ActionResult {
  message: string;
  /** Sheets the action added, to mention them. */
  sheets?: string[];
}

export interface CellpathService {
  /** Read the tables, validate and compute the plan's state. */
  check(options: PaneOptions, control?: ActionControl): Promise<PlanStatus>;
  /** Select a problem's cell in the workbook. */
  selectProblem(problem: Problem): Promise<void>;
  createStarterTables(control?: ActionControl): Promise<ActionResult>;
  insertScheduleFormulas(options: PaneOptions, control?: ActionControl): Promise<ActionResult>;
  level(options: PaneOptions, control?: ActionControl): Promise<ActionResult>;
  clearLeveling(options: PaneOptions, control?: ActionControl): Promise<ActionResult>;
  createReport(options: PaneOptions, control?: ActionControl): Promise<ActionResult>;
  /** The driving chain of one task. */
  explain(options: PaneOptions, taskId: string): Promise<DrivingChain>;
  /** The task whose row holds the active cell, if any. */
  selectedTaskId(options: PaneOptions): Promise<string | null>;
  loadOptions(): Promise<PaneOptions>;
  /** Remember the options and write the project options into the Settings table. */
  saveOptions(options: PaneOptions, control?: ActionControl): Promise<void>;
  /** Call `onChange` when the Tasks table changes; returns the unsubscribe. */
  watchTasks(options: PaneOptions, onChange: () => void): Promise<() => void>;
}
