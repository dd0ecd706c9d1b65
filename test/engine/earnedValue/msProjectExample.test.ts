/**
 * Microsoft Project's documented example: a $100 task of 4 days starting on a Monday, status
 * date Wednesday; 60% complete with $70 spent.
 */
import { earnedValue } from '../../../src/engine/earnedValue';
import { day, handSchedule, plan } from '../../support/costPlan';

const header = ['ID', 'Name', 'Duration', 'Baseline Start', 'Baseline Finish', 'Baseline Cost', '% Complete', 'Actual Cost'];

describe('the Microsoft Project example', () => {
  const model = plan([header, [1, 'Write spec', '4d', '2026-03-02', '2026-03-05', 100, '60%', 70]]);
  const result = earnedValue(model, handSchedule(model), day('2026-03-04'));

  it('plans 75 of 100 by the end of Wednesday', () => {
    expect(result.bac).toBe(100);
    expect(result.pv).toBeCloseTo(75, 10);
  });

  it('gives the documented variances and indices', () => {
    expect(result.ev).toBeCloseTo(60, 10);
    expect(result.ac).toBe(70);
    expect(result.sv).toBeCloseTo(-15, 10);
    expect(result.cv).toBeCloseTo(-10, 10);
    expect(result.spi).toBeCloseTo(0.8, 10);
    expect(result.cpi).toBeCloseTo(0.857, 3);
    expect(result.eac).toBeCloseTo(116.67, 2);
    expect(result.etc).toBeCloseTo(46.67, 2);
    expect(result.tcpi).toBeCloseTo(1.333, 3);
    expect(result.vac).toBeCloseTo(-16.67, 2);
    expect(result.svPercent).toBeCloseTo(-0.2, 10);
    expect(result.cvPercent).toBeCloseTo(-10 / 60, 10);
  });

  it('puts the EAC alternatives side by side', () => {
    expect(result.eacAlternatives.cpi).toBeCloseTo(116.67, 2);
    expect(result.eacAlternatives.cpiSpi).toBeCloseTo(70 + 40 / ((60 / 70) * 0.8), 10);
    expect(result.eacAlternatives.atypical).toBeCloseTo(110, 10);
  });

  it('gets the same answer from a ledger as from the Actual Cost column', () => {
    const ledger = plan([header, [1, 'Write spec', '4d', '2026-03-02', '2026-03-05', 100, '60%', null]], {
      actuals: [['Date', 'Task ID', 'Amount'], ['2026-03-02', 1, 40], ['2026-03-04', 1, 30], ['2026-03-05', 1, 500]],
    });
    const fromLedger = earnedValue(ledger, handSchedule(ledger), day('2026-03-04'));
    expect(fromLedger.ac).toBe(70);
    expect(fromLedger.eac).toBeCloseTo(116.67, 2);
  });

  it('takes the currency from Settings and reports the task figures', () => {
    const euro = plan([header, [1, 'Write spec', '4d', '2026-03-02', '2026-03-05', 100, '60%', 70]], {
      settings: [['Setting', 'Value'], ['Project Start', '2026-03-02'], ['Currency', 'EUR']],
    });
    const r = earnedValue(euro, handSchedule(euro), day('2026-03-04'));
    expect(r.currency).toBe('EUR');
    expect(r.tasks).toEqual([{ task: 0, bac: 100, pv: 75, ev: 60, ac: 70 }]);
    expect(r.issues).toEqual([]);
  });
});
