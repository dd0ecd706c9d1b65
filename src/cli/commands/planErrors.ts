/** When the plan itself has errors, a computing command lists them instead of computing (exit 1). */
import type { CommandArgs } from '../args';
import type { CliContext } from '../context';
import { issueCount, issueJson, issueLines } from '../format/issues';
import { toJson } from '../format/values';
import { hasErrors, sheetsOf, type Plan } from '../loadPlan';

/** 1 after listing the errors when there are any; null when the plan can be computed. */
export function stopOnPlanErrors(plan: Plan, args: CommandArgs, ctx: CliContext): 1 | null {
  if (plan.model && !hasErrors(plan.issues)) return null;
  if (args.json) {
    ctx.out(toJson({ issues: plan.issues.map(issueJson) }));
  } else {
    ctx.out(`${args.file}: ${issueCount(plan.issues)}; mend the errors, then run ${args.command} again.`);
    ctx.out('');
    for (const line of issueLines(plan.issues, sheetsOf(plan))) ctx.out(line);
  }
  return 1;
}

/** Warnings (and errors the engine found) under a readable result. */
export function printIssuesBelow(issues: Plan['issues'], ctx: CliContext, plan?: Plan): void {
  if (issues.length === 0) return;
  ctx.out('');
  ctx.out(`${issueCount(issues)}:`);
  for (const line of issueLines(issues, plan ? sheetsOf(plan) : {})) ctx.out(line);
}
