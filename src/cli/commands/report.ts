/**
 * `cellpath report <in.xlsx> [--status-date YYYY-MM-DD] -o <out.xlsx>`: a copy of the workbook with
 * the status report sheets added (contract §6). The input file is never written.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import type { CommandArgs } from '../args';
import type { CliContext } from '../context';
import { NotAvailable, UsageError } from '../errors';
import { issueCount } from '../format/issues';
import { hasErrors, loadPlan, mergeIssues } from '../loadPlan';
import { printIssuesBelow, stopOnPlanErrors } from './planErrors';

export async function reportCommand(args: CommandArgs, ctx: CliContext): Promise<number> {
  const output = args.output ?? '';
  if (!/\.xlsx$/i.test(output)) throw new UsageError(`the report goes into an .xlsx file; '${output}' is not one.`);
  if (await sameFile(args.file, output)) throw new UsageError('the report must not overwrite the input workbook. Give another -o file.');
  const schedule = ctx.engine('schedule');
  const buildReport = ctx.engine('buildReport');
  const writeWorkbook = ctx.engine('writeWorkbook');

  const plan = await loadPlan(args.file, ctx);
  const stopped = stopOnPlanErrors(plan, args, ctx);
  if (stopped !== null || !plan.model) return 1;
  const model = plan.model;
  const statusDate = args.statusDate ?? model.settings.statusDate;
  const scheduled = schedule(model, statusDate !== null ? { statusDate } : {});
  // Earned value and loading enrich the report; a report without them is still worth writing.
  const earnedValue = statusDate !== null ? optional(() => ctx.engine('earnedValue')(model, scheduled, statusDate)) : null;
  const loading = optional(() => ctx.engine('loading')(model, scheduled, 'week'));
  const description = buildReport({ model, schedule: scheduled, earnedValue, loading, statusDate });
  await fs.mkdir(path.dirname(path.resolve(output)), { recursive: true });
  await writeWorkbook(args.file, output, description);

  const issues = mergeIssues(plan.issues, scheduled.issues, earnedValue?.issues, loading?.issues);
  ctx.out(`Report written to ${output} (${issueCount(issues)}).`);
  printIssuesBelow(issues, ctx, plan);
  return hasErrors(issues) ? 1 : 0;
}

function optional<T>(compute: () => T): T | null {
  try {
    return compute();
  } catch (error) {
    if (error instanceof NotAvailable) return null;
    throw error;
  }
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
