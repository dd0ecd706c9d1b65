/** `cellpath check <in.xlsx> [--json]`: every problem of the plan, at its cell. */
import type { CommandArgs } from '../args';
import type { CliContext } from '../context';
import { issueCount, issueJson, issueLines } from '../format/issues';
import { plural } from '../format/textTable';
import { toJson } from '../format/values';
import { hasErrors, loadPlan, sheetsOf } from '../loadPlan';

export async function check(args: CommandArgs, ctx: CliContext): Promise<number> {
  const plan = await loadPlan(args.file, ctx);
  if (args.json) {
    ctx.out(toJson({ issues: plan.issues.map(issueJson) }));
  } else {
    const m = plan.model;
    const counts = m
      ? [plural(m.tasks.length, 'task'), plural(m.resources.length, 'resource'), plural(m.holidays.length, 'holiday'), plural(m.actuals.length, 'cost entry', 'cost entries')].join(', ')
      : 'no tasks';
    ctx.out(`${args.file}: ${counts}; ${issueCount(plan.issues)}.`);
    if (plan.issues.length > 0) {
      ctx.out('');
      for (const line of issueLines(plan.issues, sheetsOf(plan))) ctx.out(line);
    }
  }
  return hasErrors(plan.issues) ? 1 : 0;
}
