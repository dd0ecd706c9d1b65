/**
 * Small plans for the cost, earned-value and loading tests: tables through the real model, and a
 * hand-made schedule (the scheduler is tested on its own).
 */
import { buildModel } from '../../src/model/buildModel';
import { serialFromISO } from '../../src/model/dates';
import type { CellValue, Model, Serial } from '../../src/model/types';
import type { ScheduleResult, TaskSchedule } from '../../src/engine/types';
import { scheduleColumns } from '../../src/engine/schedule/columns';

export const day = (iso: string): Serial => {
  const serial = serialFromISO(iso);
  if (serial === null) throw new Error(`bad test date ${iso}`);
  return serial;
};

export interface PlanTables {
  resources?: CellValue[][];
  holidays?: CellValue[][];
  actuals?: CellValue[][];
  settings?: CellValue[][];
}

/** A model from a Tasks table (header row first); Project Start defaults to Monday 2026-03-02. */
export function plan(tasks: CellValue[][], tables: PlanTables = {}): Model {
  const settings = tables.settings ?? [['Setting', 'Value'], ['Project Start', '2026-03-02']];
  return buildModel({
    tasks: { values: tasks },
    resources: tables.resources ? { values: tables.resources } : undefined,
    holidays: tables.holidays ? { values: tables.holidays } : undefined,
    actuals: tables.actuals ? { values: tables.actuals } : undefined,
    settings: { values: settings },
  });
}

/**
 * A schedule with the dates given by task ID (ISO start and finish); other leaves sit on their
 * baseline dates, or on the project start; summaries span their children.
 */
export function handSchedule(model: Model, dates: Record<string, [string, string]> = {}, statusDate: Serial | null = null): ScheduleResult {
  const start = model.settings.projectStart ?? day('2026-03-02');
  const spans: Array<[number, number]> = model.tasks.map((t) => {
    const given = dates[t.id];
    if (given) return [day(given[0]), day(given[1])];
    return [t.baselineStart ?? start, t.baselineFinish ?? t.baselineStart ?? start];
  });
  const spanOf = (i: number): [number, number] => {
    const t = model.tasks[i];
    if (!t.summary) return spans[i];
    const inner = t.children.map(spanOf);
    return [Math.min(...inner.map((s) => s[0])), Math.max(...inner.map((s) => s[1]))];
  };
  const tasks: TaskSchedule[] = model.tasks.map((t) => {
    const [s, f] = spanOf(t.index);
    return {
      task: t.index, start: s, finish: f, lateStart: s, lateFinish: f, totalFloat: 0, freeFloat: 0, critical: true,
      summary: t.summary, milestone: !t.summary && t.duration === 0, remainingDuration: t.duration, levelingDelay: 0,
      driver: { kind: 'projectStart' },
    };
  });
  const all = tasks.length ? tasks : [{ start, finish: start }];
  return {
    project: { start: Math.min(...all.map((t) => t.start)), finish: Math.max(...all.map((t) => t.finish)) },
    columns: scheduleColumns(tasks),
    tasks,
    order: tasks.map((t) => t.task),
    criticalPath: [],
    statusDate,
    issues: [],
  };
}
