/** Summary tasks carry what lies beneath them: each task's own amount plus its descendants'. */
import type { Task } from '../../model/types';

export function rollUp(tasks: readonly Task[], own: ArrayLike<number>): Float64Array {
  const total = new Float64Array(tasks.length);
  for (let i = 0; i < tasks.length; i++) {
    const amount = own[i];
    if (amount === 0) continue;
    total[i] += amount;
    for (let p = tasks[i].parent; p !== null; p = tasks[p].parent) total[p] += amount;
  }
  return total;
}
