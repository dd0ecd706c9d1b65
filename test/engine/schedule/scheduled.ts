/** Schedules a compact plan and reads it back by task ID, dates as ISO text. */
import { schedule } from '../../../src/engine/schedule';
import type { ScheduleOptions, ScheduleResult, TaskSchedule } from '../../../src/engine/types';
import { isoFromSerial, serialFromISO } from '../../../src/model/dates';
import type { Model } from '../../../src/model/types';
import { plan, type PlanOptions, type PlanRow } from '../../support/plan';

export interface Row {
  start: string;
  finish: string;
  lateStart: string;
  lateFinish: string;
  totalFloat: number;
  freeFloat: number;
  critical: boolean;
}

export interface Scheduled {
  model: Model;
  result: ScheduleResult;
  /** Dates and floats of a task by ID. */
  row(id: string | number): Row;
  task(id: string | number): TaskSchedule;
  /** [start, finish] of a task by ID. */
  dates(id: string | number): [string, string];
  finish: string;
  critical: string[];
  warnings: string[];
}

export function scheduled(rows: readonly PlanRow[], options: PlanOptions = {}, scheduleOptions?: ScheduleOptions): Scheduled {
  const model = plan(rows, options);
  const errors = model.issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) throw new Error(`test plan has errors: ${errors.map((e) => e.message).join('; ')}`);
  const result = schedule(model, scheduleOptions);
  const task = (id: string | number) => {
    const index = model.taskById.get(String(id));
    if (index === undefined) throw new Error(`no task ${id}`);
    return result.tasks[index];
  };
  return {
    model,
    result,
    task,
    row: (id) => {
      const t = task(id);
      return {
        start: isoFromSerial(t.start),
        finish: isoFromSerial(t.finish),
        lateStart: isoFromSerial(t.lateStart),
        lateFinish: isoFromSerial(t.lateFinish),
        totalFloat: t.totalFloat,
        freeFloat: t.freeFloat,
        critical: t.critical,
      };
    },
    dates: (id) => [isoFromSerial(task(id).start), isoFromSerial(task(id).finish)],
    finish: isoFromSerial(result.project.finish),
    critical: result.criticalPath.map((i) => model.tasks[i].id),
    warnings: result.issues.map((i) => `${i.cell}: ${i.message}`),
  };
}

export const serial = (iso: string): number => serialFromISO(iso) as number;
