/**
 * The slack on one link, for the free float of a group of tasks (summaries.ts). The floats of
 * single tasks are worked out in the backward pass, which visits every link anyway.
 */
import * as codes from './state';
import type { Network, Times } from './state';

// Bound once here: a bundler may turn an imported binding into a getter, too slow for a hot loop.
const { COMPLETE, FF, FS, SS, UNSTARTED } = codes;

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
