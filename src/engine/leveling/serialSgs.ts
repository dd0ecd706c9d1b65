/**
 * The serial schedule generation scheme: take the activities in list order and put each at the
 * first day (forward) or the last day (backward) where its links and every resource allow it.
 */
import type { Instance } from './instance';
import type { Profile } from './profile';

/** Builds a forward schedule into `starts`; returns its finish (relative, exclusive). */
export function serialForward(inst: Instance, profile: Profile, list: Int32Array, starts: Int32Array): number {
  const { release, duration, predStart, predOf, predLag, fixed } = inst;
  profile.reset();
  for (let j = 0; j < inst.n; j++) if (fixed[j]) starts[j] = release[j];
  let finish = inst.fixedFinish;
  for (let i = 0; i < inst.movable.length; i++) {
    const j = list[i];
    let from = release[j];
    for (let e = predStart[j]; e < predStart[j + 1]; e++) from = Math.max(from, starts[predOf[e]] + predLag[e]);
    const t = profile.earliestFit(j, from);
    profile.reserve(j, t);
    starts[j] = t;
    finish = Math.max(finish, t + duration[j]);
  }
  return finish;
}

/**
 * Builds a backward schedule that finishes by `finish`, each activity as late as its successors
 * and the resources allow (the right half of forward-backward improvement). Returns false when
 * some activity would have to start before its earliest start; the caller then keeps what it had.
 */
export function serialBackward(inst: Instance, profile: Profile, list: Int32Array, finish: number, starts: Int32Array): boolean {
  const { release, duration, succStart, succOf, succLag, fixed, earliest } = inst;
  profile.reset();
  for (let j = 0; j < inst.n; j++) if (fixed[j]) starts[j] = release[j];
  for (let i = 0; i < inst.movable.length; i++) {
    const j = list[i];
    let latest = finish - duration[j];
    for (let e = succStart[j]; e < succStart[j + 1]; e++) latest = Math.min(latest, starts[succOf[e]] - succLag[e]);
    const t = profile.latestFit(j, latest, earliest[j]);
    if (t < 0) return false;
    profile.reserve(j, t);
    starts[j] = t;
  }
  return true;
}
