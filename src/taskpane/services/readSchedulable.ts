/**
 * The first step of every action that computes: read the mapped tables and build the model,
 * refusing a plan without a Tasks table or with errors (its dates could not be trusted).
 */
import { readWorkbook, type WorkbookRead } from '../../excel/readWorkbook';
import { buildModel, isSchedulable } from '../../model/buildModel';
import type { Model } from '../../model/types';
import { CellpathError } from './errors';
import { excelRun } from './office/officeHost';
import type { PaneOptions } from './types';
import { plural } from './words';

/** `purpose` completes "There is no Tasks table to …" and "…, then …" ("level", "report on"). */
export async function readSchedulable(options: PaneOptions, purpose: { noTasks: string; then: string }): Promise<{ read: WorkbookRead; model: Model }> {
  const read = await excelRun((context) => readWorkbook(context, { mapping: options.mapping }));
  if (!read.locations.Tasks) throw new CellpathError(`There is no Tasks table to ${purpose.noTasks}.`);
  const model = buildModel(read.input);
  if (!isSchedulable(model)) {
    const errors = model.issues.filter((i) => i.severity === 'error').length;
    throw new CellpathError(`The plan has ${plural(errors, 'error')}; mend them first (see Problems), then ${purpose.then}.`);
  }
  return { read, model };
}
