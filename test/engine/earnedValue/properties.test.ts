/** Properties of earned value on random plans and ledgers (fast-check). */
import fc from 'fast-check';
import { earnedValue } from '../../../src/engine/earnedValue';
import { isoFromSerial } from '../../../src/model/dates';
import type { CellValue } from '../../../src/model/types';
import { day, handSchedule, plan } from '../../support/costPlan';

const monday = day('2026-03-02');
const iso = (offset: number) => isoFromSerial(monday + offset);

const taskArb = fc.record({
  start: fc.integer({ min: 0, max: 40 }),
  length: fc.integer({ min: 0, max: 20 }),
  budget: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: null }),
  fixed: fc.integer({ min: 0, max: 500 }),
  percent: fc.integer({ min: 0, max: 100 }),
  actualCost: fc.option(fc.integer({ min: -100, max: 5000 }), { nil: null }),
});

const rowArb = fc.record({
  date: fc.option(fc.integer({ min: -5, max: 70 }), { nil: null }),
  task: fc.integer({ min: 1, max: 20 }),
  amount: fc.integer({ min: -1000, max: 5000 }),
});

const planArb = fc.record({
  tasks: fc.array(taskArb, { minLength: 1, maxLength: 12 }),
  ledger: fc.array(rowArb, { maxLength: 25 }),
  holidays: fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 6 }),
});

type Plan = typeof planArb extends fc.Arbitrary<infer T> ? T : never;

function build(p: Plan) {
  const tasks: CellValue[][] = [['ID', 'Name', 'Duration', 'Baseline Start', 'Baseline Finish', 'Baseline Cost', 'Fixed Cost', '% Complete', 'Actual Cost']];
  p.tasks.forEach((t, k) => tasks.push([k + 1, `T${k + 1}`, `${t.length}d`, iso(t.start), iso(t.start + t.length), t.budget, t.fixed, t.percent / 100, t.actualCost]));
  const actuals: CellValue[][] = [['Date', 'Task ID', 'Amount']];
  for (const r of p.ledger) actuals.push([r.date === null ? null : iso(r.date), r.task, r.amount]);
  const holidays: CellValue[][] = [['Date'], ...p.holidays.map((h) => [iso(h)])];
  const model = plan(tasks, { actuals, holidays });
  return { model, schedule: handSchedule(model) };
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

describe('earned value properties', () => {
  it('EV never exceeds BAC', () => {
    fc.assert(fc.property(planArb, fc.integer({ min: -5, max: 80 }), (p, status) => {
      const { model, schedule } = build(p);
      const r = earnedValue(model, schedule, monday + status);
      return r.ev <= r.bac + 1e-9 && r.tasks.every((t) => t.ev <= t.bac + 1e-9);
    }), { numRuns: 150 });
  });

  it('PV never falls as the status date moves on', () => {
    fc.assert(fc.property(planArb, fc.integer({ min: -5, max: 70 }), fc.integer({ min: 1, max: 15 }), (p, status, step) => {
      const { model, schedule } = build(p);
      const before = earnedValue(model, schedule, monday + status).pv;
      const after = earnedValue(model, schedule, monday + status + step).pv;
      return after >= before - 1e-9;
    }), { numRuns: 150 });
  });

  it('PV at the last baseline finish equals BAC, and ES never passes PD', () => {
    fc.assert(fc.property(planArb, (p) => {
      const { model, schedule } = build(p);
      const lastFinish = Math.max(...model.tasks.map((t) => t.baselineFinish as number));
      const r = earnedValue(model, schedule, lastFinish);
      return close(r.pv, r.bac) && (r.es === null || (r.pd !== null && r.es <= r.pd + 1e-9 && r.es >= 0));
    }), { numRuns: 150 });
  });

  it('AC is the ledger’s sum up to the date, plus the Actual Cost of tasks with no ledger rows', () => {
    fc.assert(fc.property(planArb, fc.integer({ min: -5, max: 80 }), (p, offset) => {
      const { model, schedule } = build(p);
      const status = monday + offset;
      let expected = 0;
      for (const r of p.ledger) if (r.date === null || monday + r.date <= status) expected += r.amount;
      p.tasks.forEach((t, k) => {
        const inLedger = p.ledger.some((r) => r.task === k + 1);
        if (!inLedger && t.actualCost !== null) expected += t.actualCost;
      });
      return earnedValue(model, schedule, status).ac === expected;
    }), { numRuns: 150 });
  });

  it('the totals are the sums of the tasks (a flat plan)', () => {
    fc.assert(fc.property(planArb, fc.integer({ min: -5, max: 80 }), (p, offset) => {
      const { model, schedule } = build(p);
      const r = earnedValue(model, schedule, monday + offset);
      const sum = (f: 'bac' | 'pv' | 'ev') => r.tasks.reduce((s, t) => s + t[f], 0);
      return close(sum('bac'), r.bac) && close(sum('pv'), r.pv) && close(sum('ev'), r.ev);
    }), { numRuns: 100 });
  });
});
