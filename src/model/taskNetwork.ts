/**
 * The plan's dependency network as typed arrays: durations, which tasks are summaries, and the
 * links into each task as compressed rows. buildModel makes it once, so that every schedule of
 * the model (and leveling makes many) reads a few flat arrays instead of 100,000 task objects and
 * their 200,000 links. It is derived from `Model.tasks`: treat a built model's tasks as read-only.
 * A model given other tasks (`{ ...model, tasks }`) gets a network of its own when first asked.
 */
import type { LinkType, Model, Task } from './types';

/** Link types as small integers, in `predType`. */
export const FS = 0;
export const SS = 1;
export const FF = 2;
export const SF = 3;
export const LINK_TYPES: readonly LinkType[] = ['FS', 'SS', 'FF', 'SF'];

export interface TaskNetwork {
  /** The task list it was made from. */
  tasks: readonly Task[];
  /** 1 for a task with work of its own (not a summary). */
  leaf: Uint8Array;
  /** Whole working days, never negative; 0 for summaries. */
  duration: Int32Array;
  /** Links into task s are at positions predStart[s] … predStart[s + 1] − 1. */
  predStart: Int32Array;
  predTask: Int32Array;
  /** FS, SS, FF or SF above. */
  predType: Uint8Array;
  /** Whole working days; negative for a lead. */
  predLag: Int32Array;
  /** Some link comes from a later row: the input order is not a topological order. */
  forward: boolean;
  /**
   * Tasks with more to read than a duration and links (a constraint, deadline, fixed start,
   * progress or leveling delay), in input order: the few that engines read in full.
   */
  detailed: Int32Array;
  /**
   * The leaf tasks, every predecessor before its successors: the input order when no link comes
   * from a later row, as in most plans; else Kahn's. Tasks in a dependency loop (and those after
   * them) follow in input order.
   */
  order: Int32Array;
  /** Leaves in a dependency loop or after one, which `order` placed by input order instead. */
  looped: number[];
}

/** The model's network; made now when the model's tasks are not those it was made from. */
export function taskNetwork(model: Pick<Model, 'tasks'> & { network?: TaskNetwork }): TaskNetwork {
  return model.network !== undefined && model.network.tasks === model.tasks ? model.network : networkOf(model.tasks);
}

export function networkOf(tasks: readonly Task[]): TaskNetwork {
  const n = tasks.length;
  const leaf = new Uint8Array(n);
  const duration = new Int32Array(n);
  const predStart = new Int32Array(n + 1);
  const detailed: number[] = [];
  // Summaries first: a link from a later row may come from one.
  for (let s = 0; s < n; s++) leaf[s] = tasks[s].summary ? 0 : 1;
  // One visit per task; room for two links a task, grown when a plan has more.
  let room = 2 * n + 16;
  let predTask = new Int32Array(room);
  let predType = new Uint8Array(room);
  let predLag = new Int32Array(room);
  let forward = false;
  let k = 0;
  for (let s = 0; s < n; s++) {
    predStart[s] = k;
    const t = tasks[s];
    if (isDetailed(t)) detailed.push(s);
    if (leaf[s] === 0) continue;
    duration[s] = Math.max(0, Math.round(t.duration)) | 0;
    const into = t.predecessors;
    if (k + into.length > room) {
      room = 2 * room + into.length;
      predTask = grown(predTask, new Int32Array(room));
      predType = grown(predType, new Uint8Array(room));
      predLag = grown(predLag, new Int32Array(room));
    }
    for (let j = 0; j < into.length; j++) {
      const link = into[j];
      const p = link.predecessor;
      // Links the model has reported (a missing task, itself, a summary) schedule nothing.
      if (!(p >= 0 && p < n && p !== s) || leaf[p] === 0) continue;
      if (p > s) forward = true;
      predTask[k] = p;
      predType[k] = typeCode(link.type);
      predLag[k] = Math.round(link.lag) | 0;
      k++;
    }
  }
  predStart[n] = k;
  const links = { predStart, predTask: predTask.slice(0, k) };
  const { order, looped } = forward ? kahnOrder(leaf, links) : inputOrder(leaf);
  return {
    tasks, leaf, duration, predStart, predTask: links.predTask, predType: predType.slice(0, k), predLag: predLag.slice(0, k),
    forward, detailed: Int32Array.from(detailed), order, looped,
  };
}

function grown<T extends Int32Array | Uint8Array>(values: T, into: T): T {
  into.set(values);
  return into;
}

function inputOrder(leaf: Uint8Array): { order: Int32Array; looped: number[] } {
  const order = new Int32Array(leaf.length);
  let tail = 0;
  for (let i = 0; i < leaf.length; i++) if (leaf[i] === 1) order[tail++] = i;
  return { order: tail < leaf.length ? order.slice(0, tail) : order, looped: [] };
}

function kahnOrder(leaf: Uint8Array, into: { predStart: Int32Array; predTask: Int32Array }): { order: Int32Array; looped: number[] } {
  const n = leaf.length;
  const { predStart, predTask } = into;
  // Successors of each task, as compressed rows.
  const succStart = new Int32Array(n + 1);
  for (let k = 0; k < predTask.length; k++) succStart[predTask[k] + 1]++;
  for (let i = 0; i < n; i++) succStart[i + 1] += succStart[i];
  const next = succStart.slice(0, n);
  const succ = new Int32Array(predTask.length);
  for (let s = 0; s < n; s++) for (let k = predStart[s]; k < predStart[s + 1]; k++) succ[next[predTask[k]]++] = s;

  const waiting = new Int32Array(n);
  const order = new Int32Array(n);
  let leaves = 0;
  let tail = 0;
  for (let i = 0; i < n; i++) {
    if (leaf[i] === 0) continue;
    leaves++;
    waiting[i] = predStart[i + 1] - predStart[i];
    if (waiting[i] === 0) order[tail++] = i;
  }
  for (let head = 0; head < tail; head++) {
    const p = order[head];
    for (let j = succStart[p]; j < succStart[p + 1]; j++) if (--waiting[succ[j]] === 0) order[tail++] = succ[j];
  }
  const looped: number[] = [];
  if (tail < leaves) {
    for (let i = 0; i < n; i++) {
      if (leaf[i] === 1 && waiting[i] > 0) {
        looped.push(i);
        order[tail++] = i;
      }
    }
  }
  return { order: tail < n ? order.slice(0, tail) : order, looped };
}

function typeCode(type: LinkType): number {
  return type === 'SS' ? SS : type === 'FF' ? FF : type === 'SF' ? SF : FS;
}

function isDetailed(t: Task): boolean {
  return t.constraintType !== 'ASAP' || t.constraintDate !== null || t.deadline !== null || t.fixedStart !== null
    || t.percentComplete > 0 || t.actualStart !== null || t.actualFinish !== null || t.levelingDelay !== 0;
}
