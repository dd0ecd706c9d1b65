/**
 * Float. Total float = late start − early start (for started work: of its remaining part, which
 * is late finish − early finish). Free float = how far a task can slip before it moves any
 * successor's early dates or the project finish; a link that is already broken (a pin, an actual
 * date) gives no free float rather than a negative one.
 */
import * as codes from './state';
import type { Network, Times } from './state';

// Bound once here: a bundler may turn an imported binding into a getter, too slow for a hot loop.
const { COMPLETE, FF, FS, SS, UNLIMITED, UNSTARTED } = codes;

export function totalFloats(net: Network, times: Times, float: Int32Array): void {
  const { order } = net;
  const { earlyStart, lateStart, state } = times;
  for (let i = 0; i < order.length; i++) {
    const s = order[i];
    float[s] = state[s] === COMPLETE ? 0 : lateStart[s] - earlyStart[s];
  }
}

/**
 * Early-date slack on link k from p to s: how far p's early dates can move before s's do.
 * NaN when the link no longer constrains anything (it is about a start that has happened).
 */
export function linkSlack(net: Network, times: Times, k: number, p: number, s: number): number {
  const { earlyStart, earlyFinish, startSeen, state } = times;
  if (state[s] === COMPLETE || state[p] === COMPLETE) return NaN;
  // A delayed successor moves as soon as its predecessor does: the delay is no slack.
  const lag = net.predLag[k] + times.delay[s];
  switch (net.predType[k]) {
    case FS:
      return earlyStart[s] - earlyFinish[p] - lag;
    case FF:
      return earlyFinish[s] - earlyFinish[p] - lag;
    case SS:
      if (state[p] !== UNSTARTED || state[s] !== UNSTARTED) return NaN;
      return earlyStart[s] - startSeen[p] - lag;
    default:
      if (state[p] !== UNSTARTED) return NaN;
      return earlyFinish[s] - startSeen[p] - lag;
  }
}

/**
 * The same slack as `linkSlack`, inlined over every link: this loop runs 200,000 times on big
 * plans. In reverse topological order every successor of a task comes before it, so its free
 * float is complete when the loop reaches it; one loop, so V8 optimises it as one piece.
 */
export function freeFloats(net: Network, times: Times, float: Int32Array): void {
  const { order, predStart, predTask, predType, predLag } = net;
  const { earlyStart, earlyFinish, startSeen, state, delay, projectFinish } = times;
  float.fill(UNLIMITED);
  for (let i = order.length - 1; i >= 0; i--) {
    const s = order[i];
    if (state[s] === COMPLETE) {
      float[s] = 0;
      continue;
    }
    const own = projectFinish - earlyFinish[s];
    const least = float[s] < own ? float[s] : own;
    float[s] = least > 0 ? least : 0;
    const unstarted = state[s] === UNSTARTED;
    const start = earlyStart[s] - delay[s];
    const finish = earlyFinish[s] - delay[s];
    for (let k = predStart[s], end = predStart[s + 1]; k < end; k++) {
      const p = predTask[k];
      const ps = state[p];
      if (ps === COMPLETE) continue;
      const type = predType[k];
      let slack: number;
      if (type === FS) slack = start - earlyFinish[p] - predLag[k];
      else if (type === FF) slack = finish - earlyFinish[p] - predLag[k];
      else if (ps !== UNSTARTED) continue;
      else if (type === SS) {
        if (!unstarted) continue;
        slack = start - startSeen[p] - predLag[k];
      } else slack = finish - startSeen[p] - predLag[k];
      if (slack < float[p]) float[p] = slack;
    }
  }
}
