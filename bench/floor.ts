/**
 * The floor for the schedule benchmark: a bare forward and backward pass over typed arrays, the
 * least any critical-path engine must do for a network. No calendar, no objects, no drivers; the
 * topological order is handed in (timed separately, as `with order`).
 */
import { performance } from 'perf_hooks';
import type { Model } from '../src/model/types';

export interface LinkMatrix {
  n: number;
  durations: Int32Array;
  predStart: Int32Array;
  predTask: Int32Array;
  /** 0 FS, 1 SS, 2 FF, 3 SF */
  predType: Uint8Array;
  predLag: Int32Array;
}

const TYPE: Record<string, number> = { FS: 0, SS: 1, FF: 2, SF: 3 };

/** The model's links as compressed rows (not timed: the floor starts from the matrix). */
export function linkMatrix(model: Model): LinkMatrix {
  const n = model.tasks.length;
  const predStart = new Int32Array(n + 1);
  let total = 0;
  for (let s = 0; s < n; s++) {
    predStart[s] = total;
    total += model.tasks[s].predecessors.length;
  }
  predStart[n] = total;
  const predTask = new Int32Array(total);
  const predType = new Uint8Array(total);
  const predLag = new Int32Array(total);
  const durations = new Int32Array(n);
  let k = 0;
  for (const t of model.tasks) {
    durations[t.index] = t.duration;
    for (const l of t.predecessors) {
      predTask[k] = l.predecessor;
      predType[k] = TYPE[l.type];
      predLag[k] = l.lag;
      k++;
    }
  }
  return { n, durations, predStart, predTask, predType, predLag };
}

/** Kahn's algorithm over the matrix. */
export function topologicalOrder(m: LinkMatrix): Int32Array {
  const { n, predStart, predTask } = m;
  const outStart = new Int32Array(n + 1);
  for (let k = 0; k < predTask.length; k++) outStart[predTask[k] + 1]++;
  for (let i = 0; i < n; i++) outStart[i + 1] += outStart[i];
  const next = outStart.slice(0, n);
  const out = new Int32Array(predTask.length);
  const waiting = new Int32Array(n);
  for (let s = 0; s < n; s++) {
    waiting[s] = predStart[s + 1] - predStart[s];
    for (let k = predStart[s]; k < predStart[s + 1]; k++) out[next[predTask[k]]++] = s;
  }
  const order = new Int32Array(n);
  let tail = 0;
  for (let i = 0; i < n; i++) if (waiting[i] === 0) order[tail++] = i;
  for (let head = 0; head < tail; head++) {
    const p = order[head];
    for (let j = outStart[p]; j < outStart[p + 1]; j++) if (--waiting[out[j]] === 0) order[tail++] = out[j];
  }
  return order;
}

export interface FloorResult {
  earlyStart: Int32Array;
  earlyFinish: Int32Array;
  lateStart: Int32Array;
  lateFinish: Int32Array;
  totalFloat: Int32Array;
}

export function floorResult(n: number): FloorResult {
  return { earlyStart: new Int32Array(n), earlyFinish: new Int32Array(n), lateStart: new Int32Array(n), lateFinish: new Int32Array(n), totalFloat: new Int32Array(n) };
}

/** Forward and backward pass in moments (start 0); returns the project finish. */
export function floorPass(m: LinkMatrix, order: Int32Array, r: FloorResult): number {
  const { durations, predStart, predTask, predType, predLag } = m;
  const { earlyStart, earlyFinish, lateStart, lateFinish, totalFloat } = r;
  let finish = 0;
  for (let i = 0; i < order.length; i++) {
    const s = order[i];
    const d = durations[s];
    let es = 0;
    for (let k = predStart[s]; k < predStart[s + 1]; k++) {
      const p = predTask[k];
      const t = predType[k];
      const v = t === 0 ? earlyFinish[p] + predLag[k]
        : t === 1 ? earlyStart[p] + predLag[k]
          : t === 2 ? earlyFinish[p] + predLag[k] - d
            : earlyStart[p] + predLag[k] - d;
      if (v > es) es = v;
    }
    earlyStart[s] = es;
    earlyFinish[s] = es + d;
    if (es + d > finish) finish = es + d;
  }
  for (let i = 0; i < order.length; i++) lateFinish[order[i]] = finish;
  for (let i = order.length - 1; i >= 0; i--) {
    const s = order[i];
    const lf = lateFinish[s];
    const ls = lf - durations[s];
    lateStart[s] = ls;
    totalFloat[s] = ls - earlyStart[s];
    for (let k = predStart[s]; k < predStart[s + 1]; k++) {
      const p = predTask[k];
      const t = predType[k];
      const v = t === 0 ? ls - predLag[k]
        : t === 1 ? ls - predLag[k] + durations[p]
          : t === 2 ? lf - predLag[k]
            : lf - predLag[k] + durations[p];
      if (v < lateFinish[p]) lateFinish[p] = v;
    }
  }
  return finish;
}

/**
 * Median and best of `runs` timings after one warm-up, in ms. On a shared machine the best is the
 * fairer figure (the least disturbed run), so ratios use it.
 */
export function timeIt(runs: number, work: () => void): { median: number; best: number } {
  work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    work();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], best: times[0] };
}

if (require.main === module) {
  // Standalone: the floor alone on the schedule benchmark's plans.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { benchPlan } = require('./schedule') as typeof import('./schedule');
  for (const n of [10_000, 100_000]) {
    const m = linkMatrix(benchPlan(n).model);
    const order = topologicalOrder(m);
    const r = floorResult(m.n);
    const pass = timeIt(21, () => floorPass(m, order, r));
    const sorted = timeIt(21, () => floorPass(m, topologicalOrder(m), r));
    console.log(`floor ${n.toLocaleString('en-US')} tasks: passes ${pass.median.toFixed(2)} ms, with order ${sorted.median.toFixed(2)} ms`);
  }
}
