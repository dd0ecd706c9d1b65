/**
 * "Create report sheets": read, compute for the status date, describe the sheets
 * (src/report) and write them as new sheets (src/excel). Cancel works until the last write;
 * a failed or cancelled write deletes the sheets it made.
 */
import { writeDescription } from '../../excel/writeDescription';
import { isoFromSerial, serialFromISO, serialFromParts } from '../../model/dates';
import type { Serial } from '../../model/types';
import { earnedValue } from '../../engine/earnedValue';
import { loading } from '../../engine/loading';
import { schedule } from '../../engine/schedule';
import { buildReport } from '../../report/buildReport';
import { readOptions, writeOptions } from './documentSettings';
import { CellpathError, throwIfAborted } from './errors';
import { documentSettings, excelRun } from './office/officeHost';
import { pause } from './pause';
import { readSchedulable } from './readSchedulable';
import type { ActionControl, ActionResult, PaneOptions, ReportOptions } from './types';
import { plural } from './words';

type SheetKind = 'status' | 'gantt' | 'loading';

function today(): Serial {
  const now = new Date();
  return serialFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

function wantedSheets(report: ReportOptions): SheetKind[] {
  return (['status', 'gantt', 'loading'] as const).filter((k) => report.sheets[k]);
}

export async function createReport(options: PaneOptions, control: ActionControl = {}): Promise<ActionResult> {
  const progress = control.onProgress ?? (() => undefined);
  const sheets = wantedSheets(options.report);
  if (sheets.length === 0) throw new CellpathError('Choose at least one sheet to create.');
  let chosenDate: Serial | null = null;
  if (options.report.statusDate) {
    chosenDate = serialFromISO(options.report.statusDate);
    if (chosenDate === null) throw new CellpathError(`The status date ${options.report.statusDate} is not a date. Use a date such as 2026-03-31.`);
  }

  progress({ step: 'Reading the workbook', fraction: 0.05 });
  const { read, model } = await readSchedulable(options, { noTasks: 'report on', then: 'create the report' });
  const statusDate = chosenDate ?? model.settings.statusDate ?? today();
  await pause();
  throwIfAborted(control.signal);

  progress({ step: `Scheduling and measuring earned value on ${isoFromSerial(statusDate)}`, fraction: 0.15 });
  await pause();
  const timing = schedule(model, { statusDate });
  const description = buildReport(
    model,
    { schedule: timing, earnedValue: earnedValue(model, timing, statusDate), loading: loading(model, timing, options.report.period) },
    { input: read.input, sheets },
  );
  await pause();
  throwIfAborted(control.signal);

  progress({ step: `Writing ${plural(description.sheets.length, 'sheet')}`, fraction: 0.3 });
  const written = await excelRun((context) =>
    writeDescription(context, description, {
      signal: control.signal,
      onProgress: (f) => progress({ step: `Writing ${plural(description.sheets.length, 'sheet')}`, fraction: 0.3 + 0.7 * f }),
    }),
  );

  // Remember the choices for next time; the report stands even if this fails.
  await writeOptions(documentSettings(), { ...readOptions(documentSettings()), report: options.report }).catch(() => undefined);
  const notes = written.notes.length ? ` ${written.notes.join(' ')}` : '';
  return { message: `Report for the status date ${isoFromSerial(statusDate)} created.${notes}`, sheets: written.sheets };
}
