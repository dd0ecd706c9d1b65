/**
 * Which of two plans is better: fewer broken links into fixed work, then the earlier project
 * finish, then (the user's tie-break) less delay for higher-priority work class by class, then
 * earlier starts taken in the user's order (priority, then less total float).
 */
import type { Instance } from './instance';

export function brokenLinkCount(inst: Instance, starts: Int32Array): number {
  let broken = 0;
  for (let j = 0; j < inst.n; j++) {
    for (let e = inst.predStart[j]; e < inst.predStart[j + 1]; e++) {
      if (starts[j] < starts[inst.predOf[e]] + inst.predLag[e]) broken++;
    }
  }
  return broken;
}

/** Negative when plan a is better than plan b, positive when worse, 0 when the same. */
export function comparePlans(inst: Instance, a: Int32Array, aFinish: number, aBroken: number, b: Int32Array, bFinish: number, bBroken: number): number {
  if (aBroken !== bBroken) return aBroken - bBroken;
  if (aFinish !== bFinish) return aFinish - bFinish;
  const { tieOrder, priority, earliest } = inst;
  // Delay summed over each priority class, the highest class first.
  let i = 0;
  while (i < tieOrder.length) {
    const level = priority[tieOrder[i]];
    let delay = 0;
    for (; i < tieOrder.length && priority[tieOrder[i]] === level; i++) {
      const j = tieOrder[i];
      delay += a[j] - earliest[j] - (b[j] - earliest[j]);
    }
    if (delay !== 0) return delay;
  }
  for (const j of tieOrder) if (a[j] !== b[j]) return a[j] - b[j];
  return 0;
}
