/** When the plan itself has errors, a computing command lists them instead of computing (exit 1). */
import type { Model } from '../../model/types';
import type { CommandArgs } from '../args';
import type { CliContext } from '../context';
import { issueCount, issueJson, issueLines } from '../format/issues';
import { toJson } from '../format/values';
import { hasErrors, sheetsOf, type Plan } from '../loadPlan';

/** The model when the plan can be computed; else null after listing its errors (the command exits 1). */
export function computableModel(plan: Plan, args: CommandArgs, ctx: CliContext): Model | null {
  if (plan.model && !hasErrors(plan.issues)) return plan.model;
  if (args.json) {
    ctx.out(toJson({ issues: plan.issues.map(issueJson) }));
  } else {
    ctx.out(`${args.file}: ${issueCount(plan.issues)}; mend the errors, then run ${args.command} again.`);
    ctx.out('');
    for (const line of issueLines(plan.issues, sheetsOf(plan))) ctx.out(line);
  }
  return null;
}

/** Warnings (and errors the engine found) under a readable result. */
export function printIssuesBelow(issues: Plan['issues'], ctx: CliContext, plan?: Plan): void {
  if (issues.length === 0) return;
  ctx.out('');
  ctx.out(`${issueCount(issues)}:`);
  for (const line of issueLines(issues, plan ? sheetsOf(plan) : {})) ctx.out(line);
}
