/**
 * Resource leveling on plain arrays: delay activities (never shorten or split them), keep every
 * link, so that no resource is over its capacity on any day, with the shortest project found.
 * Deterministic: the same problem and options always give the same plan.
 */
import { shiftLate } from './asLateAsPossible';
import { buildInstance } from './instance';
import type { LevelingLink, LevelingOptions, LevelingProblem, LevelingSolution } from './problem';
import { searchPlan } from './search';

const DEFAULT_MAX_SCHEDULES = 2000;
const DEFAULT_SEED = 20240601;

export function levelProject(problem: LevelingProblem, options: LevelingOptions = {}): LevelingSolution {
  const inst = buildInstance(problem);
  const found = searchPlan(inst, options.maxSchedules ?? DEFAULT_MAX_SCHEDULES, options.seed ?? DEFAULT_SEED);
  if (problem.asLateAsPossible?.some(Boolean)) shiftLate(inst, problem.asLateAsPossible, found.starts, found.finish);
  const starts = Array.from(found.starts, (t) => t + inst.origin);
  const brokenLinks: LevelingLink[] = problem.links.filter((l) => starts[l.to] < starts[l.from] + l.minLag);
  return {
    starts,
    infeasible: inst.infeasible,
    brokenLinks,
    fixedOverloads: inst.fixedOverloads,
    makespan: inst.n === 0 ? 0 : found.finish,
    lowerBound: inst.n === 0 ? 0 : inst.lowerBound,
    schedules: found.schedules,
  };
}
