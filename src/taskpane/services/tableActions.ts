/**
 * The actions that change the input tables: starter tables, the schedule formula, the Leveling
 * Delay column. Each writes in one final step that src/excel undoes if Excel refuses it, and
 * checks for Cancel just before that step: up to there nothing has been written. Each writes into
 * (or beside) the tables the options' mapping names, the ones the pane checked.
 */
import { clearLeveling as removeLevelingColumn, writeLevelingDelay } from '../../excel/levelingColumn';
import { insertScheduleFormula } from '../../excel/scheduleFormulas';
import { createStarterTables as addStarterTables } from '../../excel/starterTables';
import { isoFromSerial } from '../../model/dates';
import { level as levelResources } from '../../engine/leveling/level';
import { CellpathError, throwIfAborted } from './errors';
import { excelRun } from './office/officeHost';
import { pause } from './pause';
import { readSchedulable } from './readSchedulable';
import type { ActionControl, ActionResult, PaneOptions } from './types';
import { plural } from './words';

export async function createStarterTables(control: ActionControl = {}): Promise<ActionResult> {
  control.onProgress?.({ step: 'Adding the tables', fraction: 0.3 });
  throwIfAborted(control.signal);
  const result = await excelRun((context) => addStarterTables(context));
  const skipped = result.skipped.map((s) => s.reason).join(' ');
  if (result.created.length === 0) throw new CellpathError(`There was nothing to create. ${skipped}`.trim());
  return {
    message: `Created the ${result.created.join(', ')} table${result.created.length > 1 ? 's' : ''} with a few example rows.${skipped ? ` ${skipped}` : ''}`,
    sheets: result.created,
  };
}

export async function insertScheduleFormulas(options: PaneOptions, control: ActionControl = {}): Promise<ActionResult> {
  control.onProgress?.({ step: 'Looking beside the Tasks table', fraction: 0.3 });
  throwIfAborted(control.signal);
  const result = await excelRun((context) => insertScheduleFormula(context, options.mapping));
  if (!result.ok) throw new CellpathError(result.message);
  return { message: result.message };
}

export async function level(options: PaneOptions, control: ActionControl = {}): Promise<ActionResult> {
  const progress = control.onProgress ?? (() => undefined);
  progress({ step: 'Reading the workbook', fraction: 0.1 });
  const { model } = await readSchedulable(options, { noTasks: 'level', then: 'level' });
  await pause();
  throwIfAborted(control.signal);
  progress({ step: `Leveling ${plural(model.tasks.length, 'task')} over ${plural(model.resources.length, 'resource')}`, fraction: 0.3 });
  await pause();
  const result = levelResources(model);
  await pause();
  throwIfAborted(control.signal);

  progress({ step: 'Writing the Leveling Delay column', fraction: 0.8 });
  const delays = new Map(model.tasks.map((t) => [t.id, result.delays[t.index] ?? 0]));
  const written = await excelRun((context) => writeLevelingDelay(context, delays, options.mapping));
  if (!written.ok) throw new CellpathError(written.message);

  const delayed = result.delays.filter((d) => d > 0).length;
  const finish = isoFromSerial(result.schedule.project.finish);
  const unsolved = result.issues.length ? ` ${plural(result.issues.length, 'warning')}: ${result.issues[0].message}` : '';
  return { message: `${written.message} ${plural(delayed, 'task')} delayed; the project now finishes on ${finish}.${unsolved}` };
}

export async function clearLeveling(options: PaneOptions, control: ActionControl = {}): Promise<ActionResult> {
  control.onProgress?.({ step: 'Removing the Leveling Delay column', fraction: 0.3 });
  throwIfAborted(control.signal);
  const result = await excelRun((context) => removeLevelingColumn(context, options.mapping));
  if (!result.ok) throw new CellpathError(result.message);
  return { message: result.message };
}
