/** Read a workbook and build the model: the first step of every command. */
import type { Workbook } from 'exceljs';
import type { Issue, Model, WorkbookInput } from '../model/types';
import type { CliContext } from './context';
import { readWorkbookTables, TABLE_KEYS, type FoundTables } from './readWorkbook';

export interface Plan {
  /** The workbook as read, in memory: `report` writes a copy of it with its sheets added. */
  workbook: Workbook;
  tables: FoundTables;
  /** Null when the workbook has no Tasks table. */
  model: Model | null;
  issues: Issue[];
}

export async function loadPlan(file: string, ctx: CliContext): Promise<Plan> {
  // Look the model up before reading, so a missing part is said before a slow read.
  const buildModel = ctx.engine('buildModel');
  const { workbook, tables } = await readWorkbookTables(file);
  if (!tables.tasks) {
    const issue: Issue = {
      severity: 'error', table: 'Tasks', row: null, column: null, cell: null,
      message: 'The workbook has no Tasks table. Format the task list as an Excel table named Tasks, or name its sheet Tasks with the column headers in the first row.',
    };
    return { workbook, tables, model: null, issues: [issue] };
  }
  const model = buildModel(tables as WorkbookInput);
  return { workbook, tables, model, issues: model.issues };
}

export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}

/** Model issues followed by an engine's, without repeating one the engine passed on. */
export function mergeIssues(...lists: readonly (readonly Issue[] | undefined)[]): Issue[] {
  const seen = new Set<string>();
  const merged: Issue[] = [];
  for (const list of lists) {
    for (const issue of list ?? []) {
      const key = JSON.stringify([issue.severity, issue.table, issue.row, issue.column, issue.cell, issue.message]);
      if (seen.has(key)) continue;
      seen.add(key);
      merged.push(issue);
    }
  }
  return merged;
}

/** The sheet each table was found on, by table name. */
export function sheetsOf(plan: Plan): Record<string, string | undefined> {
  const sheets: Record<string, string | undefined> = {};
  for (const [key, name] of Object.entries(TABLE_KEYS)) sheets[name] = plan.tables[key as keyof FoundTables]?.sheet;
  return sheets;
}
