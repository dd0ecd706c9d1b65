/** What leveling could not do, as warnings on the cells a project manager would mend. */
import type { Calendar } from '../../model/calendar';
import { isoFromSerial } from '../../model/dates';
import type { Issue, Model, Serial, Task } from '../../model/types';
import { taskWarning } from '../cost/taskIssue';
import type { FixedReason, ModelProblem } from './fromModel';
import type { LevelingSolution } from './problem';

const hours = (value: number): string => `${Math.round(value * 100) / 100}`;

const WHY_FIXED: Record<FixedReason, string> = {
  progress: 'it has started',
  pinned: 'it has a Must Start On or Must Finish On constraint',
  doNotLevel: 'its Priority is 1000 (do not level)',
};

export function levelingIssues(model: Model, built: ModelProblem, solution: LevelingSolution, calendar: Calendar, statusDate: Serial | null): Issue[] {
  const issues: Issue[] = [];
  for (const x of solution.infeasible) {
    const task = model.tasks[built.taskOf[x.activity]];
    const resource = model.resources[x.resource];
    issues.push(
      taskWarning(model, task, 'resourceNames',
        `Task ${task.id} needs ${hours(x.demand)} hours a day of ${resource.name}, who has only ${hours(x.capacity)}. ` +
          `Leveling cannot resolve that and leaves ${resource.name} out when placing this task. ` +
          `Lower the units assigned, or raise ${resource.name}'s Max Units.`),
    );
  }
  for (const link of solution.brokenLinks) {
    const modelLink = built.linkOf[built.problem.links.indexOf(link)];
    const pred = model.tasks[built.taskOf[link.from]];
    const succ = model.tasks[built.taskOf[link.to]];
    const why = WHY_FIXED[built.fixedBy[link.to] ?? 'pinned'];
    issues.push(
      taskWarning(model, succ, 'predecessors',
        `Leveling could not fit task ${pred.id} in early enough for its ${modelLink?.type ?? 'FS'} link to task ${succ.id}, which it may not move because ${why}. ` +
          `Free the resources task ${pred.id} needs before then, or move task ${succ.id}.`),
    );
  }
  const past = statusDate === null ? -Infinity : calendar.ordinalOnOrBefore(statusDate);
  for (const o of solution.fixedOverloads) {
    if (o.to <= past) continue; // history: nothing to level any more
    const resource = model.resources[o.resource];
    const from = isoFromSerial(calendar.dateOf(Math.max(o.from, past + 1)));
    const to = isoFromSerial(calendar.dateOf(o.to));
    issues.push({
      severity: 'warning',
      table: 'Resources',
      row: resource.row,
      column: null,
      cell: null,
      message:
        `${resource.name} is over-allocated ${from === to ? `on ${from}` : `from ${from} to ${to}`} by work leveling may not move ` +
        `(started work, Must Start On or Must Finish On tasks, Priority 1000). Move some of that work, or raise ${resource.name}'s Max Units.`,
    });
  }
  return issues;
}

/** The scheduler put a leveled task elsewhere than leveling did (an As Late As Possible task). */
export function movedIssue(model: Model, task: Task, planned: Serial, scheduled: Serial): Issue {
  return taskWarning(model, task, task.cells.constraintType ? 'constraintType' : 'name',
    `Leveling placed task ${task.id} on ${isoFromSerial(planned)}, but its constraints start it on ${isoFromSerial(scheduled)}, ` +
      'so its resources may be over-allocated there. Check the resource loading, or make the task As Soon As Possible.');
}

export function skippedIssue(): Issue {
  return {
    severity: 'warning',
    table: 'Tasks',
    row: null,
    column: null,
    cell: null,
    message: 'Resources were not leveled because the schedule has errors. Mend the errors listed, then level again.',
  };
}
