/**
 * The TaskSchedule objects every face reads, from the typed arrays. On big plans making these is
 * much of the whole call (100,000 objects and their drivers), so it is one tight loop over one
 * object literal whose fields always come in the same order: one shape for every task.
 */
import type { TaskSchedule } from '../types';
import { driverOf, statusDateDriver, SUMMARY } from './drivers';
import type { Scheduled } from './result';
import type { Shown } from './summaries';

export function taskSchedules(run: Scheduled, shown: Shown): TaskSchedule[] {
  const { net, times, constraints, statusDate } = run;
  const n = net.n;
  const tasks: TaskSchedule[] = new Array(n);
  const byStatusDate = statusDateDriver(statusDate);
  const { leaf, delay, duration } = times;
  const { start, finish, lateStart, lateFinish, totalFloat, freeFloat, critical, remaining } = shown;
  for (let i = 0; i < n; i++) {
    const isSummary = leaf[i] === 0;
    tasks[i] = {
      task: i,
      start: start[i],
      finish: finish[i],
      lateStart: lateStart[i],
      lateFinish: lateFinish[i],
      totalFloat: totalFloat[i],
      freeFloat: freeFloat[i],
      critical: critical[i] === 1,
      summary: isSummary,
      milestone: !isSummary && duration[i] === 0,
      remainingDuration: remaining[i],
      // Summaries, started and pinned work have none: read.ts and constraints.ts left them at 0.
      levelingDelay: delay[i],
      driver: isSummary ? SUMMARY : driverOf(i, net, times, constraints, byStatusDate, start[i]),
    };
  }
  return tasks;
}
