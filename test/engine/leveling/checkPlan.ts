/**
 * An independent check of a leveled plan, written apart from the solver: every start on or after
 * its release (on it when fixed), every link kept, no resource above its capacity on any day.
 * Returns what is wrong, one line each; empty when the plan is sound.
 */
import type { LevelingProblem, LevelingSolution } from '../../../src/engine/leveling/problem';

function capacityOn(problem: LevelingProblem, resource: number, day: number): number {
  const c = problem.capacity[resource];
  let units = c.normal;
  for (const x of c.exceptions ?? []) if (day >= x.from && day <= x.to) units = x.units;
  return Math.max(0, units);
}

export function checkPlan(problem: LevelingProblem, solution: LevelingSolution): string[] {
  const faults: string[] = [];
  const { starts } = solution;
  const n = problem.durations.length;
  if (starts.length !== n) return [`${starts.length} starts for ${n} activities`];
  for (let j = 0; j < n; j++) {
    if (!Number.isInteger(starts[j])) faults.push(`activity ${j} starts on a fractional day ${starts[j]}`);
    if (starts[j] < problem.releases[j]) faults.push(`activity ${j} starts on ${starts[j]} before its release ${problem.releases[j]}`);
    if (problem.fixed?.[j] && starts[j] !== problem.releases[j]) faults.push(`fixed activity ${j} moved to ${starts[j]}`);
  }
  for (const l of problem.links) {
    if (starts[l.to] < starts[l.from] + l.minLag) faults.push(`link ${l.from} -> ${l.to} (lag ${l.minLag}) broken: ${starts[l.from]} -> ${starts[l.to]}`);
  }
  const ignored = new Set(solution.infeasible.map((x) => `${x.activity}/${x.resource}`));
  for (let r = 0; r < problem.capacity.length; r++) {
    const load = new Map<number, number>();
    for (let j = 0; j < n; j++) {
      const demand = problem.demands[j]?.[r] ?? 0;
      if (demand <= 0 || ignored.has(`${j}/${r}`)) continue;
      for (let day = starts[j]; day < starts[j] + problem.durations[j]; day++) load.set(day, (load.get(day) ?? 0) + demand);
    }
    for (const [day, units] of load) {
      const capacity = capacityOn(problem, r, day);
      if (units > capacity + 1e-6) faults.push(`resource ${r} loaded ${units} on day ${day}, capacity ${capacity}`);
    }
  }
  const first = Math.min(...problem.releases);
  const last = Math.max(...problem.durations.map((d, j) => starts[j] + d));
  if (n > 0 && solution.makespan !== last - first) faults.push(`makespan ${solution.makespan}, plan spans ${last - first}`);
  return faults;
}
