/**
 * The parallel schedule generation scheme: walk forward in time and, at each moment, start
 * whichever waiting activities fit now, one at a time in the order a chooser gives.
 */
import { ActivityHeap } from './activityList';
import type { Instance } from './instance';
import type { Profile } from './profile';

/** Picks one of candidates[0..count) to start on day t; returns its position. */
export type Chooser = (candidates: Int32Array, count: number, t: number) => number;

export function parallelForward(inst: Instance, profile: Profile, choose: Chooser, starts: Int32Array): number {
  const { n, release, duration, fixed, predStart, predOf, predLag, succStart, succOf } = inst;
  profile.reset();
  const waiting = new Int32Array(n);
  // The first day each released activity could start: days only fill up as the walk goes on,
  // so once computed it stays a lower bound, and the walk can jump straight to the next one.
  const earliestNow = new Int32Array(n);
  const later = new ActivityHeap(inst.movable.length, earliestNow, inst.tieRank);
  const candidates = new Int32Array(inst.movable.length);
  let count = 0;
  let finish = inst.fixedFinish;

  const release_ = (j: number): void => {
    let from = release[j];
    for (let e = predStart[j]; e < predStart[j + 1]; e++) from = Math.max(from, starts[predOf[e]] + predLag[e]);
    earliestNow[j] = from;
    later.push(j);
  };

  for (let j = 0; j < n; j++) if (fixed[j]) starts[j] = release[j];
  for (const j of inst.movable) {
    let w = 0;
    for (let e = predStart[j]; e < predStart[j + 1]; e++) if (!fixed[predOf[e]]) w++;
    waiting[j] = w;
    if (w === 0) release_(j);
  }

  let left = inst.movable.length;
  while (left > 0) {
    const t = earliestNow[later.peek()];
    for (;;) {
      while (later.length > 0 && earliestNow[later.peek()] <= t) {
        const j = later.pop();
        if (profile.fitsAt(j, t)) candidates[count++] = j;
        else {
          earliestNow[j] = profile.earliestFit(j, t);
          later.push(j);
        }
      }
      if (count === 0) break;
      const picked = choose(candidates, count, t);
      const j = candidates[picked];
      candidates[picked] = candidates[--count];
      profile.reserve(j, t);
      starts[j] = t;
      finish = Math.max(finish, t + duration[j]);
      left--;
      // What j now uses may shut others out of today.
      for (let i = count - 1; i >= 0; i--) {
        const k = candidates[i];
        if (profile.fitsAt(k, t)) continue;
        candidates[i] = candidates[--count];
        earliestNow[k] = profile.earliestFit(k, t);
        later.push(k);
      }
      for (let e = succStart[j]; e < succStart[j + 1]; e++) {
        const s = succOf[e];
        if (!fixed[s] && --waiting[s] === 0) release_(s);
      }
    }
  }
  return finish;
}
