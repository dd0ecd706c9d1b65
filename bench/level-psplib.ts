/**
 * `npm run bench:level`: levels every PSPLIB j30 instance and compares project lengths with the
 * proven optima, next to a single latest-finish-time pass (what commercial tools ship).
 * Prints average % above the optimum, plans at the optimum, unsound plans (must be 0), and the
 * slowest plan's time.
 */
import { join } from 'path';
import { listByKey } from '../src/engine/leveling/activityList';
import { buildInstance } from '../src/engine/leveling/instance';
import { levelProject } from '../src/engine/leveling/levelProject';
import { ruleKeys } from '../src/engine/leveling/priorityRules';
import { Profile } from '../src/engine/leveling/profile';
import { seededRandom } from '../src/engine/leveling/random';
import { serialForward } from '../src/engine/leveling/serialSgs';
import type { LevelingProblem } from '../src/engine/leveling/problem';
import { checkPlan } from '../test/engine/leveling/checkPlan';
import { listInstances, psplibDir, readOptimum, readSm, toLevelingProblem } from '../test/support/psplib';

/** One serial pass of the latest-finish-time rule: the baseline. */
function singlePassLft(problem: LevelingProblem): number {
  const inst = buildInstance(problem);
  const profile = new Profile(inst);
  const list = listByKey(inst, ruleKeys(inst, 'LFT'), true, new Int32Array(inst.movable.length));
  return serialForward(inst, profile, list, new Int32Array(inst.n));
}

interface Tally {
  gap: number;
  atOptimum: number;
}

function main(): void {
  const dir = psplibDir();
  if (!dir) {
    console.error('PSPLIB j30 not found: set PSPLIB_DIR to the folder holding optimum.csv and the .sm files');
    process.exit(2);
  }
  const optimum = readOptimum(join(dir, 'optimum.csv'));
  const files = listInstances(dir);
  const maxSchedules = process.argv[2] ? Number(process.argv[2]) : undefined;
  const leveled: Tally = { gap: 0, atOptimum: 0 };
  const baseline: Tally = { gap: 0, atOptimum: 0 };
  let unsound = 0;
  let slowest = { ms: 0, name: '' };
  let totalMs = 0;
  let schedules = 0;
  const worst: { name: string; gap: number }[] = [];
  // Warm the JIT up first, so the slowest plan measures the leveler, not the compiler.
  for (const file of files.slice(0, 5)) levelProject(toLevelingProblem(readSm(join(dir, file))), { maxSchedules });

  for (const file of files) {
    const best = optimum.get(file);
    if (best === undefined) throw new Error(`no optimum for ${file}`);
    const problem = toLevelingProblem(readSm(join(dir, file)));
    const started = process.hrtime.bigint();
    const plan = levelProject(problem, { maxSchedules });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    totalMs += ms;
    schedules += plan.schedules;
    if (ms > slowest.ms) slowest = { ms, name: file };
    const faults = checkPlan(problem, plan);
    if (faults.length > 0 || plan.infeasible.length > 0 || plan.brokenLinks.length > 0) {
      unsound++;
      console.log(`${file}: ${faults[0] ?? 'reported infeasible'}`);
    }
    const gap = (plan.makespan - best) / best;
    leveled.gap += gap;
    if (plan.makespan === best) leveled.atOptimum++;
    else worst.push({ name: file, gap });
    if (plan.makespan < best) console.log(`${file}: ${plan.makespan} beats the optimum ${best}?`);
    const single = singlePassLft(problem);
    baseline.gap += (single - best) / best;
    if (single === best) baseline.atOptimum++;
  }

  const count = files.length;
  const pct = (x: number): string => `${((100 * x) / count).toFixed(2)}%`;
  console.log(`PSPLIB j30, ${count} instances (${dir})`);
  console.log(`leveled          : ${pct(leveled.gap)} above optimum on average, ${leveled.atOptimum}/${count} at the optimum`);
  console.log(`single-pass LFT  : ${pct(baseline.gap)} above optimum on average, ${baseline.atOptimum}/${count} at the optimum`);
  console.log(`unsound plans    : ${unsound} (must be 0)`);
  console.log(`time             : slowest ${slowest.ms.toFixed(1)} ms (${slowest.name}), mean ${(totalMs / count).toFixed(1)} ms, total ${(totalMs / 1000).toFixed(1)} s`);
  console.log(`schedules        : ${(schedules / count).toFixed(0)} per plan on average`);
  worst.sort((a, b) => b.gap - a.gap);
  console.log(`worst gaps       : ${worst.slice(0, 5).map((w) => `${w.name} ${(100 * w.gap).toFixed(1)}%`).join(', ')}`);
  bigProjects();
}

/** Bigger made-up projects (every link type's lags, resource holidays): the effort cap at work. */
function bigProjects(): void {
  console.log('made-up projects : activities, ms, schedules, % above the lower bound, unsound');
  for (const n of [300, 1000, 3000]) {
    const random = seededRandom(n);
    const int = (max: number): number => Math.floor(random.next() * (max + 1));
    const durations = Array.from({ length: n }, () => int(15));
    const links = [];
    for (let to = 1; to < n; to++) {
      for (let k = int(2); k > 0; k--) {
        const from = Math.max(0, to - 1 - int(40));
        links.push({ from, to, minLag: durations[from] + int(4) - 2 });
      }
    }
    const resources = 12;
    const problem: LevelingProblem = {
      durations,
      releases: durations.map(() => 0),
      links,
      demands: durations.map(() => Array.from({ length: resources }, () => (random.next() < 0.15 ? 4 * (1 + int(3)) : 0))),
      capacity: Array.from({ length: resources }, (_, r) => ({ normal: 16, exceptions: [{ from: 20 + 7 * r, to: 24 + 7 * r, units: 0 }] })),
    };
    const started = process.hrtime.bigint();
    const plan = levelProject(problem);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const gap = (100 * (plan.makespan - plan.lowerBound)) / plan.lowerBound;
    console.log(`                   ${n}, ${ms.toFixed(0)} ms, ${plan.schedules}, ${gap.toFixed(1)}%, ${checkPlan(problem, plan).length}`);
  }
}

main();
