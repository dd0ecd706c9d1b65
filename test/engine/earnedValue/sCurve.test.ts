/** Cumulative PV, EV and AC for S-curves, worked by hand. */
import { earnedValue, sCurve, sCurveByPeriod } from '../../../src/engine/earnedValue';
import { day, handSchedule, plan } from '../../support/costPlan';

const tasks = [
  ['ID', 'Name', 'Duration', 'Baseline Start', 'Baseline Finish', 'Baseline Cost', '% Complete', 'Actual Start', 'Actual Finish', 'Actual Cost'],
  // Finished a day early: its 500 is earned over Mon–Thu, 125 a day.
  [1, 'Design', '5d', '2026-03-02', '2026-03-06', 500, '100%', '2026-03-02', '2026-03-05', null],
  // 30% of 1000 earned from its actual start to the status date (Mon–Thu): 75 a day.
  [2, 'Build', '10d', '2026-03-09', '2026-03-20', 1000, '30%', '2026-03-09', null, null],
  // No ledger rows: its Actual Cost of 80 is spread like its earned value, 40 a day.
  [3, 'Buy', '2d', '2026-03-02', '2026-03-03', 100, '100%', '2026-03-02', '2026-03-03', 80],
];
const actuals = [
  ['Date', 'Task ID', 'Amount'],
  ['2026-03-03', 1, 200],
  ['2026-03-07', 1, 100], // a Saturday: money is spent on weekends too
  ['2026-03-10', 2, 150],
  ['2026-03-13', 2, 999], // after the status date
];
const status = day('2026-03-12');
const model = plan(tasks, { actuals });
const schedule = handSchedule(model, {}, status);

describe('S-curve', () => {
  it('gives cumulative figures through the end of each date, EV and AC stopping at the status date', () => {
    const dates = ['2026-03-03', '2026-03-06', '2026-03-07', '2026-03-12', '2026-03-13'].map(day);
    const c = sCurve(model, schedule, dates);
    expect(c.pv.map((v) => Math.round(v * 1e9) / 1e9)).toEqual([300, 600, 600, 1000, 1100]);
    expect(c.ev.map((v) => (v === null ? null : Math.round(v * 1e9) / 1e9))).toEqual([350, 600, 600, 900, null]);
    expect(c.ac.map((v) => (v === null ? null : Math.round(v * 1e9) / 1e9))).toEqual([280, 280, 380, 530, null]);
  });

  it('meets the earned-value figures on the status date', () => {
    const r = earnedValue(model, schedule, status);
    const c = sCurve(model, schedule, [status]);
    expect(c.pv[0]).toBeCloseTo(r.pv, 9);
    expect(c.ev[0]).toBeCloseTo(r.ev, 9);
    expect(c.ac[0]).toBeCloseTo(r.ac, 9);
  });

  it('goes by week: PV at each week’s end, EV and AC at the status date in its week', () => {
    const c = sCurveByPeriod(model, schedule, 'week');
    expect(c.periods).toEqual(['2026-03-02', '2026-03-09', '2026-03-16'].map(day));
    expect(c.dates).toEqual(['2026-03-08', '2026-03-15', '2026-03-22'].map(day));
    expect(c.pv.map(Math.round)).toEqual([600, 1100, 1600]);
    expect(c.ev.map((v) => (v === null ? null : Math.round(v)))).toEqual([600, 900, null]);
    expect(c.ac).toEqual([380, 530, null]);
  });

  it('goes by month and by working day', () => {
    expect(sCurveByPeriod(model, schedule, 'month').periods).toEqual([day('2026-03-01')]);
    const days = sCurveByPeriod(model, schedule, 'day');
    expect(days.periods).toHaveLength(15);
    expect(days.periods[5]).toBe(day('2026-03-09'));
    expect(days.pv[14]).toBeCloseTo(1600, 9);
  });

  it('has no EV without a status date, and says why', () => {
    const undated = handSchedule(model);
    const c = sCurve(model, undated, [day('2026-03-06')], null);
    expect(c.ev).toEqual([null]);
    // With no status date the whole ledger counts, and the column amount by the task's dates.
    expect(c.ac).toEqual([280]);
    expect(c.issues.some((i) => i.message.includes('no status date'))).toBe(true);
  });
});
