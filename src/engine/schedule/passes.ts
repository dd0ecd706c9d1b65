/** The forward and backward passes, and the second forward pass that puts ALAP work late. */
import { backwardPass } from './backward';
import { forwardPass } from './forward';
import type { Network, Times } from './state';

export function runPasses(net: Network, times: Times): void {
  forwardPass(net, times);
  backwardPass(net, times);
  if (times.anyAlap) {
    // ALAP work goes to its late dates, and its successors after it; the floats follow the new
    // early dates.
    forwardPass(net, times, times.lateStart.slice());
    backwardPass(net, times);
  }
}
