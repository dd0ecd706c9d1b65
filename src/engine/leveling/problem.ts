/**
 * The resource-leveling problem as plain arrays, free of the workbook: what `levelProject` solves.
 *
 * Time is counted in working-day ordinals (integers; see src/model/calendar.ts). An activity that
 * starts on day s with duration d occupies days s … s + d − 1; a milestone (d = 0) occupies none
 * and uses no resources. Every array is indexed by activity (or by resource), in one shared order.
 */

/** start[to] ≥ start[from] + minLag. Every FS/SS/FF/SF link with its lag becomes one of these. */
export interface LevelingLink {
  from: number;
  to: number;
  /** Working days; negative for a lead (or an SS link onto a task that may start first). */
  minLag: number;
}

/** Days (inclusive ordinals) on which a resource has another capacity than its normal one. */
export interface CapacityException {
  from: number;
  to: number;
  /** Units per day in that range; 0 for the resource's own holidays. */
  units: number;
}

export interface ResourceCapacity {
  /** Units per day on every day outside `exceptions` (Max Units × hours per day). */
  normal: number;
  /** Later entries win where ranges overlap. */
  exceptions?: readonly CapacityException[];
}

export interface LevelingProblem {
  /** Whole working days; 0 for a milestone. */
  durations: readonly number[];
  /** Earliest start of each activity (project start, status date, constraints: from the CPM pass). */
  releases: readonly number[];
  /** Activities that must start on their release: started or finished work, pinned tasks. Default none. */
  fixed?: readonly boolean[];
  links: readonly LevelingLink[];
  /** demands[activity][resource]: units per day while the activity runs (hours, like capacity). */
  demands: readonly (readonly number[])[];
  /** One per resource, same order as each row of `demands`. */
  capacity: readonly ResourceCapacity[];
  /** Higher goes first when the project length is the same either way. Default all equal. */
  priority?: readonly number[];
  /** Total float from the CPM pass: with equal priority, less float goes first. Default all 0. */
  totalFloat?: readonly number[];
  /**
   * As Late As Possible activities: after leveling they move as late as their successors, the
   * project finish and the resources allow. Default none.
   */
  asLateAsPossible?: readonly boolean[];
}

export interface LevelingOptions {
  /**
   * How many schedules the search may build (every pass of a schedule generation scheme counts
   * one). Big projects stop earlier, on a cap of effort, so that a plan stays quick. Default 2000.
   */
  maxSchedules?: number;
  /** Seed of the biased random sampling: the same problem and seed always give the same plan. */
  seed?: number;
}

/** An activity that alone needs more of a resource than the resource ever has. */
export interface InfeasibleDemand {
  activity: number;
  resource: number;
  /** Units per day it asks for. */
  demand: number;
  /** The resource's normal units per day. */
  capacity: number;
}

/** Days on which fixed activities alone already load a resource beyond its capacity. */
export interface FixedOverload {
  resource: number;
  /** Inclusive ordinals. */
  from: number;
  to: number;
}

export interface LevelingSolution {
  /** Start ordinal of each activity: never before its release, equal to it when fixed. */
  starts: number[];
  /**
   * Demands that can never be met. The activity is placed as if it did not use that resource,
   * and that resource's load of it is left out of every capacity check.
   */
  infeasible: InfeasibleDemand[];
  /**
   * Links into a fixed activity that the plan could not keep, because the predecessor could not
   * find room early enough. Every other link always holds. Normally empty.
   */
  brokenLinks: LevelingLink[];
  /** Overloads caused by fixed activities alone, which leveling cannot move. Normally empty. */
  fixedOverloads: FixedOverload[];
  /** Working days from the earliest release to the end of the last activity. */
  makespan: number;
  /** A proven lower bound on `makespan` (critical path, resource work); equal when proven optimal. */
  lowerBound: number;
  /** Schedules built by the search. */
  schedules: number;
}
