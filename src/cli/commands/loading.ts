/** `cellpath loading <in.xlsx> [--period day|week|month] [--json]`: hours against capacity. */
import type { CommandArgs } from '../args';
import type { CliContext } from '../context';
import { loadingJson } from '../format/loadingJson';
import { loadingLines } from '../format/loadingText';
import { toJson } from '../format/values';
import { hasErrors, loadPlan, mergeIssues } from '../loadPlan';
import { computableModel, printIssuesBelow } from './planErrors';

export async function loadingCommand(args: CommandArgs, ctx: CliContext): Promise<number> {
  const schedule = ctx.engine('schedule');
  const loading = ctx.engine('loading');
  const plan = await loadPlan(args.file, ctx);
  const model = computableModel(plan, args, ctx);
  if (!model) return 1;
  const scheduled = schedule(model, {});
  const result = loading(model, scheduled, args.period ?? 'week');
  const issues = mergeIssues(plan.issues, scheduled.issues, result.issues);
  if (args.json) ctx.out(toJson(loadingJson(result, issues)));
  else {
    for (const line of loadingLines(result)) ctx.out(line);
    printIssuesBelow(issues, ctx, plan);
  }
  return hasErrors(issues) ? 1 : 0;
}
