/**
 * The scheduler's working state: one typed array per quantity, indexed by task, so the passes
 * run over plain integers. Times are working-day *moments*: moment k is the beginning of the
 * working day with ordinal k, so a task of d days that starts at moment s finishes at s + d.
 */

/** "No value" in an Int32Array of moments (no pin, no actual date, no bound). */
export const NONE = -0x7fffffff;
/** "No limit" for late finishes. */
export const UNLIMITED = 0x7fffffff;

/** Link types as small integers, in the CSR arrays. */
export const FS = 0;
export const SS = 1;
export const FF = 2;
export const SF = 3;
export const LINK_TYPES = ['FS', 'SS', 'FF', 'SF'] as const;

/** Progress states. */
export const UNSTARTED = 0;
export const STARTED = 1;
export const COMPLETE = 2;

/** Task marks: a constraint type other than ASAP, a constraint date or a deadline; or a fixed Start only. */
export const DATED = 1;
export const FIXED_START = 2;

/** What set a task's early start (its driver), as a small integer. */
export const BY_PROJECT_START = 0;
export const BY_LINK = 1;
export const BY_CONSTRAINT = 2;
export const BY_STATUS_DATE = 3;
export const BY_ACTUAL = 4;
export const BY_PIN = 5;
export const BY_ALAP = 6;

/** Links into each task as compressed rows, as read from the tasks. */
export interface LinkRows {
  /** Links into task s are at positions predStart[s] … predStart[s + 1] − 1. */
  predStart: Int32Array;
  predTask: Int32Array;
  predType: Uint8Array;
  predLag: Int32Array;
  /** Some link comes from a later row: the input order is not a topological order. */
  forward: boolean;
}

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
  /** Leveling delay in working days applied to the early start. */
  delay: Int32Array;
  /** Highest late finish from late constraints and deadlines; UNLIMITED when none. */
  lateCap: Int32Array;

  // Results.
  earlyStart: Int32Array;
  earlyFinish: Int32Array;
  /** The start that SS and SF successors see: the actual start of started work. */
  startSeen: Int32Array;
  lateStart: Int32Array;
  lateFinish: Int32Array;
  by: Uint8Array;
  /** For BY_LINK: the link's position in the pred arrays. */
  byLink: Int32Array;
  projectFinish: number;
}

export function makeTimes(n: number, projectStart: number, statusMoment: number): Times {
  const ints = () => new Int32Array(n);
  const filled = (v: number) => new Int32Array(n).fill(v);
  return {
    projectStart,
    statusMoment,
    leaf: new Uint8Array(n),
    marks: new Uint8Array(n),
    duration: ints(),
    remaining: ints(),
    state: new Uint8Array(n),
    actualStart: filled(NONE),
    actualFinish: filled(NONE),
    low: filled(projectStart),
    lowBy: new Uint8Array(n),
    finishLow: filled(NONE),
    pin: filled(NONE),
    alap: new Uint8Array(n),
    delay: ints(),
    lateCap: filled(UNLIMITED),
    earlyStart: ints(),
    earlyFinish: ints(),
    startSeen: ints(),
    lateStart: ints(),
    lateFinish: ints(),
    by: new Uint8Array(n),
    byLink: filled(-1),
    projectFinish: projectStart,
  };
}
