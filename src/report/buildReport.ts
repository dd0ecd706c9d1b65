/**
 * The report entry point: the engines' results and the model → a description of the status,
 * Gantt and loading sheets, which src/excel (Office.js) or src/cli (ExcelJS) then writes.
 */
import type { Model } from '../model/types';
import { makeContext, type ReportOptions, type ReportResults } from './context';
import type { ReportDescription, SheetDescription } from './description';
import { ganttSheet } from './ganttSheet';
import { loadingSheet } from './loadingSheet';
import { statusSheet } from './statusSheet';
import { STYLES } from './styles';

export type { ReportOptions, ReportResults } from './context';

export function buildReport(model: Model, results: ReportResults, options: ReportOptions = {}): ReportDescription {
  const ctx = makeContext(model, results, options);
  const wanted = options.sheets ?? ['status', 'gantt', 'loading'];
  const sheets: SheetDescription[] = [];
  if (wanted.includes('status')) sheets.push(statusSheet(ctx, options.names?.status));
  if (wanted.includes('gantt')) sheets.push(ganttSheet(ctx, options.names?.gantt));
  if (wanted.includes('loading')) sheets.push(loadingSheet(ctx, options.names?.loading));
  return { sheets, styles: STYLES, madeAt: ctx.madeAt, notes: ctx.notes };
}
