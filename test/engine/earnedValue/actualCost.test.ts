/** Actual cost from the ledger (contract §3) and its roll-ups by WBS and by category. */
import { earnedValue } from '../../../src/engine/earnedValue';
import { day, handSchedule, plan } from '../../support/costPlan';

const tasks = [
  ['ID', 'Name', 'Outline Level', 'Duration', 'Baseline Start', 'Baseline Finish', 'Baseline Cost', '% Complete', 'Actual Cost'],
  [1, 'Phase', 1, null, null, null, null, null, 9999],
  [2, 'Design', 2, '5d', '2026-03-02', '2026-03-06', 500, '100%', 480],
  [3, 'Build', 2, '10d', '2026-03-09', '2026-03-20', 1000, '30%', 250],
  [4, 'Handover', 1, '2d', '2026-03-23', '2026-03-24', 200, 0, null],
];

const actuals = [
  ['Date', 'Task ID', 'Amount', 'Category'],
  ['2026-03-03', 2, 300, 'Labour'],
  ['2026-03-06', 2, 250, 'Labour'],
  ['2026-03-10', 2, -50, 'Refund'],
  ['2026-03-12', 99, 40, 'Labour'],
  [null, 4, 10, 'Fees'],
  ['2026-03-13', 2, 1000, 'Labour'],
];

describe('actual cost', () => {
  const model = plan(tasks, { actuals });
  const r = earnedValue(model, handSchedule(model), day('2026-03-12'));

  it('sums the ledger up to the status date, with credits, undated rows and unknown tasks', () => {
    // Ledger: 300 + 250 − 50 + 40 (unknown task) + 10 (undated); the 13 March row is after the date.
    // Build has no ledger rows, so its Actual Cost column counts: 250. The summary's 9999 does not.
    expect(r.ac).toBe(300 + 250 - 50 + 40 + 10 + 250);
    expect(r.unassignedActual).toBe(40);
    expect(r.fromActualCostColumn).toBe(250);
    // Design has ledger rows, so its Actual Cost column (480) is not used.
    expect(r.tasks.map((t) => t.ac)).toEqual([750, 500, 250, 10]);
  });

  it('does not repeat the model’s warning about the unknown task', () => {
    expect(model.issues.filter((i) => i.message.includes("'99'"))).toHaveLength(1);
    expect(r.issues).toEqual([]);
  });

  it('rolls budget against actual up by summary and by category', () => {
    expect(r.byWbs.map((w) => [w.id, w.summary, w.bac, w.ac, w.ev])).toEqual([
      ['1', true, 1500, 750, 800],
      ['4', false, 200, 10, 0],
    ]);
    expect(r.byWbs[0].cpi).toBeCloseTo(800 / 750, 12);
    expect(r.byCategory).toEqual([
      { category: 'Labour', ac: 590, rows: 3 },
      { category: 'Refund', ac: -50, rows: 1 },
      { category: 'Fees', ac: 10, rows: 1 },
    ]);
    const categories = r.byCategory.reduce((sum, c) => sum + c.ac, 0);
    expect(categories + r.fromActualCostColumn).toBe(r.ac);
  });

  it('rolls every figure up into summaries, leaves only in the totals', () => {
    expect(r.tasks[0]).toMatchObject({ bac: 1500, ev: 800 });
    expect(r.bac).toBe(1700);
    expect(r.ev).toBe(800);
    // Design fully planned (500) + Build 4 of 10 days (400) by Thursday 12 March.
    expect(r.pv).toBeCloseTo(900, 10);
    expect(r.tasks[0].pv).toBeCloseTo(900, 10);
  });
});
