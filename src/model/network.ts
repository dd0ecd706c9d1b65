/** Links between tasks: resolved from predecessor text, summary links expanded, cycles found. */
import { leavesOf, isAncestor } from './hierarchy';
import { longLivedCopy } from './longLived';
import { parseLinks, LINK_HELP } from './parse/links';
import type { DurationRules } from './parse/duration';
import { TaskIds } from './taskIds';
import type { TaskRow } from './tasks';
import type { TaskNetwork } from './taskNetwork';
import type { Issue, Link, Task } from './types';

export function buildLinks(rows: readonly TaskRow[], taskById: Map<string, number>, rules: DurationRules, issues: Issue[]): void {
  const tasks = rows.map((r) => r.task);
  const ids = new TaskIds(taskById, taskById.size);
  // The task whose row last listed each predecessor: finds a repeated predecessor without a set per row.
  const listedBy = new Int32Array(tasks.length).fill(-1);
  // This row's links into its own task, gathered so its list is allocated once at its size.
  const own: Link[] = [];

  for (const { task, predecessorText } of rows) {
    if (predecessorText === '') continue;
    const cell = task.cells.predecessors ?? null; // once per row: every link of the row shares it
    for (const parsed of parseLinks(predecessorText, rules)) {
      if (!parsed.ok) {
        problem(issues, task, cell, `'${parsed.text}' ${parsed.reason}. ${LINK_HELP}`);
        continue;
      }
      const { link } = parsed;
      const pred = ids.get(link.id);
      if (pred === undefined) {
        problem(issues, task, cell, `predecessor ${link.id} is not a task ID in the Tasks table. Fix the ID, or remove the link.`);
        continue;
      }
      if (pred === task.index) {
        problem(issues, task, cell, `the task is linked to itself. Remove ${link.id} from its predecessors.`);
        continue;
      }
      const inHierarchy = task.parent !== null || tasks[pred].parent !== null; // else neither holds the other
      if (inHierarchy && (isAncestor(tasks, pred, task.index) || isAncestor(tasks, task.index, pred))) {
        problem(issues, task, cell, `it is linked to ${pred === task.parent || isAncestor(tasks, pred, task.index) ? 'its own summary task' : 'one of its own subtasks'} ${link.id}. A summary and its subtasks cannot be linked; link the subtasks to each other instead.`);
        continue;
      }
      // One ID names one task, so a repeated task is a repeated ID.
      if (listedBy[pred] === task.index) problem(issues, task, cell, `predecessor ${link.id} is listed twice; the stronger link decides. Keep one link per predecessor.`, 'warning');
      listedBy[pred] = task.index;
      const lagDays = link.lagDays ?? (link.lagShare as number) * tasks[pred].duration;
      const lag = Math.sign(lagDays) * Math.round(Math.abs(lagDays));
      if (Math.abs(lag - lagDays) > 1e-9) problem(issues, task, cell, `the lag of '${link.text}' is ${+lagDays.toFixed(3)} days and is rounded to ${lag} whole working days.`, 'warning');
      addLink(tasks, { predecessor: pred, successor: task.index, type: link.type, lag, cell }, own);
    }
    if (own.length > 0) {
      task.predecessors = task.predecessors.length === 0 ? longLivedCopy(own) : task.predecessors.concat(own);
      own.length = 0;
    }
  }
}

/**
 * A problem with a row's predecessors. A plain function, not a closure made per row: tsx (which
 * runs the CLI and the benches) names every closure it creates, a property write per row.
 */
function problem(issues: Issue[], task: Task, cell: string | null, message: string, severity: Issue['severity'] = 'error'): void {
  issues.push({ severity, table: 'Tasks', row: task.row, column: 'Predecessors', cell, message: `Task ${task.id}: ${message}` });
}

/**
 * Links to or from a summary apply to all its subtasks (contract §2). Links into the row's own task
 * go to `own`; the caller appends them to its list.
 */
function addLink(tasks: Task[], link: Link, own: Link[]): void {
  if (!tasks[link.predecessor].summary && !tasks[link.successor].summary) {
    own.push(link);
    return;
  }
  const froms = tasks[link.predecessor].summary ? leavesOf(tasks, link.predecessor) : [link.predecessor];
  const tos = tasks[link.successor].summary ? leavesOf(tasks, link.successor) : [link.successor];
  for (const predecessor of froms) {
    for (const successor of tos) (successor === link.successor ? own : tasks[successor].predecessors).push({ ...link, predecessor, successor });
  }
}

/** Every dependency cycle, as task indexes (Tarjan's strongly connected components, iterative). */
export function findCycles(network: Pick<TaskNetwork, 'predStart' | 'predTask'>): number[][] {
  // Over the links into each task: a loop is a loop whichever way it is walked.
  const n = network.predStart.length - 1;
  const first = network.predStart;
  const successor = network.predTask;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n); // Tarjan's stack of tasks not yet placed in a component
  let stackSize = 0;
  const path = new Int32Array(n); // the depth-first path, in place of recursion
  let depth = 0;
  const nextEdge = new Int32Array(n); // per task on the path: its next successor to visit
  const cycles: number[][] = [];
  let counter = 0;
  const enter = (v: number) => {
    index[v] = low[v] = counter++;
    stack[stackSize++] = v;
    onStack[v] = 1;
    nextEdge[v] = first[v];
    path[depth++] = v;
  };
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    enter(root);
    while (depth > 0) {
      const v = path[depth - 1];
      if (nextEdge[v] < first[v + 1]) {
        const w = successor[nextEdge[v]++];
        if (index[w] === -1) enter(w);
        else if (onStack[w]) low[v] = Math.min(low[v], index[w]);
        continue;
      }
      depth--;
      if (depth > 0) {
        const parent = path[depth - 1];
        low[parent] = Math.min(low[parent], low[v]);
      }
      if (low[v] === index[v]) {
        // v and everything above it on the stack form a component; v alone is in no cycle.
        let bottom = stackSize - 1;
        while (stack[bottom] !== v) bottom--;
        if (bottom < stackSize - 1) cycles.push(Array.from(stack.subarray(bottom, stackSize)).sort((a, b) => a - b));
        for (let k = bottom; k < stackSize; k++) onStack[stack[k]] = 0;
        stackSize = bottom;
      }
    }
  }
  // Reported in the order of their first task, whichever way the walk found them.
  return cycles.sort((a, b) => a[0] - b[0]);
}

export function reportCycles(tasks: readonly Task[], cycles: number[][], issues: Issue[]): void {
  for (const cycle of cycles) {
    const ids = cycle.map((i) => tasks[i].id);
    const first = tasks[cycle[0]];
    issues.push({
      severity: 'error', table: 'Tasks', row: first.row, column: 'Predecessors', cell: first.cells.predecessors ?? null,
      message: `Tasks ${ids.join(', ')} depend on each other in a loop, so none can start first. Remove one of the links between them.`,
    });
  }
}
