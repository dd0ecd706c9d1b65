/** `cellpath evm <in.xlsx> --status-date YYYY-MM-DD [--json]`: earned value at the status date. */
import type { CommandArgs } from '../args';
import type { CliContext } from '../context';
import { evmJson } from '../format/evmJson';
import { evmLines } from '../format/evmText';
import { toJson } from '../format/values';
import { hasErrors, loadPlan, mergeIssues } from '../loadPlan';
import { computableModel, printIssuesBelow } from './planErrors';
import { requiredStatusDate } from './statusDate';

export async function evmCommand(args: CommandArgs, ctx: CliContext): Promise<number> {
  const schedule = ctx.engine('schedule');
  const earnedValue = ctx.engine('earnedValue');
  const plan = await loadPlan(args.file, ctx);
  const model = computableModel(plan, args, ctx);
  if (!model) return 1;
  const statusDate = requiredStatusDate(args, model);
  const scheduled = schedule(model, { statusDate });
  const result = earnedValue(model, scheduled, statusDate);
  const issues = mergeIssues(plan.issues, scheduled.issues, result.issues);
  if (args.json) ctx.out(toJson(evmJson(model, result, issues)));
  else {
    for (const line of evmLines(result)) ctx.out(line);
    printIssuesBelow(issues, ctx, plan);
  }
  return hasErrors(issues) ? 1 : 0;
}
