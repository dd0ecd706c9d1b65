/**
 * What the engines return. Every face (functions, command line, task pane, reports) reads these;
 * none computes on its own. Dates are serials; spans are whole working days.
 */
import type { ConstraintType, Issue, LinkType, Serial } from '../model/types';

/** Why a task starts when it does: the answer to "why this date?". */
export type Driver =
  | { kind: 'projectStart' }
  | { kind: 'link'; predecessor: number; type: LinkType; lag: number }
  | { kind: 'constraint'; type: ConstraintType | 'Start'; date: Serial }
  | { kind: 'statusDate'; date: Serial }
  | { kind: 'actual' }
  | { kind: 'summary' }
  /** `from`: what the start was before the delay (its own driver), so the chain can go on. */
  | { kind: 'leveling'; delay: number; from?: Driver };

export interface TaskSchedule {
  /** Index into `Model.tasks`. */
  task: number;
  start: Serial;
  finish: Serial;
  lateStart: Serial;
  lateFinish: Serial;
  /** Working days; negative when a late constraint or deadline cannot be met. */
  totalFloat: number;
  freeFloat: number;
  critical: boolean;
  summary: boolean;
  milestone: boolean;
  /** Remaining working days after the status date (= duration when no progress). */
  remainingDuration: number;
  levelingDelay: number;
  driver: Driver;
}

export interface ScheduleOptions {
  /**
   * Data date: remaining work lies after it. Left out (undefined): the Settings' Status Date;
   * null: no status date at all, whatever the Settings say.
   */
  statusDate?: Serial | null;
  /** Extra delays in working days by task index (leveling); defaults to each task's `levelingDelay`. */
  levelingDelays?: readonly number[];
}

export interface ScheduleResult {
  project: { start: Serial; finish: Serial };
  /**
   * Every task's dates and floats by task index, as typed arrays: what bulk readers use. Read
   * them, never write them: a column may share its memory with the model (a plan with no
   * progress has its durations as remaining durations).
   */
  columns: ScheduleColumns;
  /** One per model task, in model order; made from `columns` when first read. */
  tasks: TaskSchedule[];
  /** Task indexes in schedule order (by early start, then input order); made when first read. */
  order: number[];
  /** Critical task indexes in schedule order; made when first read. */
  criticalPath: number[];
  statusDate: Serial | null;
  issues: Issue[];
  /**
   * The same dates as working-day moments (moment k = the start of working day ordinal k; see
   * docs/scheduling.md), by task index, for engines that compute in ordinals. `start` is the
   * actual start of started work; `finish` the moment the (remaining) work ends.
   */
  moments?: ScheduleMoments;
}

/** The fields of `TaskSchedule` that are numbers, by task index (dates are serials). */
export interface ScheduleColumns {
  start: Int32Array;
  finish: Int32Array;
  lateStart: Int32Array;
  lateFinish: Int32Array;
  totalFloat: Int32Array;
  freeFloat: Int32Array;
  /** 1 for a critical task. */
  critical: Uint8Array;
  remainingDuration: Int32Array;
  levelingDelay: Int32Array;
}

export interface ScheduleMoments {
  start: Int32Array;
  finish: Int32Array;
  /** Moment of the project start. */
  projectStart: number;
  /** Moment of the project finish. */
  projectFinish: number;
}

export interface TaskEarnedValue {
  task: number;
  bac: number;
  pv: number;
  ev: number;
  ac: number;
}

/** Contract §3; a ratio with a zero divisor is null. */
export interface EarnedValueResult {
  statusDate: Serial;
  currency: string;
  bac: number;
  pv: number;
  ev: number;
  ac: number;
  sv: number;
  cv: number;
  spi: number | null;
  cpi: number | null;
  eac: number | null;
  etc: number | null;
  vac: number | null;
  tcpi: number | null;
  svPercent: number | null;
  cvPercent: number | null;
  /** Earned schedule, working days from the project start. */
  es: number | null;
  /** Actual time, working days from the project start through the status date. */
  at: number;
  spit: number | null;
  svt: number | null;
  forecastFinish: Serial | null;
  /** The usual EAC alternatives side by side. */
  eacAlternatives: { cpi: number | null; cpiSpi: number | null; atypical: number };
  tasks: TaskEarnedValue[];
  issues: Issue[];
}

export type Period = 'day' | 'week' | 'month';

export interface ResourceLoading {
  name: string;
  /** Hours by period. */
  capacity: number[];
  load: number[];
  overallocated: boolean[];
  /** Cost by period: rate × hours, plus material and cost resources. */
  cost: number[];
}

export interface LoadingResult {
  period: Period;
  /** Serial of the first day of each period. */
  periods: Serial[];
  resources: ResourceLoading[];
  issues: Issue[];
}

export interface LevelResult {
  /** The leveled schedule; `levelingDelay` of each task is the delay the leveler chose. */
  schedule: ScheduleResult;
  /** Working days of delay by task index. */
  delays: number[];
  issues: Issue[];
}
