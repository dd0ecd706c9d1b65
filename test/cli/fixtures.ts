/** A tiny plan and hand-made engine results, to check the CLI's output without the engines. */
import { buildModel } from '../../src/model/buildModel';
import { serialFromISO } from '../../src/model/dates';
import type { Issue, Model, WorkbookInput } from '../../src/model/types';
import type { EarnedValueResult, LevelResult, LoadingResult, ScheduleResult, TaskSchedule } from '../../src/engine/types';
import { scheduleColumns } from '../../src/engine/schedule/columns';

export const day = (iso: string): number => serialFromISO(iso) as number;

export const TINY: WorkbookInput = {
  tasks: {
    values: [
      ['ID', 'Name', 'Duration', 'Predecessors', 'Outline Level'],
      [1, 'Move', null, null, 1],
      [2, 'Pack', '2d', null, 2],
      [3, 'Moved', '0d', '2', 2],
    ],
  },
  settings: { values: [['Setting', 'Value'], ['Project Start', '2026-03-02'], ['Status Date', '2026-03-03']] },
};

export function tinyModel(): Model {
  return buildModel(TINY);
}

const row = (task: number, start: string, finish: string, extra: Partial<TaskSchedule> = {}): TaskSchedule => ({
  task, start: day(start), finish: day(finish), lateStart: day(start), lateFinish: day(finish), totalFloat: 0, freeFloat: 0,
  critical: true, summary: false, milestone: false, remainingDuration: 0, levelingDelay: 0, driver: { kind: 'projectStart' }, ...extra,
});

export function tinySchedule(issues: Issue[] = [], levelingDelay = 0): ScheduleResult {
  const tasks = [
    row(0, '2026-03-02', '2026-03-03', { summary: true }),
    row(1, '2026-03-02', '2026-03-03', { freeFloat: 0, totalFloat: 0, levelingDelay }),
    row(2, '2026-03-03', '2026-03-03', { milestone: true, lateFinish: Number.NaN }),
  ];
  return {
    project: { start: day('2026-03-02'), finish: day('2026-03-03') },
    columns: scheduleColumns(tasks),
    tasks,
    order: [0, 1, 2],
    criticalPath: [1, 2],
    statusDate: null,
    issues,
  };
}

export function tinyEarnedValue(statusDate = day('2026-03-03')): EarnedValueResult {
  return {
    statusDate, currency: 'USD', bac: 1000, pv: 1000, ev: 500, ac: 0, sv: -500, cv: 500, spi: 0.5, cpi: null, eac: null, etc: null,
    vac: null, tcpi: 0.5, svPercent: -0.5, cvPercent: 1, es: 1, at: 2, spit: 0.5, svt: -1, forecastFinish: day('2026-03-05'),
    eacAlternatives: { cpi: null, cpiSpi: null, atypical: 1000 },
    tasks: [{ task: 1, bac: 1000, pv: 1000, ev: 500, ac: 0 }],
    issues: [],
  };
}

export function tinyLoading(): LoadingResult {
  return {
    period: 'week',
    periods: [day('2026-03-02')],
    resources: [{ name: 'Bob', capacity: [40], load: [48], overallocated: [true], cost: [3360] }],
    issues: [],
  };
}

export function tinyLevel(): LevelResult {
  const schedule = tinySchedule([], 2);
  return { schedule, delays: [0, 2, 0], issues: [] };
}
