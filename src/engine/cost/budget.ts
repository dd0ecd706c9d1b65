/**
 * Budget at completion per task (contract §3): Baseline Cost/Budget where given, else Fixed Cost
 * plus the cost of the assigned resources over the task's duration. Summary tasks carry their
 * children's budgets; their own cost cells are left out so nothing is counted twice (a Microsoft
 * Project export fills a summary's Baseline Cost with its children's sum).
 */
import type { Issue, Model, Task } from '../../model/types';
import { assignmentCost, costOverDuration } from './rates';
import { rollUp } from './rollup';
import { taskWarning } from './taskIssue';

export interface Budgets {
  /** BAC by task index; a summary holds the sum of its leaf tasks. */
  bac: Float64Array;
  /** The project BAC: leaf tasks only. */
  total: number;
  issues: Issue[];
}

/** A leaf task's own budget. */
function leafBudget(model: Model, task: Task): number {
  if (task.baselineCost !== null) return task.baselineCost;
  let cost = task.fixedCost;
  for (const a of task.assignments) {
    if (a.resource === null) continue; // the model has already warned about the name
    cost += costOverDuration(assignmentCost(model.resources[a.resource], a.units, model.settings.hoursPerDay), task.duration);
  }
  return cost;
}

export function taskBudgets(model: Model): Budgets {
  const own = new Float64Array(model.tasks.length);
  let total = 0;
  for (const task of model.tasks) {
    if (task.summary) continue;
    own[task.index] = leafBudget(model, task);
    total += own[task.index];
  }
  const bac = rollUp(model.tasks, own);
  const issues: Issue[] = [];
  for (const task of model.tasks) if (task.summary) issues.push(...summaryCostWarnings(model, task, bac[task.index]));
  return { bac, total, issues };
}

/** A summary's own cost cells are not counted: say so where they would change the figures. */
function summaryCostWarnings(model: Model, task: Task, rolledUp: number): Issue[] {
  const issues: Issue[] = [];
  const money = (v: number) => v.toLocaleString('en', { maximumFractionDigits: 2 });
  if (task.baselineCost !== null && Math.abs(task.baselineCost - rolledUp) > 0.005) {
    issues.push(taskWarning(model, task, 'baselineCost',
      `Task ${task.id} is a summary: its budget is the sum of its subtasks (${money(rolledUp)}), not the ${money(task.baselineCost)} typed here. Put the budget on its subtasks, or clear this cell.`));
  }
  if (task.fixedCost !== 0) {
    issues.push(taskWarning(model, task, 'fixedCost',
      `Task ${task.id} is a summary, so its Fixed Cost of ${money(task.fixedCost)} is not counted. Move the fixed cost to one of its subtasks.`));
  }
  if (task.assignments.length > 0) issues.push(summaryAssignmentWarning(model, task));
  return issues;
}

export function summaryAssignmentWarning(model: Model, task: Task): Issue {
  return taskWarning(model, task, 'resourceNames',
    `Task ${task.id} is a summary, so its resources are not counted in its cost or in resource loading. Assign them to its subtasks.`);
}
