/**
 * level(model) on random plans with every link type, leads and lags, part-time assignments,
 * resource holidays and progress: the schedule that comes back puts every task where leveling
 * did (so the delays mean what the scheduler makes of them), and the resource loading engine
 * finds nobody over-allocated after the status date unless a warning says why.
 */
import { level } from '../../../src/engine/leveling/level';
import { loading } from '../../../src/engine/loading';
import { buildModel } from '../../../src/model/buildModel';
import { isoFromSerial, serialFromISO } from '../../../src/model/dates';
import type { CellValue } from '../../../src/model/types';
import { seededRandom } from '../../../src/engine/leveling/random';

const START = serialFromISO('2026-03-02') as number;

function randomPlan(seed: number) {
  const random = seededRandom(seed);
  const int = (max: number): number => Math.floor(random.next() * (max + 1));
  const people = ['Ann', 'Ben', 'Cy'];
  const n = 4 + int(14);
  const withProgress = seed % 3 === 0;
  const tasks: CellValue[][] = [['ID', 'Name', 'Duration', 'Predecessors', 'Resource Names', 'Priority', '% Complete', 'Actual Start', 'Constraint Type']];
  for (let i = 1; i <= n; i++) {
    const preds: string[] = [];
    for (let p = 1; p < i; p++) {
      if (random.next() < 0.2) preds.push(`${p}${['FS', 'SS', 'FF', 'SF'][int(3)]}${['', '+1', '-1', '+2', '-2'][int(4)]}`);
    }
    const names = people.filter(() => random.next() < 0.4).map((name) => (random.next() < 0.3 ? `${name}[50%]` : name));
    const started = withProgress && i <= 2;
    tasks.push([i, `Task ${i}`, `${int(6)}d`, preds.join(','), names.join(', '), 400 + 100 * int(3), started ? '50%' : null, started ? '2026-03-02' : null, random.next() < 0.1 ? 'ALAP' : 'ASAP']);
  }
  const holidays: CellValue[][] = [['Date', 'Resource'], [isoFromSerial(START + 2 + int(10)), people[int(2)]], [isoFromSerial(START + 7 + int(10)), people[int(2)]]];
  const settings: CellValue[][] = [['Setting', 'Value'], ['Project Start', '2026-03-02']];
  if (withProgress) settings.push(['Status Date', '2026-03-03']);
  return buildModel({
    tasks: { values: tasks },
    resources: { values: [['Name', 'Max Units'], ...people.map((p) => [p, '100%'])] },
    holidays: { values: holidays },
    settings: { values: settings },
  });
}

describe('level on random plans', () => {
  it('gives schedules that match the leveled plan and overload nobody', () => {
    const faults: string[] = [];
    for (let seed = 1; seed <= 150; seed++) {
      const model = randomPlan(seed);
      if (model.issues.some((i) => i.severity === 'error')) continue;
      const result = level(model);
      // Started work may overload someone already; leveling says so and cannot help it.
      const excused = new Set<string>();
      for (const issue of result.issues) {
        const said = /^(\w+) is over-allocated (?:on (\S+)|from (\S+) to (\S+)) by work leveling may not move/.exec(issue.message);
        if (!said) {
          faults.push(`plan ${seed}: ${issue.message}`);
          continue;
        }
        const from = serialFromISO(said[2] ?? said[3]) as number;
        const to = serialFromISO(said[2] ?? said[4]) as number;
        for (let day = from; day <= to; day++) excused.add(`${said[1]} ${day}`);
      }
      const statusDay = model.settings.statusDate ?? -Infinity;
      const load = loading(model, result.schedule, 'day');
      load.resources.forEach((r) =>
        r.overallocated.forEach((over, k) => {
          const day = load.periods[k];
          if (over && day > statusDay && !excused.has(`${r.name} ${day}`)) faults.push(`plan ${seed}: ${r.name} over-allocated on ${isoFromSerial(day)}`);
        }),
      );
      expect(level(model).delays).toEqual(result.delays);
    }
    expect(faults).toEqual([]);
  });
});
