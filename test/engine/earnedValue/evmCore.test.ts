/** PM.EVM and PM.SCURVE from tables to cells, through the real model and scheduler. */
import { evmCore } from '../../../src/functions/cores/evm';
import { datesArgument, scurveCore } from '../../../src/functions/cores/scurve';
import { dateCell, PERCENT_FORMAT } from '../../../src/functions/cores/outcome';
import { day } from '../../support/costPlan';

const call = <A extends object>(args: A) => ({ args, addresses: {} });
const tasks = [
  ['ID', 'Name', 'Duration', 'Start', 'Baseline Start', 'Baseline Finish', 'Baseline Cost', '% Complete', 'Actual Cost'],
  [1, 'Write spec', '4d', '2026-03-02', '2026-03-02', '2026-03-05', 100, '60%', 70],
];
const settings = [['Setting', 'Value'], ['Project Start', '2026-03-02'], ['Status Date', '2026-03-04']];

const value = (grid: unknown[][], name: string) => grid.find((r) => r[0] === name)?.[1];

describe('PM.EVM', () => {
  it('gives every figure of the Microsoft Project example', () => {
    const out = evmCore(call({ tasks, statusDate: '2026-03-04' }));
    if (!out.ok) throw new Error(JSON.stringify(out.failure));
    const grid = out.value;
    expect(grid).toHaveLength(17);
    expect(value(grid, 'BAC')).toBe(100);
    expect(value(grid, 'PV')).toBeCloseTo(75, 10);
    expect(value(grid, 'SV')).toBeCloseTo(-15, 10);
    expect(value(grid, 'CPI')).toBeCloseTo(0.857, 3);
    expect(value(grid, 'EAC')).toBeCloseTo(116.67, 2);
    expect(value(grid, 'TCPI')).toBeCloseTo(1.333, 3);
    expect(value(grid, 'VAC')).toBeCloseTo(-16.67, 2);
    expect(value(grid, 'SV%')).toEqual({ value: expect.closeTo(-0.2, 10), numberFormat: PERCENT_FORMAT });
    expect(value(grid, 'ES')).toBeCloseTo(2.4, 10);
    expect(value(grid, 'SPI(t)')).toBeCloseTo(0.8, 10);
    // IEAC(t) = 4 / 0.8 = 5 working days from Monday: Friday.
    expect(value(grid, 'Forecast Finish')).toEqual(dateCell(day('2026-03-06')));
  });

  it('gives one figure by name, and takes the status date from Settings when none is given', () => {
    const out = evmCore(call({ tasks, statusDate: null, settings, metric: 'spi' }));
    expect(out.ok && out.value).toEqual([[expect.closeTo(0.8, 10)]]);
  });

  it('says a status date is needed when there is none anywhere', () => {
    const out = evmCore(call({ tasks, statusDate: '' }));
    expect(out).toMatchObject({ ok: false, failure: { kind: 'argument' } });
    expect(!out.ok && out.failure.kind === 'argument' && out.failure.message).toContain('Status Date');
  });

  it('prices budgets from Baseline Cost, else Fixed Cost: there is no Resources argument', () => {
    const plain = [['ID', 'Name', 'Duration', 'Start', 'Fixed Cost', 'Resource Names'], [1, 'Build', '2d', '2026-03-02', 300, 'Alice']];
    const out = evmCore(call({ tasks: plain, statusDate: '2026-03-02', metric: 'BAC' }));
    expect(out.ok && out.value).toEqual([[300]]);
  });

  it('answers an error at the plan’s first bad cell, never a number', () => {
    const bad = [['ID', 'Name', 'Duration', 'Start'], [1, 'Build', 'soon', '2026-03-02']];
    expect(evmCore(call({ tasks: bad, statusDate: '2026-03-02' }))).toMatchObject({ ok: false, failure: { kind: 'issue' } });
  });
});

describe('PM.SCURVE', () => {
  it('gives cumulative PV, EV and AC for a column of dates with its heading', () => {
    const dates = [['As of'], ['2026-03-02'], [null], [day('2026-03-05')]];
    const out = scurveCore(call({ tasks, dates, settings }));
    if (!out.ok) throw new Error(JSON.stringify(out.failure));
    expect(out.value[0]).toEqual(['As of', 'Planned Value', 'Earned Value', 'Actual Cost']);
    // The undated Actual Cost column and the earned 60 are spread over Mon–Wed, the days worked.
    expect(out.value[1]).toEqual([dateCell(day('2026-03-02')), 25, expect.closeTo(20, 10), expect.closeTo(70 / 3, 10)]);
    expect(out.value[2]).toEqual([null, null, null, null]);
    // After the status date only PV is known.
    expect(out.value[3]).toEqual([dateCell(day('2026-03-05')), 100, null, null]);
  });

  it('gives one row per period for a period word', () => {
    const out = scurveCore(call({ tasks, dates: 'week', settings }));
    expect(out.ok && out.value).toEqual([
      ['Period', 'Planned Value', 'Earned Value', 'Actual Cost'],
      [dateCell(day('2026-03-02')), 100, expect.closeTo(60, 10), 70],
    ]);
  });

  it('rejects what is not a date, by its place', () => {
    expect(datesArgument([['From'], ['2026-03-02'], ['later']])).toMatchObject({ ok: false, failure: { kind: 'argument' } });
    expect(datesArgument(null)).toMatchObject({ ok: false });
    expect(datesArgument('month')).toEqual({ ok: true, value: { period: 'month' } });
  });
});
