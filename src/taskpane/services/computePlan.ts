/**
 * The engines in the order the pane needs them. A plan with errors is not scheduled (its dates
 * could not be trusted); the problems say what to mend.
 */
import { buildModel, isSchedulable } from '../../model/buildModel';
import type { Model, WorkbookInput } from '../../model/types';
import { earnedValue } from '../../engine/earnedValue';
import { loading } from '../../engine/loading';
import { schedule } from '../../engine/schedule';
import type { EarnedValueResult, LoadingResult, ScheduleResult } from '../../engine/types';

export interface ComputedPlan {
  model: Model;
  schedule: ScheduleResult | null;
  earnedValue: EarnedValueResult | null;
  loading: LoadingResult | null;
}

/** The Settings table's status date; loading by day, the finest grain for over-allocations. */
export function computePlan(input: WorkbookInput): ComputedPlan {
  const model = buildModel(input);
  if (!isSchedulable(model) || model.tasks.length === 0) return { model, schedule: null, earnedValue: null, loading: null };
  const statusDate = model.settings.statusDate;
  const timing = schedule(model, { statusDate });
  return {
    model,
    schedule: timing,
    earnedValue: statusDate === null ? null : earnedValue(model, timing, statusDate),
    loading: model.resources.length > 0 ? loading(model, timing, 'day') : null,
  };
}
