/**
 * The plan at a glance, put together from what the engines returned. Nothing is computed here
 * beyond counting and formatting dates for the screens.
 */
import { isoFromSerial } from '../../model/dates';
import type { Issue, Model } from '../../model/types';
import type { LoadingResult } from '../../engine/types';
import type { ComputedPlan } from './computePlan';
import type { FoundTable, OverAllocation, PlanStatus, Problem } from './types';

export interface PlanParts {
  /** What the engines made of the tables; null when there is no Tasks table to read. */
  plan: ComputedPlan | null;
  tables: FoundTable[];
  candidates: string[];
}

const iso = (serial: number | null | undefined) => (serial === null || serial === undefined || !Number.isFinite(serial) ? null : isoFromSerial(serial));

/** Every issue once, with the sheet its cell is on; keys are `p1`, `p2`, … in that order. */
export function problemsOf(model: Model, more: readonly Issue[]): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const issue of [...model.issues, ...more]) {
    const id = `${issue.severity}|${issue.table}|${issue.cell}|${issue.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const sheet = model.tables[issue.table as keyof Model['tables']]?.sheet ?? null;
    problems.push({ ...issue, key: `p${problems.length + 1}`, sheet });
  }
  return problems;
}

/**
 * Days each resource is over its capacity, from `from` on: work before the status date has
 * happened, and neither leveling nor the project manager can change it any more.
 */
export function overAllocationsOf(loading: LoadingResult | null, from: number | null = null): OverAllocation[] {
  if (!loading) return [];
  return loading.resources
    .map((r) => ({ resource: r.name, days: r.overallocated.filter((over, k) => over && (from === null || loading.periods[k] >= from)).length }))
    .filter((r) => r.days > 0);
}

/** The status of a workbook with no plan in it yet. */
function noPlan(parts: PlanParts): PlanStatus {
  return {
    tables: parts.tables,
    candidates: parts.candidates,
    projectName: '',
    start: null,
    finish: null,
    statusDate: null,
    currency: '',
    taskCount: 0,
    criticalIds: [],
    spi: null,
    cpi: null,
    overAllocations: [],
    leveled: false,
    problems: [],
    tasks: [],
  };
}

export function planStatus(parts: PlanParts): PlanStatus {
  if (!parts.plan) return noPlan(parts);
  const { model, schedule, earnedValue, loading } = parts.plan;
  const more = [...(schedule?.issues ?? []), ...(earnedValue?.issues ?? []), ...(loading?.issues ?? [])];
  return {
    tables: parts.tables,
    candidates: parts.candidates,
    projectName: model.settings.projectName,
    start: iso(schedule?.project.start ?? model.settings.projectStart),
    finish: iso(schedule?.project.finish),
    statusDate: iso(schedule?.statusDate ?? model.settings.statusDate),
    currency: model.settings.currency,
    taskCount: model.tasks.filter((t) => !t.summary).length,
    criticalIds: schedule ? schedule.criticalPath.filter((i) => !model.tasks[i].summary).map((i) => model.tasks[i].id) : [],
    spi: earnedValue?.spi ?? null,
    cpi: earnedValue?.cpi ?? null,
    overAllocations: overAllocationsOf(loading, schedule?.statusDate ?? null),
    // The column's values; the schedule applies them, never adds any.
    leveled: model.tasks.some((t) => t.levelingDelay > 0),
    problems: problemsOf(model, more),
    tasks: model.tasks.map((task) => ({ id: task.id, name: task.name })),
  };
}
