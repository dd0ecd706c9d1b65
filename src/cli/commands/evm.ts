/** `cellpath evm <in.xlsx> --status-date YYYY-MM-DD [--json]`: earned value at the status date. */
import type { CommandArgs } from '../args';
import type { CliContext } from '../context';
import { UsageError } from '../errors';
import { evmJson } from '../format/evmJson';
import { evmLines } from '../format/evmText';
import { toJson } from '../format/values';
import { hasErrors, loadPlan, mergeIssues } from '../loadPlan';
import { printIssuesBelow, stopOnPlanErrors } from './planErrors';

export async function evmCommand(args: CommandArgs, ctx: CliContext): Promise<number> {
  const schedule = ctx.engine('schedule');
  const earnedValue = ctx.engine('earnedValue');
  const plan = await loadPlan(args.file, ctx);
  const stopped = stopOnPlanErrors(plan, args, ctx);
  if (stopped !== null || !plan.model) return 1;
  // --status-date wins; the workbook's Status Date setting stands in when it is not given.
  const statusDate = args.statusDate ?? plan.model.settings.statusDate;
  if (statusDate === null) {
    throw new UsageError('needs a status date: pass --status-date YYYY-MM-DD or add a Status Date setting to the Settings table.');
  }
  const scheduled = schedule(plan.model, { statusDate });
  const result = earnedValue(plan.model, scheduled, statusDate);
  const issues = mergeIssues(plan.issues, scheduled.issues, result.issues);
  if (args.json) ctx.out(toJson(evmJson(plan.model, result, issues)));
  else {
    for (const line of evmLines(result)) ctx.out(line);
    printIssuesBelow(issues, ctx, plan);
  }
  return hasErrors(issues) ? 1 : 0;
}
