/**
 * The plan at a glance, put together from what the engines returned. Nothing is computed here
 * beyond counting and formatting dates for the screens.
 */
import { isoFromSerial } from '../../model/dates';
import type { Issue, Model } from '../../model/types';
import type { EarnedValueResult, LoadingResult, ScheduleResult } from '../../engine/types';
import type { FoundTable, OverAllocation, PlanStatus, Problem } from './types';

export interface PlanParts {
  model: Model;
  schedule: ScheduleResult | null;
  earnedValue: EarnedValueResult | null;
  /** Daily loading, for counting over-allocated days. */
  loading: LoadingResult | null;
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

export function overAllocationsOf(loading: LoadingResult | null): OverAllocation[] {
  if (!loading) return [];
  return loading.resources
    .map((r) => ({ resource: r.name, days: r.overallocated.filter(Boolean).length }))
    .filter((r) => r.days > 0);
}

export function planStatus(parts: PlanParts): PlanStatus {
  const { model, schedule, earnedValue, loading } = parts;
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
    criticalIds: schedule ? schedule.criticalPath.map((i) => model.tasks[i].id) : [],
    spi: earnedValue?.spi ?? null,
    cpi: earnedValue?.cpi ?? null,
    overAllocations: overAllocationsOf(loading),
    leveled: model.tasks.some((t) => t.levelingDelay > 0) || (schedule?.tasks.some((t) => t.levelingDelay > 0) ?? false),
    problems: problemsOf(model, more),
    tasks: model.tasks.map((task) => {
      const timing = schedule?.tasks[task.index];
      return {
        id: task.id,
        name: task.name,
        start: iso(timing?.start),
        finish: iso(timing?.finish),
        critical: timing?.critical ?? false,
        summary: task.summary,
        milestone: timing?.milestone ?? task.duration === 0,
      };
    }),
  };
}
