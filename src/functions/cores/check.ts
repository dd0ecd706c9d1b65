/** PM.CHECK: every problem of the plan, one row each, or a single OK row. */
import { buildModel } from '../../model/buildModel';
import type { Issue } from '../../model/types';
import { readWorkbook, type Call } from './call';
import { ok, type Grid, type Outcome } from './outcome';

export type CheckArgs = { tasks: unknown; resources?: unknown; holidays?: unknown; actuals?: unknown; settings?: unknown };

export function issueRows(issues: readonly Issue[]): Grid {
  if (issues.length === 0) return [['OK']];
  return issues.map((i) => [i.severity, i.table, i.row, i.column, i.message]);
}

export function checkCore(call: Call<CheckArgs>): Outcome<Grid> {
  const input = readWorkbook(call);
  if (!input.ok) return input;
  return ok(issueRows(buildModel(input.value).issues));
}
