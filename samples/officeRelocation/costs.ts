/** Assignments as typed (`Bob[50%]`) and what they cost, for the sample's budgets and ledger. */
import { RESOURCES, SETTINGS, type ResourceSpec } from './team';

export interface SampleAssignment {
  resource: ResourceSpec;
  units: number;
}

export function assignmentsOf(text: string | undefined): SampleAssignment[] {
  if (!text) return [];
  return text.split(',').map((part) => {
    const m = /^\s*([^[]+?)\s*(?:\[([\d.]+)(%?)\])?\s*$/.exec(part);
    if (!m) throw new Error(`sample plan: bad assignment '${part}'`);
    const resource = RESOURCES.find((r) => r.name === m[1]);
    if (!resource) throw new Error(`sample plan: unknown resource '${m[1]}'`);
    const units = m[2] === undefined ? 1 : m[3] ? Number(m[2]) / 100 : Number(m[2]);
    return { resource, units };
  });
}

/** Cost of one assignment over `days` working days: hours × rate for work, quantity × rate for materials. */
export function assignmentCost(a: SampleAssignment, days: number): number {
  const { resource, units } = a;
  if (resource.type === 'Work') return units * SETTINGS.hoursPerDay * days * (resource.stdRate ?? 0) + (resource.costPerUse ?? 0);
  if (resource.type === 'Material') return units * (resource.stdRate ?? 0) + (resource.costPerUse ?? 0);
  return resource.costPerUse ?? 0;
}

export function budgetOf(assignments: readonly SampleAssignment[], days: number, fixedCost: number): number {
  return round2(assignments.reduce((sum, a) => sum + assignmentCost(a, days), fixedCost));
}

export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
