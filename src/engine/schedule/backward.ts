/**
 * The backward pass: late finish and start of every leaf task, in reverse topological order.
 * Every task finishes by the project finish (so one with no successors has that late finish),
 * and by its late constraints and deadline, which may leave float negative. Links are the forward
 * ones read backwards; those about a start that has already happened constrain nothing, and a
 * task's leveling delay counts against its predecessors (its start follows them by that much).
 */
import * as codes from './state';
import type { Network, Times } from './state';

// Bound once here: a bundler may turn an imported binding into a getter, too slow for a hot loop.
const { COMPLETE, FF, FS, SS, UNSTARTED } = codes;

export function backwardPass(net: Network, times: Times): void {
  const { order, predStart, predTask, predType, predLag } = net;
  const { earlyStart, earlyFinish, lateStart, lateFinish, remaining, state, lateCap, delay, projectFinish } = times;

  startLateFinishes(order, lateCap, projectFinish, lateFinish);
  for (let i = order.length - 1; i >= 0; i--) {
    const s = order[i];
    if (state[s] === COMPLETE) {
      lateStart[s] = earlyStart[s];
      lateFinish[s] = earlyFinish[s];
      continue;
    }
    // A leveling delay sits between the links and the start: predecessors must allow for it.
    const linkFinish = lateFinish[s] - delay[s];
    const start = lateFinish[s] - remaining[s];
    lateStart[s] = start;
    const linkStart = start - delay[s];
    const unstarted = state[s] === UNSTARTED;
    for (let k = predStart[s], end = predStart[s + 1]; k < end; k++) {
      const p = predTask[k];
      const ps = state[p];
      if (ps === COMPLETE) continue;
      const type = predType[k];
      let limit: number;
      if (type === FS) limit = linkStart - predLag[k];
      else if (type === FF) limit = linkFinish - predLag[k];
      else if (ps !== UNSTARTED) continue;
      else if (type === SS) {
        if (!unstarted) continue;
        limit = linkStart - predLag[k] + remaining[p];
      } else limit = linkFinish - predLag[k] + remaining[p];
      if (limit < lateFinish[p]) lateFinish[p] = limit;
    }
  }
}

/**
 * Every task finishes by the project finish and its own late limits. A loop of its own: V8
 * optimises a hot loop on the spot, and the next loop in the same function would then run
 * unoptimised on every call.
 */
function startLateFinishes(order: Int32Array, lateCap: Int32Array, projectFinish: number, lateFinish: Int32Array): void {
  for (let i = 0; i < order.length; i++) {
    const s = order[i];
    lateFinish[s] = lateCap[s] < projectFinish ? lateCap[s] : projectFinish;
  }
}
