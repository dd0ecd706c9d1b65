/** A schedule as `schedule --json` (and `level --json`) print it: contract §4. */
import type { Issue, Model } from '../../model/types';
import type { ScheduleResult } from '../../engine/types';
import { issueJson, type IssueJson } from './issues';
import { isoOrNull, numberOrNull } from './values';

export interface ScheduleTaskJson {
  id: string;
  name: string;
  start: string | null;
  finish: string | null;
  lateStart: string | null;
  lateFinish: string | null;
  totalFloat: number | null;
  freeFloat: number | null;
  critical: boolean;
  summary: boolean;
  /** Only in `level --json`: working days the leveler delayed the task. */
  levelingDelay?: number;
}

export interface ScheduleJson {
  project: { start: string | null; finish: string | null };
  tasks: ScheduleTaskJson[];
  issues: IssueJson[];
}

export function scheduleJson(model: Model, result: ScheduleResult, issues: readonly Issue[], options: { levelingDelay?: boolean } = {}): ScheduleJson {
  return {
    project: { start: isoOrNull(result.project.start), finish: isoOrNull(result.project.finish) },
    tasks: result.tasks.map((t) => {
      const task = model.tasks[t.task];
      const row: ScheduleTaskJson = {
        id: task.id,
        name: task.name,
        start: isoOrNull(t.start),
        finish: isoOrNull(t.finish),
        lateStart: isoOrNull(t.lateStart),
        lateFinish: isoOrNull(t.lateFinish),
        totalFloat: numberOrNull(t.totalFloat),
        freeFloat: numberOrNull(t.freeFloat),
        critical: t.critical,
        summary: t.summary,
      };
      if (options.levelingDelay) row.levelingDelay = numberOrNull(t.levelingDelay) ?? 0;
      return row;
    }),
    issues: issues.map(issueJson),
  };
}
