/**
 * `cellpath report <in.xlsx> [--status-date YYYY-MM-DD] -o <out.xlsx>`: a copy of the workbook with
 * the status report sheets added (contract §6). The input file is never written.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import type { WorkbookInput } from '../../model/types';
import type { CommandArgs } from '../args';
import type { CliContext } from '../context';
import { UsageError } from '../errors';
import { issueCount } from '../format/issues';
import { hasErrors, loadPlan, mergeIssues } from '../loadPlan';
import { computableModel, printIssuesBelow } from './planErrors';
import { requiredStatusDate } from './statusDate';

export async function reportCommand(args: CommandArgs, ctx: CliContext): Promise<number> {
  const output = args.output ?? '';
  if (!/\.xlsx$/i.test(output)) throw new UsageError(`the report goes into an .xlsx file; '${output}' is not one.`);
  if (await sameFile(args.file, output)) throw new UsageError('the report must not overwrite the input workbook. Give another -o file.');
  const schedule = ctx.engine('schedule');
  const earnedValue = ctx.engine('earnedValue');
  const loading = ctx.engine('loading');
  const buildReport = ctx.engine('buildReport');
  const writeReportWorkbook = ctx.engine('writeReportWorkbook');

  const plan = await loadPlan(args.file, ctx);
  const model = computableModel(plan, args, ctx);
  if (!model) return 1;
  // The report's earned value needs a status date.
  const statusDate = requiredStatusDate(args, model);
  const scheduled = schedule(model, { statusDate });
  const earned = earnedValue(model, scheduled, statusDate);
  const loaded = loading(model, scheduled, 'week');
  // The input tables let the report's cost figures be formulas over them (contract §6).
  const description = buildReport(model, { schedule: scheduled, earnedValue: earned, loading: loaded }, { input: plan.tables as WorkbookInput });
  // The workbook already read: one read of the input, and the copy matches the tables used.
  const written = await writeReportWorkbook(plan.workbook, description);
  await fs.mkdir(path.dirname(path.resolve(output)), { recursive: true });
  await fs.writeFile(output, written.buffer);

  const issues = mergeIssues(plan.issues, scheduled.issues, earned.issues, loaded.issues);
  ctx.out(`Report written to ${output}: sheets ${written.sheets.join(', ')} added (${issueCount(issues)}).`);
  for (const note of [...(description.notes ?? []), ...written.notes]) ctx.out(`Note: ${note}`);
  printIssuesBelow(issues, ctx, plan);
  return hasErrors(issues) ? 1 : 0;
}

async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return sa.ino === sb.ino && sa.dev === sb.dev;
  } catch {
    return false;
  }
}
