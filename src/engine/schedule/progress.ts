/**
 * Progress: which tasks are done, started or still to do, their actual dates as moments, and the
 * remaining duration = duration × (1 − % complete), rounded up to whole days (contract §2).
 */
import type { Task } from '../../model/types';
import type { Moments } from './moments';
import * as codes from './state';
import type { Times } from './state';

// Bound once here: a bundler may turn an imported binding into a getter, too slow for a hot loop.
const { COMPLETE, STARTED } = codes;

/** % complete this close to 100% counts as done (a share typed as 0.9999999). */
const DONE = 1 - 1e-9;

/** A leaf task with some progress: read.ts calls it only for those, once it has set the duration and remaining duration. */
export function readProgress(t: Task, i: number, moments: Moments, times: Times): void {
  const { duration, remaining, state, actualStart, actualFinish } = times;
  const d = duration[i];
  const share = t.percentComplete > 0 ? Math.min(1, t.percentComplete) : 0;
  if (d === 0) {
    // A milestone with any progress has been reached.
    state[i] = COMPLETE;
    const date = t.actualFinish ?? t.actualStart;
    if (date !== null) actualStart[i] = actualFinish[i] = moments.milestoneOnOrAfter(date);
    remaining[i] = 0;
    return;
  }
  if (t.actualStart !== null) actualStart[i] = moments.startOnOrAfter(t.actualStart);
  if (t.actualFinish !== null) {
    actualFinish[i] = Math.max(moments.finishOnOrBefore(t.actualFinish), actualStart[i]);
  }
  if (share >= DONE || t.actualFinish !== null) {
    state[i] = COMPLETE;
    remaining[i] = 0;
  } else {
    state[i] = STARTED;
    remaining[i] = Math.max(1, Math.ceil(d * (1 - share) - 1e-9));
  }
}
