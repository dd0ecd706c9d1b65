/**
 * The project model and its unleveled schedule → a LevelingProblem in working-day ordinals.
 *
 * One activity per task that is not a summary. Work not yet started is movable, from its early
 * start. Started and finished work, pinned tasks (Must Start On / Must Finish On) and tasks of
 * Priority 1000 (Microsoft Project's "do not level") are fixed where the schedule put them, over
 * the days the resource loading counts for them. Capacity is Max Units × hours per day on every
 * working day, 0 on the resource's own days off; a demand is units × hours per day of each work
 * resource, so hours compare with hours. Material and cost resources are not leveled.
 */
import type { Calendar } from '../../model/calendar';
import type { Link, Model, Task } from '../../model/types';
import { assignmentCost } from '../cost/rates';
import { resourceDaysOff } from '../cost/projectCalendar';
import type { ScheduleMoments, ScheduleResult, TaskSchedule } from '../types';
import type { CapacityException, LevelingLink, LevelingProblem, ResourceCapacity } from './problem';

/** Microsoft Project's priority that means "never level this task". */
const DO_NOT_LEVEL = 1000;

export type FixedReason = 'progress' | 'pinned' | 'doNotLevel';

export interface ModelProblem {
  problem: LevelingProblem;
  /** Task index of each activity. */
  taskOf: number[];
  /** Activity of each task, or -1 for a summary. */
  activityOf: number[];
  /** Why each fixed activity may not move (null when movable). */
  fixedBy: (FixedReason | null)[];
  /** The model link behind each problem link. */
  linkOf: Link[];
}

function hasProgress(task: Task): boolean {
  return task.actualStart !== null || task.actualFinish !== null || task.percentComplete > 0;
}

function fixedReason(task: Task): FixedReason | null {
  if (hasProgress(task)) return 'progress';
  if ((task.constraintType === 'MSO' || task.constraintType === 'MFO') && task.constraintDate !== null) return 'pinned';
  if (task.priority >= DO_NOT_LEVEL) return 'doNotLevel';
  return null;
}

/** First day (ordinal) and length in days of the span a task occupies in the schedule. */
function span(moments: ScheduleMoments, placed: TaskSchedule): { first: number; days: number } {
  const first = moments.start[placed.task];
  return { first, days: placed.milestone ? 0 : Math.max(1, moments.finish[placed.task] - first) };
}

/** The working-day moments that `schedule()` always gives with its dates. */
function momentsOf(schedule: ScheduleResult): ScheduleMoments {
  if (!schedule.moments) throw new Error('leveling: the schedule has no moments; make it with schedule()');
  return schedule.moments;
}

function capacityOf(model: Model, calendar: Calendar): ResourceCapacity[] {
  const hoursPerDay = model.settings.hoursPerDay;
  return model.resources.map((resource) => {
    if (resource.type !== 'Work') return { normal: 0 };
    const exceptions: CapacityException[] = [];
    for (const day of resourceDaysOff(model, resource, calendar)) {
      const last = exceptions[exceptions.length - 1];
      if (last && last.to === day - 1) last.to = day;
      else exceptions.push({ from: day, to: day, units: 0 });
    }
    return { normal: Math.max(0, resource.maxUnits * hoursPerDay), exceptions };
  });
}

/**
 * start[successor] ≥ start[predecessor] + minLag for a link, in activity starts. For started
 * work the link holds its remaining days, which begin `offset` days after its activity start.
 */
function minLagOf(link: Link, predDays: number, succDays: number, offset: number): number {
  switch (link.type) {
    case 'FS':
      return predDays + link.lag - offset;
    case 'SS':
      return link.lag - offset;
    case 'FF':
      return predDays + link.lag - succDays - offset;
    case 'SF':
      return link.lag - succDays - offset;
  }
}

/** Where each activity starts in a schedule: its first working day (ordinal). */
export function activityStarts(schedule: ScheduleResult, taskOf: readonly number[]): number[] {
  const moments = momentsOf(schedule);
  return taskOf.map((i) => span(moments, schedule.tasks[i]).first);
}

export function problemFromModel(model: Model, schedule: ScheduleResult, calendar: Calendar): ModelProblem {
  const moments = momentsOf(schedule);
  const hoursPerDay = model.settings.hoursPerDay;
  const taskOf: number[] = [];
  const activityOf = model.tasks.map((task) => (task.summary ? -1 : taskOf.push(task.index) - 1));

  const durations: number[] = [];
  const releases: number[] = [];
  const fixed: boolean[] = [];
  const fixedBy: (FixedReason | null)[] = [];
  /** Days from the activity start to the start of the remaining work that links hold (started work). */
  const remainingOffset: number[] = [];
  const demands: number[][] = [];
  for (const i of taskOf) {
    const task = model.tasks[i];
    const placed = schedule.tasks[i];
    const { first, days } = span(moments, placed);
    const reason = fixedReason(task);
    durations.push(days);
    releases.push(first);
    fixed.push(reason !== null);
    fixedBy.push(reason);
    remainingOffset.push(reason === 'progress' && !placed.milestone ? Math.max(0, days - placed.remainingDuration) : 0);
    const demand = new Array<number>(model.resources.length).fill(0);
    for (const a of task.assignments) {
      if (a.resource === null) continue;
      demand[a.resource] += assignmentCost(model.resources[a.resource], a.units, hoursPerDay).hoursPerDay;
    }
    demands.push(demand);
  }

  const links: LevelingLink[] = [];
  const linkOf: Link[] = [];
  for (const task of model.tasks) {
    const to = activityOf[task.index];
    if (to < 0) continue;
    for (const link of task.predecessors) {
      const from = activityOf[link.predecessor];
      // A fixed predecessor never moves: its bound is already in the successor's early start.
      if (from < 0 || fixed[from]) continue;
      const finished = fixedBy[to] === 'progress' && (schedule.tasks[task.index].remainingDuration === 0 || durations[to] === 0);
      // Finished work keeps its dates, and a started task's start has already happened.
      if (finished || (fixedBy[to] === 'progress' && link.type === 'SS')) continue;
      const succDays = fixedBy[to] === 'progress' ? schedule.tasks[task.index].remainingDuration : durations[to];
      const minLag = minLagOf(link, durations[from], succDays, remainingOffset[to]);
      // Into fixed work, keep only what the unleveled plan keeps (a pin overrides its links).
      if (fixed[to] && releases[to] < releases[from] + minLag) continue;
      links.push({ from, to, minLag });
      linkOf.push(link);
    }
  }

  const problem: LevelingProblem = {
    durations,
    releases,
    fixed,
    links,
    demands,
    capacity: capacityOf(model, calendar),
    priority: taskOf.map((i) => model.tasks[i].priority),
    totalFloat: taskOf.map((i) => schedule.tasks[i].totalFloat),
    asLateAsPossible: taskOf.map((i, j) => !fixed[j] && model.tasks[i].constraintType === 'ALAP'),
  };
  return { problem, taskOf, activityOf, fixedBy, linkOf };
}
