/** What `earnedValue` returns beyond the shared EarnedValueResult: the rest of §3 for reports. */
import type { EarnedValueResult } from '../types';
import type { CategoryActual } from './actualCost';

export type { CategoryActual };

/** Budget against actual for one summary or top-level task, its subtasks rolled in. */
export interface WbsBudget {
  task: number;
  id: string;
  wbs: string | null;
  name: string;
  outlineLevel: number;
  summary: boolean;
  bac: number;
  pv: number;
  ev: number;
  ac: number;
  cv: number;
  cpi: number | null;
}

export interface EarnedValue extends EarnedValueResult {
  /** Planned duration: working days from the project start through the latest baseline finish. */
  pd: number | null;
  /** IEAC(t) = PD / SPI(t), in working days. */
  ieact: number | null;
  /** The earliest planned start (the origin of ES and AT); null with no tasks. */
  plannedStart: number | null;
  /** The latest planned finish. */
  plannedFinish: number | null;
  /** Actual cost by ledger Category, in the order first met; blank category is ''. */
  byCategory: CategoryActual[];
  /** Actual cost taken from the Actual Cost column (tasks with no ledger row). */
  fromActualCostColumn: number;
  /** Ledger amounts booked to tasks not in the plan: in AC, in no task. */
  unassignedActual: number;
  /** Summary and top-level tasks, in table order. */
  byWbs: WbsBudget[];
}
