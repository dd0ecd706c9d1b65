/** The summary hierarchy, from Outline Level or, failing that, WBS codes. */
import type { Issue, Task } from './types';

export function buildHierarchy(tasks: Task[], useOutline: boolean, useWbs: boolean, issues: Issue[]): void {
  if (useOutline) byOutlineLevel(tasks, issues);
  else if (useWbs) byWbs(tasks);
  for (const t of tasks) {
    if (t.parent !== null) tasks[t.parent].children.push(t.index);
  }
  for (const t of tasks) t.summary = t.children.length > 0;
}

function byOutlineLevel(tasks: Task[], issues: Issue[]): void {
  const stack: Task[] = [];
  for (const t of tasks) {
    while (stack.length > 0 && stack[stack.length - 1].outlineLevel >= t.outlineLevel) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent && t.outlineLevel > parent.outlineLevel + 1) {
      issues.push({
        severity: 'warning', table: 'Tasks', row: t.row, column: 'Outline Level', cell: t.cells.outlineLevel ?? null,
        message: `Task ${t.id}: outline level ${t.outlineLevel} skips a level under task ${parent.id} (level ${parent.outlineLevel}); it is treated as its subtask. Set it to ${parent.outlineLevel + 1}.`,
      });
    } else if (!parent && t.outlineLevel > 1 && t.index > 0) {
      issues.push({
        severity: 'warning', table: 'Tasks', row: t.row, column: 'Outline Level', cell: t.cells.outlineLevel ?? null,
        message: `Task ${t.id}: outline level ${t.outlineLevel} has no summary task above it. Set it to 1, or add its summary task above.`,
      });
    }
    t.parent = parent ? parent.index : null;
    stack.push(t);
  }
}

function byWbs(tasks: Task[]): void {
  const byCode = new Map<string, number>();
  for (const t of tasks) if (t.wbs && !byCode.has(t.wbs)) byCode.set(t.wbs, t.index);
  for (const t of tasks) {
    if (!t.wbs) continue;
    const parts = t.wbs.split('.');
    t.outlineLevel = parts.filter((p) => p !== '').length || 1;
    // The nearest ancestor code that exists: 1.2.3 → 1.2 → 1.
    for (let k = parts.length - 1; k > 0; k--) {
      const parent = byCode.get(parts.slice(0, k).join('.'));
      if (parent !== undefined && parent !== t.index) {
        t.parent = parent;
        break;
      }
    }
  }
}

/** Leaf tasks under a task (itself when it is not a summary). */
export function leavesOf(tasks: readonly Task[], index: number): number[] {
  const out: number[] = [];
  const stack = [index];
  while (stack.length > 0) {
    const i = stack.pop() as number;
    const t = tasks[i];
    if (t.children.length === 0) out.push(i);
    else for (let k = t.children.length - 1; k >= 0; k--) stack.push(t.children[k]);
  }
  return out;
}

export function isAncestor(tasks: readonly Task[], ancestor: number, index: number): boolean {
  for (let p = tasks[index].parent; p !== null; p = tasks[p].parent) if (p === ancestor) return true;
  return false;
}
