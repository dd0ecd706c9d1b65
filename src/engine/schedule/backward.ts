/**
 * The backward pass: late finish and start of every leaf task, in reverse topological order, and
 * with them both floats, in the same loop over the links (on big plans a second walk over 200,000
 * links costs as much as the pass itself).
 *
 * Every task finishes by the project finish (so one with no successors has that late finish),
 * and by its late constraints and deadline, which may leave float negative. Links are the forward
 * ones read backwards; those about a start that has already happened constrain nothing, and a
 * task's leveling delay counts against its predecessors (its start follows them by that much).
 *
 * Total float = late start − early start (for started work: of its remaining part). Free float =
 * how far a task can slip before it moves any successor's early dates or the project finish; a
 * link that is already broken (a pin, an actual date) gives no free float rather than a negative
 * one. In reverse topological order every successor of a task comes before it, so both its late
 * finish and its free float are complete when the loop reaches it.
 */
import * as codes from './state';
import type { Network, Times } from './state';

// Bound once here: a bundler may turn an imported binding into a getter, too slow for a hot loop.
const { COMPLETE, FF, FS, SS, UNLIMITED, UNSTARTED } = codes;

export function backwardPass(net: Network, times: Times): void {
  const { order, predStart, predTask, predType, predLag } = net;
  const {
    earlyStart, earlyFinish, startSeen, lateStart, lateFinish, remaining, state, bounded, lateCap, delay,
    projectFinish, totalFloat, freeFloat,
  } = times;

  startLateFinishes(order, bounded, lateCap, projectFinish, lateFinish, freeFloat);
  // The earliest moment any date lies at: a late start may be before every early one.
  let earliest = times.earliestMoment;
  for (let i = order.length - 1; i >= 0; i--) {
    const s = order[i];
    if (state[s] === COMPLETE) {
      lateStart[s] = earlyStart[s];
      lateFinish[s] = earlyFinish[s];
      totalFloat[s] = 0;
      freeFloat[s] = 0;
      continue;
    }
    // A leveling delay sits between the links and the start: predecessors must allow for it.
    const linkFinish = lateFinish[s] - delay[s];
    const start = lateFinish[s] - remaining[s];
    lateStart[s] = start;
    if (start < earliest) earliest = start;
    const linkStart = start - delay[s];
    totalFloat[s] = start - earlyStart[s];
    const own = projectFinish - earlyFinish[s];
    const least = freeFloat[s] < own ? freeFloat[s] : own;
    freeFloat[s] = least > 0 ? least : 0;
    // A delayed successor moves as soon as its predecessor does: the delay is no slack.
    const earlyLinkStart = earlyStart[s] - delay[s];
    const earlyLinkFinish = earlyFinish[s] - delay[s];
    const unstarted = state[s] === UNSTARTED;
    for (let k = predStart[s], end = predStart[s + 1]; k < end; k++) {
      const p = predTask[k];
      const ps = state[p];
      if (ps === COMPLETE) continue;
      const type = predType[k];
      const lag = predLag[k];
      let limit: number;
      let slack: number;
      if (type === FS) {
        limit = linkStart - lag;
        slack = earlyLinkStart - earlyFinish[p] - lag;
      } else if (type === FF) {
        limit = linkFinish - lag;
        slack = earlyLinkFinish - earlyFinish[p] - lag;
      } else if (ps !== UNSTARTED) {
        continue;
      } else if (type === SS) {
        if (!unstarted) continue;
        limit = linkStart - lag + remaining[p];
        slack = earlyLinkStart - startSeen[p] - lag;
      } else {
        limit = linkFinish - lag + remaining[p];
        slack = earlyLinkFinish - startSeen[p] - lag;
      }
      if (limit < lateFinish[p]) lateFinish[p] = limit;
      if (slack < freeFloat[p]) freeFloat[p] = slack;
    }
  }
  times.earliestMoment = earliest;
}

/**
 * Every task finishes by the project finish and its own late limits, and has no successor yet to
 * limit its free float. A loop of its own: V8 optimises a hot loop on the spot, and the next loop
 * in the same function would then run unoptimised on every call.
 */
function startLateFinishes(order: Int32Array, bounded: Uint8Array, lateCap: Int32Array, projectFinish: number, lateFinish: Int32Array, freeFloat: Int32Array): void {
  for (let i = 0; i < order.length; i++) {
    const s = order[i];
    lateFinish[s] = bounded[s] !== 0 && lateCap[s] < projectFinish ? lateCap[s] : projectFinish;
    freeFloat[s] = UNLIMITED;
  }
}
