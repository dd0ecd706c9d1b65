/** A task's place in the outline, as the Gantt sheet and the cost workings show it. */
import type { Task } from '../model/types';
import { indentStyle } from './styles';

/** Summaries above the task: 0 for a top-level task. */
export function outlineDepth(tasks: readonly Task[], t: Task): number {
  let d = 0;
  for (let p = t.parent; p !== null; p = tasks[p].parent) d++;
  return d;
}

/** A task name indented by its depth; a summary's in bold, one step left of its subtasks. */
export function taskNameStyle(tasks: readonly Task[], t: Task): string {
  const d = outlineDepth(tasks, t);
  return t.summary ? `indentBold${Math.min(d, 8)}` : indentStyle(d + 1);
}
