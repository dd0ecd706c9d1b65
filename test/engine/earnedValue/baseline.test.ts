/** Planned value on baseline dates, or on current dates with a warning (contract §3). */
import { earnedValue } from '../../../src/engine/earnedValue';
import { day, handSchedule, plan } from '../../support/costPlan';

const header = ['ID', 'Name', 'Duration', 'Baseline Start', 'Baseline Finish', 'Baseline Cost'];

describe('baseline dates', () => {
  it('spreads a plan without any baseline over the current dates, and says so once', () => {
    const model = plan([header, [1, 'A', '5d', null, null, 500], [2, 'B', '5d', null, null, 500]]);
    const schedule = handSchedule(model, { 1: ['2026-03-02', '2026-03-06'], 2: ['2026-03-09', '2026-03-13'] });
    const r = earnedValue(model, schedule, day('2026-03-10'));
    expect(r.pv).toBeCloseTo(700, 10);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ severity: 'warning', table: 'Tasks', row: null });
    expect(r.issues[0].message).toContain('no baseline');
  });

  it('names each task that lacks a baseline when others have one', () => {
    const model = plan([header, [1, 'A', '5d', '2026-03-02', '2026-03-06', 500], [2, 'B', '5d', null, null, 500]]);
    const schedule = handSchedule(model, { 2: ['2026-03-16', '2026-03-20'] });
    const r = earnedValue(model, schedule, day('2026-03-16'));
    expect(r.pv).toBeCloseTo(600, 10);
    expect(r.issues.map((i) => [i.row, i.column, i.cell])).toEqual([[3, 'Baseline Start', 'D3']]);
  });

  it('derives a missing baseline date from the duration, and says so', () => {
    const model = plan([header, [1, 'A', '4d', '2026-03-05', null, 400]]);
    const r = earnedValue(model, handSchedule(model), day('2026-03-09'));
    // Thu, Fri, Mon, Tue: three of four days planned by Monday.
    expect(r.pv).toBeCloseTo(300, 10);
    expect(r.plannedFinish).toBe(day('2026-03-10'));
    expect(r.issues.map((i) => i.column)).toEqual(['Baseline Finish']);
  });

  it('plans over working days only: weekends and project holidays carry no planned value', () => {
    const model = plan([header, [1, 'A', '4d', '2026-03-05', '2026-03-11', 400]], {
      holidays: [['Date', 'Name', 'Resource'], ['2026-03-09', 'Founders day', null], ['2026-03-10', 'Alice off', 'Alice']],
      resources: [['Name'], ['Alice']],
    });
    const schedule = handSchedule(model);
    // Working days: Thu 5, Fri 6, Tue 10, Wed 11 (Alice's own day off does not count here).
    expect(earnedValue(model, schedule, day('2026-03-09')).pv).toBeCloseTo(200, 10);
    expect(earnedValue(model, schedule, day('2026-03-10')).pv).toBeCloseTo(300, 10);
  });

  it('plans a milestone’s whole budget on its day', () => {
    const model = plan([header, [1, 'Sign-off', '0d', '2026-03-06', '2026-03-06', 50], [2, 'Weekend gate', '0d', '2026-03-08', '2026-03-08', 70]]);
    const schedule = handSchedule(model);
    expect(earnedValue(model, schedule, day('2026-03-05')).pv).toBe(0);
    // The Sunday milestone falls on the working day that ends at its moment: Friday.
    expect(earnedValue(model, schedule, day('2026-03-06')).pv).toBe(120);
  });
});
