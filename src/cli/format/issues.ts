/** Issues as JSON (contract §4) and as a readable list: `D7  error    Tasks  Duration: …`. */
import type { Issue } from '../../model/types';
import { plural, renderTable } from './textTable';

export interface IssueJson {
  severity: 'error' | 'warning';
  table: string;
  row: number | null;
  column: string | null;
  cell: string | null;
  message: string;
}

export function issueJson(issue: Issue): IssueJson {
  return {
    severity: issue.severity,
    table: issue.table,
    row: issue.row ?? null,
    column: issue.column ?? null,
    cell: issue.cell ?? null,
    message: issue.message,
  };
}

/** Errors first, then warnings; within each, in table and row order as found. */
function sortedIssues(issues: readonly Issue[]): Issue[] {
  const rank = (i: Issue): number => (i.severity === 'error' ? 0 : 1);
  return issues.map((issue, n) => ({ issue, n })).sort((a, b) => rank(a.issue) - rank(b.issue) || a.n - b.n).map((x) => x.issue);
}

/**
 * One line per issue. `sheets` maps a table to the sheet holding it: the cell is then shown as
 * `Team!C7` when the sheet is not named after the table, so it can be found.
 */
export function issueLines(issues: readonly Issue[], sheets: Readonly<Record<string, string | undefined>> = {}): string[] {
  const place = (i: Issue): string => {
    const sheet = sheets[i.table];
    const prefix = sheet && sheet.toLowerCase() !== i.table.toLowerCase() ? `${/^[A-Za-z0-9_]+$/.test(sheet) ? sheet : `'${sheet}'`}!` : '';
    if (i.cell) return prefix + i.cell;
    return i.row !== null ? `${prefix}row ${i.row}` : '-';
  };
  const rows = sortedIssues(issues).map((i) => [
    place(i),
    i.severity,
    i.table,
    i.column ? `${i.column}: ${i.message}` : i.message,
  ]);
  return renderTable(rows);
}

/** "2 errors, 1 warning" / "no problems". */
export function issueCount(issues: readonly Issue[]): string {
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  if (issues.length === 0) return 'no problems';
  const parts: string[] = [];
  if (errors) parts.push(plural(errors, 'error'));
  if (warnings) parts.push(plural(warnings, 'warning'));
  return parts.join(', ');
}
