/** Resource loading: 10,000 tasks, 200 resources, two years by day: target under 1 s. */
import { loading } from '../src/engine/loading';
import { largeCostPlan, timeIt } from './earnedValue';

const TARGET_MS = 1000;

export function benchLoading(): void {
  const { model, schedule } = largeCostPlan(10_000, 200, 0, 730);
  for (const period of ['day', 'week', 'month'] as const) {
    let columns = 0;
    const t = timeIt(5, () => {
      columns = loading(model, schedule, period).periods.length;
    });
    const target = period === 'day' ? ` (target < ${TARGET_MS} ms, ${(t.median / TARGET_MS).toFixed(2)} of it)` : '';
    console.log(`loading by ${period}: 10,000 tasks, 200 resources, ${columns} periods: best ${t.best.toFixed(0)} ms, median ${t.median.toFixed(0)} ms${target}`);
  }
}

if (require.main === module) benchLoading();
