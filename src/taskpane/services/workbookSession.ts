/**
 * The last reading of the workbook and what the engines made of it, so "why this date?" and the
 * active-cell lookup need no second read. Every action reads afresh: the user may have typed since.
 */
import { readWorkbook, type WorkbookRead } from '../../excel/readWorkbook';
import { computePlan, type ComputedPlan } from './computePlan';
import { excelRun } from './office/officeHost';
import type { FoundTable, PaneOptions } from './types';

export interface Reading {
  read: WorkbookRead;
  plan: ComputedPlan | null;
  tables: FoundTable[];
  candidates: string[];
}

export function foundTables(read: WorkbookRead): FoundTable[] {
  return Object.values(read.locations).map((l) => ({ role: l.role, name: l.name, sheet: l.sheet, rows: l.dataRows }));
}

/** Reads the tables (two syncs) and runs the engines; no plan when there is no Tasks table. */
export async function readAndCompute(options: PaneOptions): Promise<Reading> {
  const read = await excelRun((context) => readWorkbook(context, { mapping: options.mapping }));
  const plan = read.locations.Tasks ? computePlan(read.input) : null;
  const candidates = Array.from(new Set([...read.tableNames, ...read.sheetNames]));
  return { read, plan, tables: foundTables(read), candidates };
}
