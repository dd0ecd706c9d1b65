/** `cellpath level <in.xlsx> [--json]`: the schedule after resource leveling, with each task's delay. */
import type { CommandArgs } from '../args';
import type { CliContext } from '../context';
import { scheduleJson } from '../format/scheduleJson';
import { scheduleLines } from '../format/scheduleText';
import { plural } from '../format/textTable';
import { toJson } from '../format/values';
import { hasErrors, loadPlan, mergeIssues } from '../loadPlan';
import { computableModel, printIssuesBelow } from './planErrors';

export async function levelCommand(args: CommandArgs, ctx: CliContext): Promise<number> {
  const level = ctx.engine('level');
  const plan = await loadPlan(args.file, ctx);
  const model = computableModel(plan, args, ctx);
  if (!model) return 1;
  const result = level(model);
  const schedule = result.schedule;
  const issues = mergeIssues(plan.issues, schedule.issues, result.issues);
  if (args.json) ctx.out(toJson(scheduleJson(model, schedule, issues, { levelingDelay: true })));
  else {
    const delayed = schedule.tasks.filter((t) => t.levelingDelay > 0).length;
    ctx.out(`Leveled: ${plural(delayed, 'task')} delayed.`);
    for (const line of scheduleLines(model, schedule, { levelingDelay: true })) ctx.out(line);
    printIssuesBelow(issues, ctx, plan);
  }
  return hasErrors(issues) ? 1 : 0;
}
