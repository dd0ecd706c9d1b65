/** The validated model a core computes on, or the plan's first error as the failure. */
import { buildModel } from '../../model/buildModel';
import type { Model, WorkbookInput } from '../../model/types';
import { fail, firstError, ok, type Outcome } from './outcome';

export function readPlan(input: WorkbookInput): Outcome<Model> {
  const model = buildModel(input);
  const error = firstError(model.issues);
  return error ? fail(error) : ok(model);
}
