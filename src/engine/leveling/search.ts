/**
 * The search for a short plan: every priority rule through the serial and then the parallel
 * schedule generation scheme, then regret-based biased random sampling, each plan polished by
 * forward-backward improvement, until a plan reaches the lower bound or the budget is spent.
 *
 * The budget counts schedules and resource-days examined, never the clock, so that the same
 * problem always gives the same plan; the effort cap keeps big projects to about a second.
 */
import { listByKey, sampleList } from './activityList';
import type { Instance } from './instance';
import { Justifier } from './justify';
import { brokenLinkCount, comparePlans } from './objective';
import { parallelForward } from './parallelSgs';
import { byKey, byRegret, ruleKeys, worstCaseSlack, type RuleName } from './priorityRules';
import { Profile } from './profile';
import { seededRandom } from './random';
import { serialForward } from './serialSgs';

export interface SearchResult {
  starts: Int32Array;
  finish: number;
  schedules: number;
}

/** The user's own order first: when it is already as short as can be, it is the plan. */
const RULES: RuleName[] = ['priority', 'LFT', 'LST', 'MTS', 'GRPW', 'GRD'];

/** Resource-days examined before the search stops improving (about half a second). */
const EFFORT_LIMIT = 150_000_000;

/** Worst case slack compares every pair of candidates: only for projects of modest size. */
const WCS_MAX_ACTIVITIES = 400;

export function searchPlan(inst: Instance, maxSchedules: number, seed: number): SearchResult {
  const profile = new Profile(inst);
  const justifier = new Justifier(inst, profile);
  const list = new Int32Array(inst.movable.length);
  let work = new Int32Array(inst.n);
  let spare = new Int32Array(inst.n);
  const best = new Int32Array(inst.n);
  let bestFinish = Infinity;
  let bestBroken = Infinity;
  let used = 0;

  const consider = (starts: Int32Array, finish: number): void => {
    const broken = brokenLinkCount(inst, starts);
    if (comparePlans(inst, starts, finish, broken, best, bestFinish, bestBroken) < 0) {
      best.set(starts);
      bestFinish = finish;
      bestBroken = broken;
    }
  };
  const spent = (): boolean => used >= maxSchedules || profile.work >= EFFORT_LIMIT;
  const optimal = (): boolean => bestBroken === 0 && bestFinish <= inst.lowerBound;

  /** Takes the plan in `work`, keeps it if best, and improves it while its finish moves earlier. */
  const polish = (finish: number): void => {
    used++;
    consider(work, finish);
    while (!spent()) {
      const next = justifier.pass(work, finish, spare);
      used += 2;
      if (next < 0) return;
      consider(spare, next);
      if (next >= finish) return;
      [work, spare] = [spare, work];
      finish = next;
    }
  };

  // Every rule serially (always: cheap, and it ranks ties the user's way), then in parallel.
  const keys = RULES.map((rule) => ruleKeys(inst, rule));
  for (const key of keys) polish(serialForward(inst, profile, listByKey(inst, key, true, list), work));
  for (const key of keys) if (!spent()) polish(parallelForward(inst, profile, byKey(key, inst.tieRank), work));
  if (!spent() && inst.movable.length <= WCS_MAX_ACTIVITIES) polish(parallelForward(inst, profile, worstCaseSlack(inst, profile), work));

  const random = seededRandom(seed);
  const lft = keys[RULES.indexOf('LFT')];
  const regret = byRegret(lft, random);
  for (let round = 0; !spent() && !optimal(); round++) {
    if (round % 2 === 0) polish(serialForward(inst, profile, sampleList(inst, lft, random, list), work));
    else polish(parallelForward(inst, profile, regret, work));
  }
  return { starts: best, finish: bestFinish, schedules: used };
}
