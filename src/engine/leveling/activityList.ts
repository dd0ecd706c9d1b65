/**
 * Activity lists: orders of the movable activities in which every activity comes after its
 * linked predecessors (forward) or after its linked successors (backward), which is what a
 * serial schedule generation scheme needs. At each step the list takes, among the activities
 * whose links allow it, the one with the smallest key (ties: the user's tie order), or a
 * randomly biased one when sampling.
 */
import type { Instance } from './instance';
import type { Random } from './random';

/** Min-heap of activities by (key, tieRank); the key may change only while outside the heap. */
export class ActivityHeap {
  private readonly items: Int32Array;
  private size = 0;

  constructor(
    capacity: number,
    private readonly key: ArrayLike<number>,
    private readonly rank: Int32Array,
  ) {
    this.items = new Int32Array(capacity);
  }

  get length(): number {
    return this.size;
  }

  /** The activity on top (only when length > 0). */
  peek(): number {
    return this.items[0];
  }

  private less(a: number, b: number): boolean {
    const ka = this.key[a];
    const kb = this.key[b];
    return ka < kb || (ka === kb && this.rank[a] < this.rank[b]);
  }

  push(j: number): void {
    const items = this.items;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(j, items[parent])) break;
      items[i] = items[parent];
      i = parent;
    }
    items[i] = j;
  }

  pop(): number {
    const items = this.items;
    const top = items[0];
    const last = items[--this.size];
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && this.less(items[child + 1], items[child])) child++;
      if (!this.less(items[child], last)) break;
      items[i] = items[child];
      i = child;
    }
    items[i] = last;
    return top;
  }
}

/** How many movable activities each one waits for along its links, in the given direction. */
function waitingCounts(inst: Instance, forward: boolean): Int32Array {
  const start = forward ? inst.predStart : inst.succStart;
  const other = forward ? inst.predOf : inst.succOf;
  const waiting = new Int32Array(inst.n);
  for (const j of inst.movable) {
    let w = 0;
    for (let e = start[j]; e < start[j + 1]; e++) if (!inst.fixed[other[e]]) w++;
    waiting[j] = w;
  }
  return waiting;
}

/** The list that always takes the eligible activity with the smallest key. */
export function listByKey(inst: Instance, key: ArrayLike<number>, forward: boolean, out: Int32Array): Int32Array {
  const waiting = waitingCounts(inst, forward);
  const next = forward ? inst.succStart : inst.predStart;
  const nextOf = forward ? inst.succOf : inst.predOf;
  const heap = new ActivityHeap(inst.movable.length, key, inst.tieRank);
  for (const j of inst.movable) if (waiting[j] === 0) heap.push(j);
  let k = 0;
  while (heap.length > 0) {
    const j = heap.pop();
    out[k++] = j;
    for (let e = next[j]; e < next[j + 1]; e++) {
      const s = nextOf[e];
      if (!inst.fixed[s] && --waiting[s] === 0) heap.push(s);
    }
  }
  return out;
}

/**
 * Regret-based biased random sampling: each eligible activity is drawn with a chance in
 * proportion to (how much worse the worst eligible key is than its own) + 1, so good keys are
 * favoured without ever excluding the others.
 */
export function sampleList(inst: Instance, key: ArrayLike<number>, random: Random, out: Int32Array): Int32Array {
  const waiting = waitingCounts(inst, true);
  const eligible = new Int32Array(inst.movable.length);
  const weight = new Float64Array(inst.movable.length);
  let count = 0;
  for (const j of inst.movable) if (waiting[j] === 0) eligible[count++] = j;
  let k = 0;
  while (count > 0) {
    let worst = -Infinity;
    for (let i = 0; i < count; i++) worst = Math.max(worst, key[eligible[i]]);
    let total = 0;
    for (let i = 0; i < count; i++) {
      total += worst - key[eligible[i]] + 1;
      weight[i] = total;
    }
    const draw = random.next() * total;
    let pick = 0;
    while (pick < count - 1 && weight[pick] <= draw) pick++;
    const j = eligible[pick];
    eligible[pick] = eligible[--count];
    out[k++] = j;
    for (let e = inst.succStart[j]; e < inst.succStart[j + 1]; e++) {
      const s = inst.succOf[e];
      if (!inst.fixed[s] && --waiting[s] === 0) eligible[count++] = s;
    }
  }
  return out;
}
