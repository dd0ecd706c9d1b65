/** Links between tasks: resolved from predecessor text, summary links expanded, cycles found. */
import { leavesOf, isAncestor } from './hierarchy';
import { parseLinks, LINK_HELP } from './parse/links';
import type { DurationRules } from './parse/duration';
import type { TaskRow } from './tasks';
import type { Issue, Link, Task } from './types';

export function buildLinks(rows: readonly TaskRow[], taskById: Map<string, number>, rules: DurationRules, issues: Issue[]): void {
  const tasks = rows.map((r) => r.task);
  const report = (t: Task, message: string, severity: Issue['severity'] = 'error') =>
    issues.push({ severity, table: 'Tasks', row: t.row, column: 'Predecessors', cell: t.cells.predecessors ?? null, message: `Task ${t.id}: ${message}` });

  for (const { task, predecessorText } of rows) {
    if (predecessorText === '') continue;
    const seen = new Set<string>();
    for (const parsed of parseLinks(predecessorText, rules)) {
      if (!parsed.ok) {
        report(task, `'${parsed.text}' ${parsed.reason}. ${LINK_HELP}`);
        continue;
      }
      const { link } = parsed;
      const pred = taskById.get(link.id);
      if (pred === undefined) {
        report(task, `predecessor ${link.id} is not a task ID in the Tasks table. Fix the ID, or remove the link.`);
        continue;
      }
      if (pred === task.index) {
        report(task, `the task is linked to itself. Remove ${link.id} from its predecessors.`);
        continue;
      }
      if (isAncestor(tasks, pred, task.index) || isAncestor(tasks, task.index, pred)) {
        report(task, `it is linked to ${pred === task.parent || isAncestor(tasks, pred, task.index) ? 'its own summary task' : 'one of its own subtasks'} ${link.id}. A summary and its subtasks cannot be linked; link the subtasks to each other instead.`);
        continue;
      }
      const key = `${link.id}`;
      if (seen.has(key)) report(task, `predecessor ${link.id} is listed twice; the stronger link decides. Keep one link per predecessor.`, 'warning');
      seen.add(key);
      const lagDays = link.lagDays ?? (link.lagShare as number) * tasks[pred].duration;
      const lag = Math.sign(lagDays) * Math.round(Math.abs(lagDays));
      if (Math.abs(lag - lagDays) > 1e-9) report(task, `the lag of '${link.text}' is ${+lagDays.toFixed(3)} days and is rounded to ${lag} whole working days.`, 'warning');
      addLink(tasks, { predecessor: pred, successor: task.index, type: link.type, lag, cell: task.cells.predecessors ?? null });
    }
  }
}

/** Links to or from a summary apply to all its subtasks (contract §2). */
function addLink(tasks: Task[], link: Link): void {
  if (!tasks[link.predecessor].summary && !tasks[link.successor].summary) {
    tasks[link.successor].predecessors.push(link);
    return;
  }
  const froms = tasks[link.predecessor].summary ? leavesOf(tasks, link.predecessor) : [link.predecessor];
  const tos = tasks[link.successor].summary ? leavesOf(tasks, link.successor) : [link.successor];
  for (const predecessor of froms) {
    for (const successor of tos) tasks[successor].predecessors.push({ ...link, predecessor, successor });
  }
}

/** Every dependency cycle, as task indexes (Tarjan's strongly connected components, iterative). */
export function findCycles(tasks: readonly Task[]): number[][] {
  const n = tasks.length;
  const successors: number[][] = Array.from({ length: n }, () => []);
  for (const t of tasks) for (const l of t.predecessors) successors[l.predecessor].push(t.index);
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const cycles: number[][] = [];
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    const work: [number, number][] = [[root, 0]];
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const [v, k] = frame;
      if (k === 0) {
        index[v] = low[v] = counter++;
        stack.push(v);
        onStack[v] = 1;
      }
      if (k < successors[v].length) {
        frame[1] = k + 1;
        const w = successors[v][k];
        if (index[w] === -1) work.push([w, 0]);
        else if (onStack[w]) low[v] = Math.min(low[v], index[w]);
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1][0];
        low[parent] = Math.min(low[parent], low[v]);
      }
      if (low[v] === index[v]) {
        const component: number[] = [];
        let w: number;
        do {
          w = stack.pop() as number;
          onStack[w] = 0;
          component.push(w);
        } while (w !== v);
        if (component.length > 1) cycles.push(component.sort((a, b) => a - b));
      }
    }
  }
  return cycles;
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
