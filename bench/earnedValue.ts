/**
 * Earned value on 100,000 tasks and 1,000,000 ledger rows: target under 1 s. The large plan is
 * built as a model directly (reading a million ledger rows from tables is the model's benchmark);
 * bench/loading.ts uses it too.
 */
import { earnedValue, sCurveByPeriod } from '../src/engine/earnedValue';
import { makeCalendar } from '../src/model/calendar';
import { defaultSettings } from '../src/model/settings';
import { serialFromISO } from '../src/model/dates';
import type { Actual, Model, Resource, Task } from '../src/model/types';
import type { ScheduleResult, TaskSchedule } from '../src/engine/types';
import { scheduleColumns } from '../src/engine/schedule/columns';

export interface BenchPlan {
  model: Model;
  schedule: ScheduleResult;
}

export function largeCostPlan(taskCount: number, resourceCount: number, ledgerRows: number, spanDays: number, seed = 7): BenchPlan {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const settings = defaultSettings();
  const start = serialFromISO('2026-01-05') as number;
  settings.projectStart = start;
  settings.statusDate = start + Math.floor(spanDays * 0.7);
  const calendar = makeCalendar(settings.workWeek, []);
  const origin = calendar.ordinalOnOrAfter(start);
  const workingSpan = calendar.workingDaysBetween(start, start + spanDays - 1);

  const resources: Resource[] = Array.from({ length: resourceCount }, (_, r) => ({
    index: r, name: `R${r}`, row: r + 2, maxUnits: 1, stdRate: 40 + (r % 50), costPerUse: r % 7 === 0 ? 100 : 0,
    type: r % 20 === 19 ? 'Material' : 'Work',
  }));
  const tasks: Task[] = [];
  const placed: TaskSchedule[] = [];
  for (let i = 0; i < taskCount; i++) {
    const duration = 1 + Math.floor(random() * 15);
    const first = origin + Math.floor(random() * Math.max(1, workingSpan - duration));
    const baselineStart = calendar.dateOf(first);
    const baselineFinish = calendar.dateOf(first + duration - 1);
    const slip = Math.floor(random() * 5);
    const r = Math.floor(random() * resourceCount);
    tasks.push({
      index: i, id: String(i + 1), name: `Task ${i + 1}`, row: i + 2, duration, estimated: false, outlineLevel: 1,
      wbs: null, parent: null, children: [], summary: false, predecessors: [], fixedStart: null, constraintType: 'ASAP',
      constraintDate: null, deadline: null, percentComplete: random() < 0.5 ? Math.round(random() * 100) / 100 : 0,
      actualStart: null, actualFinish: null, baselineStart: i % 10 === 9 ? null : baselineStart,
      baselineFinish: i % 10 === 9 ? null : baselineFinish, baselineCost: i % 3 === 0 ? 1000 + (i % 500) : null,
      fixedCost: i % 4 === 0 ? 250 : 0, actualCost: i % 5 === 0 ? 300 : null,
      assignments: [{ resource: r, resourceName: `R${r}`, units: random() < 0.3 ? 0.5 : 1 }],
      priority: 500, optimisticDuration: null, mostLikelyDuration: null, pessimisticDuration: null, levelingDelay: 0, cells: {},
    });
    const s = calendar.dateOf(first + slip);
    const f = calendar.dateOf(first + slip + duration - 1);
    placed.push({
      task: i, start: s, finish: f, lateStart: s, lateFinish: f, totalFloat: 0, freeFloat: 0, critical: false,
      summary: false, milestone: false, remainingDuration: duration, levelingDelay: 0, driver: { kind: 'projectStart' },
    });
  }
  const categories = ['Labour', 'Materials', 'Travel', 'Fees', ''];
  const actuals: Actual[] = Array.from({ length: ledgerRows }, (_, k) => {
    const task = Math.floor(random() * taskCount);
    return {
      date: start + Math.floor(random() * spanDays), taskId: String(task + 1), task: k % 1000 === 0 ? null : task,
      amount: Math.round(random() * 500) - 20, category: categories[k % 5], resource: '', note: '', row: k + 2, cell: null,
    };
  });
  const model: Model = {
    tasks, resources, holidays: [], actuals, settings,
    taskById: new Map(tasks.map((t) => [t.id, t.index])),
    resourceByName: new Map(resources.map((r) => [r.name.toLowerCase(), r.index])),
    tables: {}, issues: [],
  };
  const schedule: ScheduleResult = {
    project: { start, finish: Math.max(...placed.map((p) => p.finish)) },
    columns: scheduleColumns(placed), tasks: placed, order: placed.map((p) => p.task), criticalPath: [], statusDate: settings.statusDate, issues: [],
  };
  return { model, schedule };
}

/** Best and median of a few runs after one warm-up, in milliseconds. */
export function timeIt(runs: number, work: () => void): { best: number; median: number } {
  work();
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    work();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { best: times[0], median: times[Math.floor(runs / 2)] };
}

const TARGET_MS = 1000;

export function benchEarnedValue(): void {
  const { model, schedule } = largeCostPlan(100_000, 200, 1_000_000, 730);
  const status = model.settings.statusDate as number;
  let bac = 0;
  const ev = timeIt(5, () => {
    bac = earnedValue(model, schedule, status).bac;
  });
  console.log(
    `earnedValue: 100,000 tasks, 1,000,000 ledger rows: best ${ev.best.toFixed(0)} ms, median ${ev.median.toFixed(0)} ms` +
      ` (target < ${TARGET_MS} ms, ${(ev.median / TARGET_MS).toFixed(2)} of it); BAC ${bac.toFixed(0)}`,
  );
  const weekly = timeIt(3, () => sCurveByPeriod(model, schedule, 'week'));
  console.log(`sCurve by week, same plan: best ${weekly.best.toFixed(0)} ms, median ${weekly.median.toFixed(0)} ms`);
  const daily = timeIt(3, () => sCurveByPeriod(model, schedule, 'day'));
  console.log(`sCurve by day, same plan: best ${daily.best.toFixed(0)} ms, median ${daily.median.toFixed(0)} ms`);
}

if (require.main === module) benchEarnedValue();
