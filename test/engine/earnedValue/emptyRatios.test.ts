/** A ratio with a zero divisor is null, never Infinity or NaN (contract §3). */
import { earnedValue } from '../../../src/engine/earnedValue';
import type { EarnedValueResult } from '../../../src/engine/types';
import { day, handSchedule, plan } from '../../support/costPlan';

const header = ['ID', 'Name', 'Duration', 'Baseline Start', 'Baseline Finish', 'Baseline Cost', '% Complete', 'Actual Cost'];

/** Every top-level figure and EAC alternative, whatever its type, so a NaN cannot hide. */
function numbers(r: EarnedValueResult): unknown[] {
  const figures = Object.entries(r).filter(([k]) => !['tasks', 'issues', 'currency', 'eacAlternatives', 'byWbs', 'byCategory'].includes(k));
  return [...figures.map(([, v]) => v), ...Object.values(r.eacAlternatives)];
}

describe('empty ratios', () => {
  it('before the start: no PV, no AC, no EV', () => {
    const model = plan([header, [1, 'Build', '5d', '2026-03-09', '2026-03-13', 500, 0, null]]);
    const r = earnedValue(model, handSchedule(model), day('2026-03-02'));
    expect(r).toMatchObject({ pv: 0, ev: 0, ac: 0, spi: null, cpi: null, eac: null, etc: null, vac: null, svPercent: null, cvPercent: null, spit: null, forecastFinish: null });
    expect(r.tcpi).toBe(1);
    for (const v of numbers(r)) expect(v === null || Number.isFinite(v as number)).toBe(true);
  });

  it('money spent and nothing earned: CPI is 0 and EAC cannot be forecast', () => {
    const model = plan([header, [1, 'Build', '5d', '2026-03-02', '2026-03-06', 500, 0, 100]]);
    const r = earnedValue(model, handSchedule(model), day('2026-03-04'));
    expect(r.cpi).toBe(0);
    expect(r.eac).toBeNull();
    expect(r.eacAlternatives).toEqual({ cpi: null, cpiSpi: null, atypical: 600 });
    expect(r.cvPercent).toBeNull();
  });

  it('spent exactly the budget: TCPI is empty', () => {
    const model = plan([header, [1, 'Build', '5d', '2026-03-02', '2026-03-06', 500, '50%', 500]]);
    expect(earnedValue(model, handSchedule(model), day('2026-03-04')).tcpi).toBeNull();
  });

  it('an empty plan gives zeros and nulls', () => {
    const model = plan([header]);
    const r = earnedValue(model, handSchedule(model), day('2026-03-04'));
    expect(r).toMatchObject({ bac: 0, pv: 0, ev: 0, ac: 0, es: null, pd: null, at: 0, spit: null, forecastFinish: null, tasks: [] });
    for (const v of numbers(r)) expect(v === null || Number.isFinite(v as number)).toBe(true);
  });
});
