/**
 * What one assignment costs (contract §3): a work resource is paid by the hour for every working
 * day of the task; a material or cost resource is charged units × Std. Rate for the task as a
 * whole; every resource adds its Cost/Use once per task.
 */
import type { Resource } from '../../model/types';

export interface AssignmentCost {
  /** Hours worked on each working day of the task (work resources only). */
  hoursPerDay: number;
  /** Money accrued on each working day of the task: hours × Std. Rate. */
  costPerDay: number;
  /** Money for the task as a whole, spread evenly over its days (material and cost resources). */
  lumpSum: number;
  /** Cost/Use, charged once, on the task's first day. */
  perUse: number;
}

export function assignmentCost(resource: Resource, units: number, hoursPerDay: number): AssignmentCost {
  if (resource.type === 'Work') {
    const hours = units * hoursPerDay;
    return { hoursPerDay: hours, costPerDay: hours * resource.stdRate, lumpSum: 0, perUse: resource.costPerUse };
  }
  // Material: Std. Rate is the price of one unit. Cost resources are charged the same way, so a
  // lump sum per task is a Cost/Use, and an amount per task is units × Std. Rate.
  return { hoursPerDay: 0, costPerDay: 0, lumpSum: units * resource.stdRate, perUse: resource.costPerUse };
}

/** The whole cost of an assignment on a task of `duration` working days. */
export function costOverDuration(cost: AssignmentCost, duration: number): number {
  return cost.costPerDay * duration + cost.lumpSum + cost.perUse;
}
