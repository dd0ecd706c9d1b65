/** Columns from task objects: for a schedule made by hand (a test, another tool's dates). */
import type { ScheduleColumns, TaskSchedule } from '../types';

export function scheduleColumns(tasks: readonly TaskSchedule[]): ScheduleColumns {
  const column = (field: (t: TaskSchedule) => number) => Int32Array.from(tasks, field);
  return {
    start: column((t) => t.start),
    finish: column((t) => t.finish),
    lateStart: column((t) => t.lateStart),
    lateFinish: column((t) => t.lateFinish),
    totalFloat: column((t) => t.totalFloat),
    freeFloat: column((t) => t.freeFloat),
    critical: Uint8Array.from(tasks, (t) => (t.critical ? 1 : 0)),
    remainingDuration: column((t) => t.remainingDuration),
    levelingDelay: column((t) => t.levelingDelay),
  };
}
