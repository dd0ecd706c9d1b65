/**
 * As Late As Possible work in a leveled plan: once the plan is found, each such activity moves
 * as late as its successors, the project finish and the resources allow, latest first. It only
 * ever moves later, so its predecessors' links still hold and the finish does not change.
 */
import type { Instance } from './instance';
import { Profile } from './profile';

export function shiftLate(inst: Instance, late: readonly boolean[], starts: Int32Array, finish: number): void {
  const profile = new Profile(inst);
  profile.reset();
  for (const j of inst.movable) profile.reserve(j, starts[j]);
  const { duration, succStart, succOf, succLag, fixed } = inst;
  for (let i = inst.n - 1; i >= 0; i--) {
    const j = inst.topo[i];
    if (!late[j] || fixed[j]) continue;
    let latest = finish - duration[j];
    for (let e = succStart[j]; e < succStart[j + 1]; e++) latest = Math.min(latest, starts[succOf[e]] - succLag[e]);
    if (latest <= starts[j]) continue;
    profile.unreserve(j, starts[j]);
    // Where it is now fits, so the search never goes below it.
    starts[j] = profile.latestFit(j, latest, starts[j]);
    profile.reserve(j, starts[j]);
  }
}
