/** Lipke's earned-schedule example: cumulative PV 10, 25, 45, 70, 90, 100; EV 40 at AT 4. */
import { earnedValue } from '../../../src/engine/earnedValue';
import { earnedSchedule } from '../../../src/engine/earnedValue/earnedSchedule';
import { day, handSchedule, plan } from '../../support/costPlan';

const cumulative = [0, 10, 25, 45, 70, 90, 100];
const pv = (k: number) => cumulative[Math.min(k, 6)];

describe('earned schedule', () => {
  it('gives Lipke’s figures', () => {
    const r = earnedSchedule(pv, 6, 40, 4, 100);
    expect(r.es).toBeCloseTo(2.75, 12);
    expect(r.spit).toBeCloseTo(0.6875, 12);
    expect(r.svt).toBeCloseTo(-1.25, 12);
    expect(r.ieact).toBeCloseTo(6 / 0.6875, 12);
  });

  it('takes the last period whose PV does not pass EV, also on a plateau', () => {
    const flat = [0, 10, 25, 25, 25, 90, 100];
    expect(earnedSchedule((k) => flat[k], 6, 25, 4, 100).es).toBe(4);
    expect(earnedSchedule(pv, 6, 0, 4, 100).es).toBe(0);
  });

  it('earns the whole planned duration when all the work is done', () => {
    expect(earnedSchedule(pv, 6, 100, 8, 100)).toMatchObject({ es: 6, spit: 0.75, svt: -2 });
  });

  it('leaves ratios empty when there is nothing to divide by', () => {
    expect(earnedSchedule(pv, 6, 40, 0, 100)).toMatchObject({ es: 2.75, spit: null, ieact: null });
    expect(earnedSchedule(pv, 6, 0, 3, 100)).toMatchObject({ es: 0, spit: 0, ieact: null });
    expect(earnedSchedule(() => 0, 6, 0, 3, 0)).toEqual({ es: null, spit: null, svt: null, ieact: null });
  });

  it('gives the same figures from a plan of six one-day tasks', () => {
    const header = ['ID', 'Name', 'Duration', 'Baseline Start', 'Baseline Finish', 'Baseline Cost', '% Complete'];
    const days = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-09'];
    const budgets = [10, 15, 20, 25, 20, 10];
    const model = plan([header, ...days.map((d, k) => [k + 1, `Step ${k + 1}`, 1, d, d, budgets[k], '40%'])]);
    const r = earnedValue(model, handSchedule(model), day('2026-03-05'));
    expect(r.pv).toBeCloseTo(70, 10);
    expect(r.ev).toBeCloseTo(40, 10);
    expect(r.at).toBe(4);
    expect(r.pd).toBe(6);
    expect(r.es).toBeCloseTo(2.75, 10);
    expect(r.spit).toBeCloseTo(0.6875, 10);
    expect(r.svt).toBeCloseTo(-1.25, 10);
    // IEAC(t) = 6 / 0.6875 = 8.73 working days: the 9th working day from Monday 2 March.
    expect(r.ieact).toBeCloseTo(8.7273, 4);
    expect(r.forecastFinish).toBe(day('2026-03-12'));
    expect(r.plannedStart).toBe(day('2026-03-02'));
    expect(r.plannedFinish).toBe(day('2026-03-09'));
  });

  it('counts actual time through the last working day on or before a weekend status date', () => {
    const header = ['ID', 'Name', 'Duration', 'Baseline Start', 'Baseline Finish', 'Baseline Cost'];
    const model = plan([header, [1, 'Build', 10, '2026-03-02', '2026-03-13', 1000]]);
    expect(earnedValue(model, handSchedule(model), day('2026-03-08')).at).toBe(5);
    expect(earnedValue(model, handSchedule(model), day('2026-02-27')).at).toBe(0);
  });
});
