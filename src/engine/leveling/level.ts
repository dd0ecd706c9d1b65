/**
 * `level(model)`: schedule, level resources, and schedule again with each task's leveling delay,
 * as Microsoft Project writes its Leveling Delay column (contract §3b). Existing delays in the
 * input are cleared first, as Project's "clear leveling values before leveling" does.
 *
 * A delay is counted from the start the task's links and constraints would give it once its
 * predecessors have been delayed, which is how the scheduler adds it back. As Late As Possible
 * tasks are leveled from their late dates and then pushed as late as resources allow; the
 * leveled schedule holds them there by their delay (the scheduler's own late dates know nothing
 * of resources and would undo the leveling).
 */
import type { Model, Serial } from '../../model/types';
import { projectCalendar } from '../cost/projectCalendar';
import { schedule } from '../schedule';
import type { LevelResult } from '../types';
import { activityStarts, problemFromModel } from './fromModel';
import { levelingIssues, movedIssue, skippedIssue } from './levelIssues';
import { levelProject } from './levelProject';
import type { LevelingProblem } from './problem';

export interface LevelOptions {
  /** Data date, as for `schedule`; defaults to the Settings' status date. */
  statusDate?: Serial | null;
  /** Search effort and seed: see LevelingOptions. */
  maxSchedules?: number;
  seed?: number;
}

/**
 * Delay of each activity beyond what `bounds` (its start before leveling, with no delays) and
 * its delayed predecessors ask for.
 */
function delaysOf(problem: LevelingProblem, bounds: readonly number[], starts: readonly number[]): number[] {
  const bound = bounds.slice();
  for (const l of problem.links) bound[l.to] = Math.max(bound[l.to], starts[l.from] + l.minLag);
  return starts.map((start, j) => (problem.fixed?.[j] ? 0 : Math.max(0, start - bound[j])));
}

/** The model with As Late As Possible tasks scheduled as soon as possible. */
function withoutAsLateAsPossible(model: Model): Model {
  if (!model.tasks.some((t) => t.constraintType === 'ALAP')) return model;
  return { ...model, tasks: model.tasks.map((t) => (t.constraintType === 'ALAP' ? { ...t, constraintType: 'ASAP' } : t)) };
}

export function level(model: Model, options: LevelOptions = {}): LevelResult {
  const statusDate = options.statusDate === undefined ? model.settings.statusDate : options.statusDate;
  const zero = model.tasks.map(() => 0);
  const before = schedule(model, { statusDate, levelingDelays: zero });
  if (model.tasks.length === 0) return { schedule: before, delays: zero, issues: [] };
  if (before.issues.some((issue) => issue.severity === 'error')) return { schedule: before, delays: zero, issues: [skippedIssue()] };

  const calendar = projectCalendar(model);
  const built = problemFromModel(model, before, calendar);
  let solution;
  try {
    solution = levelProject(built.problem, { maxSchedules: options.maxSchedules, seed: options.seed });
  } catch {
    // Only a dependency loop gets here, and the schedule has already reported it.
    return { schedule: before, delays: zero, issues: [skippedIssue()] };
  }

  const asSoon = withoutAsLateAsPossible(model);
  const bounds = asSoon === model ? built.problem.releases : activityStarts(schedule(asSoon, { statusDate, levelingDelays: zero }), built.taskOf);
  const delays = zero.slice();
  delaysOf(built.problem, bounds, solution.starts).forEach((delay, j) => (delays[built.taskOf[j]] = delay));
  const after = schedule(asSoon, { statusDate, levelingDelays: delays });

  const issues = levelingIssues(model, built, solution, calendar, statusDate);
  // The scheduler has the last word: should it ever put a task elsewhere, say so.
  const placed = activityStarts(after, built.taskOf);
  built.taskOf.forEach((i, j) => {
    if (built.problem.fixed?.[j] || after.tasks[i].milestone || placed[j] === solution.starts[j]) return;
    issues.push(movedIssue(model, model.tasks[i], calendar.dateOf(solution.starts[j]), after.tasks[i].start));
  });
  return { schedule: after, delays, issues };
}
