/** Budget against actual by WBS: every summary task and every top-level task, subtasks rolled in. */
import type { Model } from '../../model/types';
import type { TaskEarnedValue } from '../types';
import { ratio } from './ratios';
import type { WbsBudget } from './types';

export function budgetByWbs(model: Model, tasks: readonly TaskEarnedValue[]): WbsBudget[] {
  const rows: WbsBudget[] = [];
  for (const task of model.tasks) {
    if (!task.summary && task.parent !== null) continue;
    const { bac, pv, ev, ac } = tasks[task.index];
    rows.push({
      task: task.index, id: task.id, wbs: task.wbs, name: task.name, outlineLevel: task.outlineLevel,
      summary: task.summary, bac, pv, ev, ac, cv: ev - ac, cpi: ratio(ev, ac),
    });
  }
  return rows;
}
