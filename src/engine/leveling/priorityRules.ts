/**
 * Priority rules from the scheduling literature (Kolisch 1996): a key per activity, the smaller
 * the sooner it is scheduled; ties always fall back to the user's order (priority, then float).
 */
import { EPS, type Instance } from './instance';
import type { Chooser } from './parallelSgs';
import type { Profile } from './profile';
import type { Random } from './random';

export type RuleName = 'priority' | 'LFT' | 'LST' | 'MTS' | 'GRPW' | 'GRD';

export function ruleKeys(inst: Instance, rule: RuleName): Float64Array {
  const { n, duration, latest } = inst;
  const key = new Float64Array(n);
  switch (rule) {
    case 'priority': // as Microsoft Project's "Priority, Standard": the user's order alone
      for (let j = 0; j < n; j++) key[j] = inst.tieRank[j];
      break;
    case 'LFT': // latest finish time
      for (let j = 0; j < n; j++) key[j] = latest[j] + duration[j];
      break;
    case 'LST': // latest start time (minimum slack)
      for (let j = 0; j < n; j++) key[j] = latest[j];
      break;
    case 'MTS': // most total successors
      totalSuccessors(inst).forEach((count, j) => (key[j] = -count));
      break;
    case 'GRPW': // greatest rank positional weight: own duration plus that of the next activities
      for (let j = 0; j < n; j++) {
        let w = duration[j];
        for (let e = inst.succStart[j]; e < inst.succStart[j + 1]; e++) w += duration[inst.succOf[e]];
        key[j] = -w;
      }
      break;
    case 'GRD': // greatest resource demand, as a share of each resource's first-day capacity
      for (let j = 0; j < n; j++) {
        let w = 0;
        for (let u = inst.useStart[j]; u < inst.useStart[j + 1]; u++) {
          const r = inst.useResource[u];
          w += inst.useAmount[u] / Math.max(EPS, inst.baseAvail[r * inst.horizon]);
        }
        key[j] = -w * duration[j];
      }
      break;
  }
  return key;
}

/** Number of activities reachable along links from each activity (bit sets, latest first). */
function totalSuccessors(inst: Instance): Int32Array {
  const { n, topo, succStart, succOf } = inst;
  const words = (n + 31) >>> 5;
  const sets = new Uint32Array(n * words);
  const count = new Int32Array(n);
  for (let i = n - 1; i >= 0; i--) {
    const j = topo[i];
    const mine = j * words;
    for (let e = succStart[j]; e < succStart[j + 1]; e++) {
      const s = succOf[e];
      sets[mine + (s >>> 5)] |= 1 << (s & 31);
      for (let w = 0; w < words; w++) sets[mine + w] |= sets[s * words + w];
    }
    let c = 0;
    for (let w = 0; w < words; w++) {
      let x = sets[mine + w];
      while (x !== 0) {
        x &= x - 1;
        c++;
      }
    }
    count[j] = c;
  }
  return count;
}

/** Always the smallest key. */
export function byKey(key: ArrayLike<number>, tieRank: Int32Array): Chooser {
  return (candidates, count) => {
    let best = 0;
    for (let i = 1; i < count; i++) {
      const a = candidates[i];
      const b = candidates[best];
      if (key[a] < key[b] || (key[a] === key[b] && tieRank[a] < tieRank[b])) best = i;
    }
    return best;
  };
}

/** Regret-based biased random choice, as in `sampleList`. */
export function byRegret(key: ArrayLike<number>, random: Random): Chooser {
  return (candidates, count) => {
    let worst = -Infinity;
    for (let i = 0; i < count; i++) worst = Math.max(worst, key[candidates[i]]);
    let total = 0;
    for (let i = 0; i < count; i++) total += worst - key[candidates[i]] + 1;
    let draw = random.next() * total;
    for (let i = 0; i < count - 1; i++) {
      draw -= worst - key[candidates[i]] + 1;
      if (draw < 0) return i;
    }
    return count - 1;
  };
}

/**
 * Worst case slack (Kolisch 1996), a dynamic rule for the parallel scheme: the latest start of
 * each candidate less the latest day it could start if any other candidate went first.
 */
export function worstCaseSlack(inst: Instance, profile: Profile): Chooser {
  return (candidates, count, t) => {
    let best = 0;
    let bestSlack = Infinity;
    for (let i = 0; i < count; i++) {
      const j = candidates[i];
      let worstStart = t;
      for (let k = 0; k < count; k++) {
        if (k === i) continue;
        const other = candidates[k];
        profile.reserve(other, t);
        worstStart = Math.max(worstStart, profile.earliestFit(j, t));
        profile.unreserve(other, t);
      }
      const slack = inst.latest[j] - worstStart;
      if (slack < bestSlack || (slack === bestSlack && inst.tieRank[j] < inst.tieRank[candidates[best]])) {
        best = i;
        bestSlack = slack;
      }
    }
    return best;
  };
}
