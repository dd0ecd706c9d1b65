/**
 * The tasks as the passes need them. Durations, summaries and links come from the model's network
 * (model/taskNetwork.ts: typed arrays made once by buildModel), so most tasks are never visited as
 * objects here; only the few with progress, a constraint, a deadline, a fixed start or a leveling
 * delay are read in full, and marked for constraints.ts and issues.ts.
 */
import type { TaskNetwork } from '../../model/taskNetwork';
import type { Task } from '../../model/types';
import type { Moments } from './moments';
import { readProgress } from './progress';
import * as codes from './state';
import { touch } from './state';
import type { Times } from './state';

// Bound once here: a bundler may turn an imported binding into a getter, too slow for a hot loop.
const { DATED, FIXED_START } = codes;

export function readTasks(tasks: readonly Task[], network: TaskNetwork, moments: Moments, times: Times, levelingDelays?: readonly number[]): void {
  const { leaf, marks } = times;
  const { detailed } = network;
  for (let j = 0; j < detailed.length; j++) {
    const s = detailed[j];
    const t = tasks[s];
    touch(times, s);
    if (t.constraintDate !== null || t.deadline !== null || t.constraintType !== 'ASAP') marks[s] = DATED;
    else if (t.fixedStart !== null) marks[s] = FIXED_START;
    if (leaf[s] === 0) continue;
    if (t.percentComplete > 0 || t.actualStart !== null || t.actualFinish !== null) {
      if (times.remaining === network.duration) times.remaining = network.duration.slice();
      readProgress(t, s, moments, times);
    }
    if (levelingDelays === undefined) delayBy(times, s, t.levelingDelay);
  }
  // Leveling asks for delays of its own, for any task. Whether progress or a pin leaves room for
  // a delay is settled in constraints.ts.
  if (levelingDelays !== undefined) {
    for (let s = 0; s < leaf.length; s++) {
      if (leaf[s] === 1) delayBy(times, s, levelingDelays[s] !== undefined ? levelingDelays[s] : tasks[s].levelingDelay);
    }
  }
}

/**
 * Task s starts `wanted` working days (rounded) after its links allow. The call makes its own
 * delay array on the first delay: a plan without any shares one array of zeros.
 */
function delayBy(times: Times, s: number, wanted: number): void {
  const days = wanted > 0 && Number.isFinite(wanted) ? Math.round(wanted) : 0;
  if (days === 0) return;
  touch(times, s);
  if (!times.anyDelay) {
    times.delay = new Int32Array(times.leaf.length);
    times.anyDelay = true;
  }
  times.delay[s] = days;
}
