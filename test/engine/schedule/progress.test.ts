/**
 * Progress with a status date, as Primavera P6 does with its data date: done work keeps its
 * actual dates; every remaining day (unstarted tasks and the rest of started ones) comes after
 * the status date. Remaining duration = duration × (1 − % complete), rounded up.
 *
 * Calendar: Mon-Fri from Mon 2026-03-02 (day 0). Status date Wed Mar 11 (day 7): remaining work
 * starts at moment 8 = Thu Mar 12. Days: 8 Mar 12 · 9 Mar 13 · 10 Mar 16 · 13 Mar 19 · 14 Mar 20 ·
 * 17 Mar 25 · 19 Mar 27.
 */
import { serial, scheduled } from './scheduled';

const status = { statusDate: '2026-03-11' };

describe('progress', () => {
  it('done work keeps its actual dates and is not critical', () => {
    // A took Mar 3 – Mar 10. B follows it, but after the status date: Mar 12–13.
    const s = scheduled([{ id: 'A', duration: '5d', complete: '100%', actualStart: '2026-03-03', actualFinish: '2026-03-10' }, ['B', '2d', 'A']], status);
    expect(s.row('A')).toEqual({
      start: '2026-03-03', finish: '2026-03-10', lateStart: '2026-03-03', lateFinish: '2026-03-10',
      totalFloat: 0, freeFloat: 0, critical: false,
    });
    expect(s.dates('B')).toEqual(['2026-03-12', '2026-03-13']);
    expect(s.task('A')).toMatchObject({ remainingDuration: 0, driver: { kind: 'actual' } });
    expect(s.critical).toEqual(['B']);
  });

  it('started work keeps its actual start; the remaining days come after the status date', () => {
    // A 10d, 40%: 6 days remain, moments 8..14 → finish day 13 = Thu Mar 19. B follows: Fri Mar 20.
    // A's late start is that of its remaining days: Thu Mar 12.
    const s = scheduled([{ id: 'A', duration: '10d', complete: '40%', actualStart: '2026-03-02' }, ['B', '1d', 'A']], status);
    expect(s.row('A')).toEqual({
      start: '2026-03-02', finish: '2026-03-19', lateStart: '2026-03-12', lateFinish: '2026-03-19',
      totalFloat: 0, freeFloat: 0, critical: true,
    });
    expect(s.task('A').remainingDuration).toBe(6);
    expect(s.dates('B')).toEqual(['2026-03-20', '2026-03-20']);
  });

  it('remaining duration rounds up to whole days', () => {
    // 10 × (1 − 0.35) = 6.5 → 7 days: 8..15 → Fri Mar 20.
    const s = scheduled([{ id: 'A', duration: '10d', complete: 0.35, actualStart: '2026-03-02' }], status);
    expect(s.task('A').remainingDuration).toBe(7);
    expect(s.dates('A')).toEqual(['2026-03-02', '2026-03-20']);
  });

  it('unstarted work planned before the status date moves after it', () => {
    const s = scheduled([['C', '2d']], status);
    expect(s.dates('C')).toEqual(['2026-03-12', '2026-03-13']);
    expect(s.task('C').driver).toEqual({ kind: 'statusDate', date: serial('2026-03-11') });
  });

  it('% complete without an actual start: the planned start stands in for it', () => {
    const s = scheduled([{ id: 'A', duration: '10d', complete: '40%' }], status);
    expect(s.dates('A')).toEqual(['2026-03-02', '2026-03-19']);
  });

  it('an actual finish alone marks the task done', () => {
    // No status date: B follows A's actual finish Thu Mar 5 → Fri Mar 6.
    const s = scheduled([{ id: 'A', duration: '3d', actualStart: '2026-03-02', actualFinish: '2026-03-05' }, ['B', '1d', 'A']]);
    expect(s.dates('A')).toEqual(['2026-03-02', '2026-03-05']);
    expect(s.dates('B')).toEqual(['2026-03-06', '2026-03-06']);
    expect(s.task('A').remainingDuration).toBe(0);
  });

  it('done without actual dates keeps its planned dates', () => {
    const s = scheduled([{ id: 'A', duration: '5d', complete: 1 }, ['B', '2d', 'A']], status);
    expect(s.dates('A')).toEqual(['2026-03-02', '2026-03-06']);
    expect(s.dates('B')).toEqual(['2026-03-12', '2026-03-13']);
  });

  it('remaining work still waits for an unfinished FS predecessor (retained logic)', () => {
    // A (10d) has not started: 8..18. B (4d) started out of sequence on Mar 3, 50% done: its 2
    // remaining days wait for A: 18..20 → finish day 19 = Fri Mar 27.
    const s = scheduled([['A', '10d'], { id: 'B', duration: '4d', predecessors: 'A', complete: '50%', actualStart: '2026-03-03' }], status);
    expect(s.dates('A')).toEqual(['2026-03-12', '2026-03-25']);
    expect(s.dates('B')).toEqual(['2026-03-03', '2026-03-27']);
  });

  it('an SS successor of started work: the start that has happened, then the status date', () => {
    const s = scheduled([{ id: 'A', duration: '10d', complete: '40%', actualStart: '2026-03-02' }, ['B', '2d', 'ASS+2']], status);
    expect(s.dates('B')).toEqual(['2026-03-12', '2026-03-13']);
  });

  it('without a status date, started work carries on from its actual start', () => {
    // A 10d, 40%, started Wed Mar 4 (day 2): finishes at 2 + 10 = 12 → day 11 = Tue Mar 17.
    const s = scheduled([{ id: 'A', duration: '10d', complete: '40%', actualStart: '2026-03-04' }]);
    expect(s.dates('A')).toEqual(['2026-03-04', '2026-03-17']);
  });

  it('a reached milestone keeps its actual date', () => {
    const s = scheduled([{ id: 'M', duration: 0, complete: 1, actualFinish: '2026-03-04' }, ['B', '1d', 'M']]);
    expect(s.dates('M')).toEqual(['2026-03-04', '2026-03-04']);
    expect(s.dates('B')).toEqual(['2026-03-05', '2026-03-05']);
  });

  it('the status date: the Settings, unless the caller gives one; null means none', () => {
    const rows = [['C', '2d'] as [string, string]];
    expect(scheduled(rows, status).dates('C')[0]).toBe('2026-03-12');
    expect(scheduled(rows, status, { statusDate: null }).dates('C')[0]).toBe('2026-03-02');
    expect(scheduled(rows, status, { statusDate: serial('2026-03-04') }).dates('C')[0]).toBe('2026-03-05');
    expect(scheduled(rows, status).result.statusDate).toBe(serial('2026-03-11'));
  });

  it('an actual date after the status date is kept, with a warning at its cell', () => {
    const s = scheduled([{ id: 'A', duration: '2d', actualStart: '2026-03-10', actualFinish: '2026-03-13' }], status);
    expect(s.dates('A')).toEqual(['2026-03-10', '2026-03-13']);
    expect(s.result.issues).toEqual([expect.objectContaining({ column: 'Actual Finish', cell: 'E2', severity: 'warning' })]);
  });

  it('a pin before the status date moves after it, with a warning', () => {
    const s = scheduled([{ id: 'A', duration: '1d', constraint: 'MSO', constraintDate: '2026-03-04' }], status);
    expect(s.dates('A')).toEqual(['2026-03-12', '2026-03-12']);
    expect(s.warnings).toEqual([expect.stringMatching(/before the status date/)]);
  });
});
