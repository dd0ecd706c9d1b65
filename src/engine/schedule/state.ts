/**
 * The scheduler's working state: one typed array per quantity, indexed by task, so the passes
 * run over plain integers. Times are working-day *moments*: moment k is the beginning of the
 * working day with ordinal k, so a task of d days that starts at moment s finishes at s + d.
 */
import type { TaskNetwork } from '../../model/taskNetwork';
import { noDelays, takeScratch } from './scratch';

/** "No value" in an Int32Array of moments (no pin, no actual date, no bound). */
export const NONE = -0x7fffffff;
/** "No limit" for late finishes. */
export const UNLIMITED = 0x7fffffff;

/** Link types as small integers, in the CSR arrays: the model's network's codes. */
export { FF, FS, LINK_TYPES, SF, SS } from '../../model/taskNetwork';

/** Progress states. */
export const UNSTARTED = 0;
export const STARTED = 1;
export const COMPLETE = 2;

/** Task marks: a constraint type other than ASAP, a constraint date or a deadline; or a fixed Start only. */
export const DATED = 1;
export const FIXED_START = 2;

/** What set a task's early start (its driver), as a small integer. */
export const BY_PROJECT_START = 0;
export const BY_CONSTRAINT = 2;
export const BY_STATUS_DATE = 3;
export const BY_ACTUAL = 4;
export const BY_PIN = 5;
export const BY_ALAP = 6;

/** The dependency network: predecessor links in compressed rows, and one topological order. */
export interface Network {
  /** Task count (summaries included; they carry no links). */
  n: number;
  /** 1 for a task the passes schedule (not a summary). */
  leaf: Uint8Array;
  /** Links into task s are at positions predStart[s] … predStart[s + 1] − 1. */
  predStart: Int32Array;
  predTask: Int32Array;
  predType: Uint8Array;
  predLag: Int32Array;
  /** Links out of each task and each link's successor: built on first use, see `successors`. */
  successors: Successors | null;
  /** Leaf tasks, every predecessor before its successors. */
  order: Int32Array;
  /** Leaves in a dependency loop (and those after them), which were ordered by input order instead. */
  looped: number[];
  /** Tasks with progress, a constraint, a deadline, a fixed start or a leveling delay (model/taskNetwork.ts). */
  detailed: Int32Array;
}

export interface Successors {
  /** Links out of task p: succLink[succStart[p] … succStart[p + 1] − 1] are positions in the pred arrays. */
  succStart: Int32Array;
  succLink: Int32Array;
  /** Link position → its successor task. */
  linkSuccessor: Int32Array;
}

/** Per-task inputs and results of the passes. */
export interface Times {
  /** Moment of the project start: no task starts before it. */
  projectStart: number;
  /** Moment at the end of the status date, or NONE: remaining work starts no earlier. */
  statusMoment: number;
  /** 1 for a task the passes schedule (not a summary). */
  leaf: Uint8Array;
  /** DATED, FIXED_START or 0: which tasks constraints.ts and issues.ts read in full. */
  marks: Uint8Array;
  /** Full duration, working days. */
  duration: Int32Array;
  /** The part still to schedule: the duration, or the remaining duration of started work. */
  remaining: Int32Array;
  state: Uint8Array;
  /** Actual start / finish as moments, or NONE. */
  actualStart: Int32Array;
  actualFinish: Int32Array;
  /** Lowest early start from the project start and early constraints (not the status date). */
  low: Int32Array;
  lowBy: Uint8Array;
  /** Lowest early finish (FNET), used for started work; NONE when none. */
  finishLow: Int32Array;
  /** Must Start On / Must Finish On: the pinned early start, or NONE. */
  pin: Int32Array;
  alap: Uint8Array;
  /**
   * 1 for a task with progress, a constraint, a deadline, a leveling delay or a bound from its
   * summary: `touch` has set its bounds, actual dates and caps above. For any other task those
   * arrays hold nothing of this plan and are not read.
   */
  bounded: Uint8Array;
  /** Some task is As Late As Possible / has a leveling delay: the passes and constraints.ts check. */
  anyAlap: boolean;
  anyDelay: boolean;
  /** Leveling delay in working days applied to the early start. */
  delay: Int32Array;
  /** Highest late finish from late constraints and deadlines; UNLIMITED when none. */
  lateCap: Int32Array;

  // Results. The early finish and the start seen are kept by the result (its moments); the
  // others only while scheduling (scratch.ts).
  earlyStart: Int32Array;
  earlyFinish: Int32Array;
  /** The start that SS and SF successors see: the actual start of started work. */
  startSeen: Int32Array;
  lateStart: Int32Array;
  lateFinish: Int32Array;
  /** Working days (backward.ts); 0 for done work. */
  totalFloat: Int32Array;
  freeFloat: Int32Array;
  /**
   * What set the early start of work that is not placed by its links alone (drivers.ts finds
   * those links again when asked): 1 + the link's position in the pred arrays, or −1 − a BY_ code.
   */
  causes: Map<number, number>;
  projectFinish: number;
  /** The earliest start or actual start (forward.ts), then late start too (backward.ts), of any task; at most the project start. */
  earliestMoment: number;
}

/**
 * `leaf` and `duration` are the model network's own arrays, read and never written; the arrays no
 * result keeps come from scratch.ts.
 */
export function makeTimes(network: TaskNetwork, projectStart: number, statusMoment: number): Times {
  const n = network.leaf.length;
  // The arrays a result keeps, in one allocation: one request for memory instead of four.
  const block = new Int32Array(4 * n);
  let next = 0;
  const ints = () => block.subarray(next, (next += n));
  return {
    ...takeScratch(n),
    projectStart,
    statusMoment,
    leaf: network.leaf,
    duration: network.duration,
    // Shared with the model until progress or a summary changes one (read.ts, summaries.ts).
    remaining: network.order.length < n ? network.duration.slice() : network.duration,
    delay: noDelays(n),
    earlyFinish: ints(),
    startSeen: ints(),
    totalFloat: ints(),
    freeFloat: ints(),
    causes: new Map(),
    projectFinish: projectStart,
    earliestMoment: projectStart,
    anyAlap: false,
    anyDelay: false,
  };
}

/** Task i's bounds, actual dates and caps at their "nothing here" values, the first time it is bounded this call. */
export function touch(times: Times, i: number): void {
  if (times.bounded[i] !== 0) return;
  times.bounded[i] = 1;
  times.low[i] = times.projectStart;
  times.lowBy[i] = 0;
  times.finishLow[i] = NONE;
  times.pin[i] = NONE;
  times.alap[i] = 0;
  times.lateCap[i] = UNLIMITED;
  times.actualStart[i] = NONE;
  times.actualFinish[i] = NONE;
}
