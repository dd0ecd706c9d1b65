/**
 * PSPLIB j30 through the whole product path: each instance becomes Tasks, Resources and Settings
 * tables as shared/psplib/README.md describes (Work Week Mon-Sun, units as counts), is read by
 * buildModel and leveled by level(), and every plan is checked for its links and, day by day, for
 * every resource's capacity — from the schedule's own output, not the solver's.
 */
import { join } from 'path';
import { level } from '../../../src/engine/leveling/level';
import { buildModel } from '../../../src/model/buildModel';
import type { CellValue, WorkbookInput } from '../../../src/model/types';
import { listInstances, psplibDir, readOptimum, readSm, type PsplibInstance } from '../../support/psplib';

const dir = psplibDir() ?? join(__dirname, 'fixtures');
const optimum = readOptimum(join(dir, 'optimum.csv'));
const files = listInstances(dir);

function psplibWorkbook(inst: PsplibInstance): WorkbookInput {
  const predecessors: number[][] = inst.durations.map(() => []);
  inst.successors.forEach((succ, from) => succ.forEach((to) => predecessors[to].push(from + 1)));
  const tasks: CellValue[][] = [['ID', 'Name', 'Duration', 'Predecessors', 'Resource Names']];
  inst.durations.forEach((d, j) => {
    const names = inst.demands[j].map((units, r) => (units > 0 ? `R${r + 1}[${units}]` : '')).filter(Boolean).join(', ');
    tasks.push([j + 1, `Job ${j + 1}`, d, predecessors[j].join(', '), names]);
  });
  const resources: CellValue[][] = [['Name', 'Max Units'], ...inst.capacities.map((c, r) => [`R${r + 1}`, c])];
  const settings: CellValue[][] = [['Setting', 'Value'], ['Project Start', '2026-01-05'], ['Work Week', 'Mon-Sun']];
  return { tasks: { values: tasks }, resources: { values: resources }, settings: { values: settings } };
}

describe(`PSPLIB j30 as workbooks (${files.length} instances)`, () => {
  it('levels every instance into a plan that keeps every link and every capacity', () => {
    const faults: string[] = [];
    const gaps: number[] = [];
    for (const file of files) {
      const inst = readSm(join(dir, file));
      const model = buildModel(psplibWorkbook(inst));
      if (model.issues.length > 0) {
        faults.push(`${file}: ${model.issues[0].message}`);
        continue;
      }
      const result = level(model);
      const moments = result.schedule.moments;
      if (!moments) throw new Error('the schedule gives no moments');
      if (result.issues.some((i) => i.severity === 'error')) faults.push(`${file}: ${result.issues[0].message}`);
      // Links: every job starts no earlier than each predecessor's finish (all links are FS, lag 0).
      inst.successors.forEach((succ, from) =>
        succ.forEach((to) => {
          if (moments.start[to] < moments.finish[from]) faults.push(`${file}: job ${to + 1} starts before job ${from + 1} finishes`);
        }),
      );
      // Capacity: on every day, the jobs at work need no more than each resource has.
      const end = Math.max(...moments.finish);
      for (let day = moments.projectStart; day < end; day++) {
        inst.capacities.forEach((capacity, r) => {
          let used = 0;
          inst.durations.forEach((d, j) => {
            if (d > 0 && moments.start[j] <= day && day < moments.finish[j]) used += inst.demands[j][r];
          });
          if (used > capacity) faults.push(`${file}: R${r + 1} needs ${used} of ${capacity} on day ${day - moments.projectStart}`);
        });
      }
      const length = end - moments.projectStart;
      const best = optimum.get(file) as number;
      if (length < best) faults.push(`${file}: length ${length} is shorter than the proven optimum ${best}`);
      gaps.push((length - best) / best);
    }
    expect(faults).toEqual([]);
    const mean = gaps.reduce((a, b) => a + b, 0) / gaps.length;
    expect(mean).toBeLessThan(files.length >= 480 ? 0.015 : 0.05);
  }, 300_000);
});
