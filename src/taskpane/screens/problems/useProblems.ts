/** The plan's problems, errors first, and the way to each one's cell. */
import { useMemo, useState } from 'react';
import { usePlan } from '../../state/PlanContext';
import type { Problem } from '../../services/types';

export type SeverityFilter = 'all' | 'error' | 'warning';

export function useProblems() {
  const plan = usePlan();
  const [filter, setFilter] = useState<SeverityFilter>('all');
  const all = plan.status?.problems ?? [];
  const problems = useMemo(() => {
    const shown = filter === 'all' ? all : all.filter((p) => p.severity === filter);
    // Stable: errors before warnings, otherwise as found.
    return shown.map((p, i) => ({ p, i })).sort((a, b) => rank(a.p) - rank(b.p) || a.i - b.i).map((x) => x.p);
  }, [all, filter]);
  const errors = all.filter((p) => p.severity === 'error').length;
  return {
    problems,
    errors,
    warnings: all.length - errors,
    total: all.length,
    filter,
    setFilter,
    checking: plan.checking,
    select: (problem: Problem) => void plan.selectProblem(problem),
  };
}

function rank(p: Problem): number {
  return p.severity === 'error' ? 0 : 1;
}

/** "Tasks, row 7, Duration" — where the problem is, in words. */
export function placeOf(p: Problem): string {
  const parts: string[] = [String(p.table)];
  if (p.row !== null) parts.push(`row ${p.row}`);
  if (p.column) parts.push(p.column);
  return parts.join(', ');
}
