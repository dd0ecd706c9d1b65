/** Holidays and work weeks: every date and float counts working days of the project calendar. */
import { schedule } from '../../../src/engine/schedule';
import { buildModel } from '../../../src/model/buildModel';
import { isoFromSerial } from '../../../src/model/dates';
import { workbook } from '../../support/plan';
import { scheduled } from './scheduled';

describe('holidays', () => {
  it('a holiday inside a task stretches it', () => {
    // Mon-Fri, holiday Wed Mar 4: A's 5 days are Mar 2, 3, 5, 6, 9; B starts Mar 10.
    const s = scheduled([['A', '5d'], ['B', '1d', 'A']], { holidays: ['2026-03-04'] });
    expect(s.dates('A')).toEqual(['2026-03-02', '2026-03-09']);
    expect(s.dates('B')).toEqual(['2026-03-10', '2026-03-10']);
  });

  it('a holiday range (Date to End Date, inclusive)', () => {
    // Mar 4–6 off: A's 3 days are Mar 2, 3, 9.
    const s = scheduled([['A', '3d']], { holidays: [['2026-03-04', '2026-03-06']] });
    expect(s.dates('A')).toEqual(['2026-03-02', '2026-03-09']);
  });

  it('float counts working days, not calendar days', () => {
    // A 5d, B 1d unlinked, holiday Mar 4: A ends Mar 9; B has 4 working days of float
    // (Mar 2 → Mar 9 is 7 calendar days).
    const s = scheduled([['A', '5d'], ['B', '1d']], { holidays: ['2026-03-04'] });
    expect(s.row('B')).toMatchObject({ lateStart: '2026-03-09', totalFloat: 4 });
  });

  it('a lag skips holidays too', () => {
    // A 1d on Mar 2; FS+2 lands past the Mar 3 holiday: Mar 4, 5 are the lag, B starts Mar 6.
    const s = scheduled([['A', '1d'], ['B', '1d', 'AFS+2']], { holidays: ['2026-03-03'] });
    expect(s.dates('B')[0]).toBe('2026-03-06');
  });
});

describe('work weeks', () => {
  it('Mon-Sat: Saturday is a working day', () => {
    // A Mar 2–6 (5 days); B 3d from Sat Mar 7: Mar 7, 9, 10.
    const s = scheduled([['A', '5d'], ['B', '3d', 'A']], { workWeek: 'Mon-Sat' });
    expect(s.dates('B')).toEqual(['2026-03-07', '2026-03-10']);
  });

  it('Sun-Thu: the week starts on Sunday', () => {
    // Project start Sun Mar 1. A 5d: Sun Mar 1 – Thu Mar 5. B 2d: Sun Mar 8 – Mon Mar 9.
    const s = scheduled([['A', '5d'], ['B', '2d', 'A']], { workWeek: 'Sun-Thu', start: '2026-03-01' });
    expect(s.dates('A')).toEqual(['2026-03-01', '2026-03-05']);
    expect(s.dates('B')).toEqual(['2026-03-08', '2026-03-09']);
  });

  it('a project start on a day off begins on the next working day', () => {
    // Sat Feb 28 → Mon Mar 2; a milestone at the project start shows that first working day.
    const s = scheduled([['M', 0], ['A', '1d']], { start: '2026-02-28' });
    expect(s.dates('A')).toEqual(['2026-03-02', '2026-03-02']);
    expect(s.dates('M')).toEqual(['2026-03-02', '2026-03-02']);
  });

  it("a resource's own holiday does not move tasks (it is lost capacity, for leveling)", () => {
    const input = workbook([{ id: 'A', duration: '3d' }]);
    input.resources = { values: [['Name'], ['Alice']] };
    input.holidays = { values: [['Date', 'Resource'], ['2026-03-03', 'Alice']] };
    const result = schedule(buildModel(input));
    expect([result.tasks[0].start, result.tasks[0].finish].map(isoFromSerial)).toEqual(['2026-03-02', '2026-03-04']);
  });
});
