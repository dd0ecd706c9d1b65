/**
 * The CellpathService for Excel (and for the in-memory host of the end-to-end run): Office.js
 * through src/excel, engines through computePlan. Each action reads the workbook afresh, computes,
 * and writes only at the end, so a failure or a cancel leaves the workbook as it was.
 */
import { selectCell } from '../../excel/selectCell';
import { readOptions, writeOptions } from './documentSettings';
import { drivingChain } from './drivingChain';
import { CellpathError, throwIfAborted } from './errors';
import { activeCellPlace } from './office/activeCell';
import { documentSettings, excelRun } from './office/officeHost';
import { projectOptionsFromTable, readSettingsTable, writeProjectOptions } from './office/settingsTable';
import { watchTable } from './office/watchTasks';
import { planStatus } from './planStatus';
import type { ActionControl, CellpathService, DrivingChain, PaneOptions, PlanStatus, Problem } from './types';
import { readAndCompute, type Reading } from './workbookSession';
import { clearLeveling, createStarterTables, insertScheduleFormulas, level } from './tableActions';
import { createReport } from './reportAction';

export function createExcelService(): CellpathService {
  let last: Reading | null = null;

  const reading = async (options: PaneOptions): Promise<Reading> => {
    last = await readAndCompute(options);
    return last;
  };
  // "Why", the active cell and the watch follow the last check; a fresh pane reads first.
  const lastReading = (options: PaneOptions): Promise<Reading> => (last ? Promise.resolve(last) : reading(options));

  const statusOf = (r: Reading): PlanStatus => planStatus({ plan: r.plan, tables: r.tables, candidates: r.candidates });

  return {
    async check(options: PaneOptions, control?: ActionControl): Promise<PlanStatus> {
      throwIfAborted(control?.signal);
      return statusOf(await reading(options));
    },

    async selectProblem(problem: Problem): Promise<void> {
      if (!problem.cell || !problem.sheet) throw new CellpathError('This problem is not about a single cell.');
      const selected = await excelRun((context) => selectCell(context, problem.sheet as string, problem.cell as string));
      if (!selected) throw new CellpathError(`${problem.sheet}!${problem.cell} is no longer there: the sheet may have been renamed or deleted. Check again.`);
    },

    createStarterTables: (control) => createStarterTables(control),
    insertScheduleFormulas: (options, control) => insertScheduleFormulas(options, control),
    level: (options, control) => level(options, control),
    clearLeveling: (options, control) => clearLeveling(options, control),
    createReport: (options, control) => createReport(options, control),

    async explain(options: PaneOptions, taskId: string): Promise<DrivingChain> {
      const r = await lastReading(options);
      if (!r.plan?.schedule) throw new CellpathError('The plan has errors, so it has no dates to explain yet. Mend the problems first.');
      const index = r.plan.model.taskById.get(taskId);
      if (index === undefined) throw new CellpathError(`There is no task ${taskId} any more. Check again.`);
      return { taskId, steps: drivingChain(r.plan.model, r.plan.schedule, index) };
    },

    async selectedTaskId(options: PaneOptions): Promise<string | null> {
      const r = await lastReading(options);
      const where = r.read.locations.Tasks;
      if (!where || !r.plan) return null;
      const place = await activeCellPlace();
      if (!place || place.sheet.toLowerCase() !== where.sheet.toLowerCase()) return null;
      return r.plan.model.tasks.find((t) => t.row === place.row)?.id ?? null;
    },

    async loadOptions(): Promise<PaneOptions> {
      const stored = readOptions(documentSettings());
      // The Settings table wins over what the pane remembered: the user may have typed there.
      try {
        const values = await excelRun((context) => readSettingsTable(context, stored.mapping.Settings ?? 'Settings'));
        return { ...stored, project: { ...stored.project, ...projectOptionsFromTable(values) } };
      } catch {
        return stored;
      }
    },

    async saveOptions(options: PaneOptions, control?: ActionControl): Promise<void> {
      throwIfAborted(control?.signal);
      control?.onProgress?.({ step: 'Writing the Settings table', fraction: 0.3 });
      await excelRun(async (context) => {
        await writeProjectOptions(context, options.mapping.Settings ?? 'Settings', options.project);
        throwIfAborted(control?.signal);
        await context.sync();
      });
      control?.onProgress?.({ step: 'Remembering the options', fraction: 0.8 });
      await writeOptions(documentSettings(), options);
    },

    async watchTasks(options: PaneOptions, onChange: () => void): Promise<() => void> {
      const where = (await lastReading(options)).read.locations.Tasks;
      if (!where) return () => undefined;
      return watchTable({ table: where.kind === 'table' ? where.name : null, sheet: where.sheet }, onChange);
    },
  };
}
