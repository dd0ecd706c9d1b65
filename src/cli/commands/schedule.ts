/** `cellpath schedule <in.xlsx> [--status-date YYYY-MM-DD] [--json]`: the critical-path schedule. */
import type { ScheduleOptions } from '../../engine/types';
import type { CommandArgs } from '../args';
import type { CliContext } from '../context';
import { scheduleJson } from '../format/scheduleJson';
import { scheduleLines } from '../format/scheduleText';
import { toJson } from '../format/values';
import { hasErrors, loadPlan, mergeIssues } from '../loadPlan';
import { computableModel, printIssuesBelow } from './planErrors';

export async function scheduleCommand(args: CommandArgs, ctx: CliContext): Promise<number> {
  const schedule = ctx.engine('schedule');
  const plan = await loadPlan(args.file, ctx);
  const model = computableModel(plan, args, ctx);
  if (!model) return 1;
  // Without --status-date the engine applies its own default (the Status Date setting).
  const options: ScheduleOptions = args.statusDate !== null ? { statusDate: args.statusDate } : {};
  const result = schedule(model, options);
  const issues = mergeIssues(plan.issues, result.issues);
  if (args.json) ctx.out(toJson(scheduleJson(model, result, issues)));
  else {
    for (const line of scheduleLines(model, result)) ctx.out(line);
    printIssuesBelow(issues, ctx, plan);
  }
  return hasErrors(issues) ? 1 : 0;
}
