/**
 * Forward-backward improvement (Li and Willis 1992; Valls et al. 2005, "justification"): push
 * every activity as late as it can go without passing the finish, in order of finish, then pull
 * each back as early as it can go, in order of those late starts. Gaps close and the finish often
 * moves earlier; repeating while it helps is the strongest cheap step known for this problem.
 */
import { listByKey } from './activityList';
import type { Instance } from './instance';
import type { Profile } from './profile';
import { serialBackward, serialForward } from './serialSgs';

export class Justifier {
  private readonly key: Float64Array;
  private readonly list: Int32Array;
  private readonly late: Int32Array;

  constructor(
    private readonly inst: Instance,
    private readonly profile: Profile,
  ) {
    this.key = new Float64Array(inst.n);
    this.list = new Int32Array(inst.movable.length);
    this.late = new Int32Array(inst.n);
  }

  /**
   * One backward and one forward pass from the forward plan `starts` ending at `finish`; the new
   * forward plan goes into `out`. Returns its finish, or -1 when the backward pass found no room.
   */
  pass(starts: Int32Array, finish: number, out: Int32Array): number {
    const { inst, profile, key, list, late } = this;
    // Latest finish first: as a smallest-first key, the negated finish.
    for (let j = 0; j < inst.n; j++) key[j] = -(starts[j] + inst.duration[j]);
    listByKey(inst, key, false, list);
    if (!serialBackward(inst, profile, list, finish, late)) return -1;
    for (let j = 0; j < inst.n; j++) key[j] = late[j];
    listByKey(inst, key, true, list);
    return serialForward(inst, profile, list, out);
  }
}
