/**
 * The engine functions the commands call, loaded only when a command needs them, so a part that
 * is not written yet breaks only its own command ("not available yet") and `--help` stays fast.
 * Tests hand in their own functions instead.
 */
import type { Workbook } from 'exceljs';
import type { Model, Serial, WorkbookInput } from '../model/types';
import type { EarnedValueResult, LevelResult, LoadingResult, Period, ScheduleOptions, ScheduleResult } from '../engine/types';
import type { ReportOptions, ReportResults } from '../report/buildReport';
import type { ReportDescription } from '../report/description';
import { NotAvailable } from './errors';
import type { WrittenReport } from './writeWorkbook';

export interface Engines {
  buildModel(input: WorkbookInput): Model;
  schedule(model: Model, options?: ScheduleOptions): ScheduleResult;
  earnedValue(model: Model, schedule: ScheduleResult, statusDate: Serial): EarnedValueResult;
  loading(model: Model, schedule: ScheduleResult, period: Period): LoadingResult;
  level(model: Model): LevelResult;
  /** Report sheets as data (src/report/buildReport.ts). */
  buildReport(model: Model, results: ReportResults, options?: ReportOptions): ReportDescription;
  /**
   * The input workbook (as read, in memory; the file is never written) plus the report's sheets,
   * as the bytes of a new workbook (src/cli/writeWorkbook.ts).
   */
  writeReportWorkbook(input: Workbook, report: ReportDescription): Promise<WrittenReport & { buffer: Buffer }>;
}

export type EngineName = keyof Engines;

/** Where each function lives, relative to this file, and its export name. */
const MODULES: Record<EngineName, string> = {
  buildModel: '../model/buildModel',
  schedule: '../engine/schedule',
  earnedValue: '../engine/earnedValue',
  loading: '../engine/loading',
  level: '../engine/leveling/level',
  buildReport: '../report/buildReport',
  writeReportWorkbook: './writeWorkbook',
};

/** Loads an export of a module, relative to src/cli; NotAvailable when the module or the export is missing. */
export function loadExport<T>(modulePath: string, exportName: string, part: string): T {
  let mod: Record<string, unknown>;
  try {
    // A plain require, not import(): it resolves .ts files under tsx and ts-jest alike, and only
    // when asked. Paths are relative to this folder (src/cli).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    mod = require(modulePath);
  } catch (error) {
    if ((error as { code?: string }).code === 'MODULE_NOT_FOUND') throw new NotAvailable(part, (error as Error).message);
    throw error;
  }
  const found = mod[exportName];
  if (typeof found !== 'function') throw new NotAvailable(part, `${modulePath} has no function ${exportName}`);
  return found as T;
}

/** The engine function, from `overrides` when given (tests), else from its module. */
export function engine<K extends EngineName>(name: K, overrides?: Partial<Engines>): Engines[K] {
  const given = overrides?.[name];
  if (given) return given as Engines[K];
  return loadExport<Engines[K]>(MODULES[name], name, name);
}
