/**
 * Leveling on the PSPLIB j30 benchmark: every plan sound (checked independently of the solver),
 * never shorter than the proven optimum, and on average close to it. Runs all 480 instances when
 * the shared set is present, else the fixtures beside this file. A smaller search budget than the
 * default keeps the run short on a busy machine; `npm run bench:level` measures the default.
 */
import { join } from 'path';
import { levelProject } from '../../../src/engine/leveling/levelProject';
import { listInstances, psplibDir, readOptimum, readSm, toLevelingProblem } from '../../support/psplib';
import { checkPlan } from './checkPlan';

const dir = psplibDir() ?? join(__dirname, 'fixtures');
const optimum = readOptimum(join(dir, 'optimum.csv'));
const files = listInstances(dir);

describe(`PSPLIB j30 (${files.length} instances from ${dir})`, () => {
  const gaps: number[] = [];

  it('reads every instance: 32 jobs, 4 resources, dummies of duration 0', () => {
    for (const file of files) {
      const inst = readSm(join(dir, file));
      expect(inst.durations).toHaveLength(32);
      expect(inst.capacities).toHaveLength(4);
      expect(inst.durations[0]).toBe(0);
      expect(inst.durations[31]).toBe(0);
      expect(optimum.has(file)).toBe(true);
    }
  });

  it('levels every instance into a sound plan no shorter than the optimum', () => {
    const faults: string[] = [];
    for (const file of files) {
      const problem = toLevelingProblem(readSm(join(dir, file)));
      const plan = levelProject(problem, { maxSchedules: 500 });
      const best = optimum.get(file) as number;
      for (const fault of checkPlan(problem, plan)) faults.push(`${file}: ${fault}`);
      if (plan.infeasible.length + plan.brokenLinks.length + plan.fixedOverloads.length > 0) faults.push(`${file}: reported a problem`);
      if (plan.makespan < best) faults.push(`${file}: ${plan.makespan} is shorter than the optimum ${best}`);
      if (plan.lowerBound > best) faults.push(`${file}: lower bound ${plan.lowerBound} above the optimum ${best}`);
      gaps.push((plan.makespan - best) / best);
    }
    expect(faults).toEqual([]);
  }, 120_000);

  it('stays on average within 1.5% of the optimum', () => {
    const mean = gaps.reduce((a, b) => a + b, 0) / gaps.length;
    // The fixtures are the hardest instances; the whole set is held to the target.
    expect(mean).toBeLessThan(files.length >= 480 ? 0.015 : 0.05);
  });
});
