/**
 * Milestones (duration 0): a milestone at moment m shows on the working day that ends at m
 * (day m − 1), so after an FS link it shows its predecessor's finish date; at the project start it
 * shows the project start. Calendar: Mon-Fri from Mon 2026-03-02 (day 0); day 4 = Fri Mar 6.
 */
import { serial, scheduled } from './scheduled';

describe('milestones', () => {
  it('at the project start shows the project start date', () => {
    // M sits at moment 0. Its late moment is the project finish 5 → shown Fri Mar 6; float 5.
    const s = scheduled([['M', 0], ['A', '5d']]);
    expect(s.row('M')).toEqual({
      start: '2026-03-02', finish: '2026-03-02', lateStart: '2026-03-06', lateFinish: '2026-03-06',
      totalFloat: 5, freeFloat: 5, critical: false,
    });
    expect(s.task('M').milestone).toBe(true);
  });

  it('after FS shows the finish date of the predecessor that drives it', () => {
    // A: 0..5. M FS A at moment 5 → shown day 4 = Mar 6. B FS M starts at 5 = Mon Mar 9.
    const s = scheduled([['A', '5d'], ['M', '0d', 'A'], ['B', '2d', 'M']]);
    expect(s.dates('M')).toEqual(['2026-03-06', '2026-03-06']);
    expect(s.dates('B')).toEqual(['2026-03-09', '2026-03-10']);
    expect(s.critical).toEqual(['A', 'M', 'B']);
  });

  it('SS+2 from a task that starts at the project start: the working day that ends at moment 2', () => {
    const s = scheduled([['A', '5d'], ['M', 0, 'ASS+2']]);
    expect(s.dates('M')).toEqual(['2026-03-03', '2026-03-03']);
  });

  it('SNET puts the milestone on its date, and successors start the next working day', () => {
    // Shown on Mar 4 means moment 3 (the end of day 2); B starts at 3 = Mar 5.
    const s = scheduled([{ id: 'M', duration: 0, constraint: 'SNET', constraintDate: '2026-03-04' }, ['B', '1d', 'M']]);
    expect(s.dates('M')).toEqual(['2026-03-04', '2026-03-04']);
    expect(s.dates('B')).toEqual(['2026-03-05', '2026-03-05']);
  });

  it('MSO on a milestone shows on that date', () => {
    const s = scheduled([{ id: 'M', duration: 0, constraint: 'MSO', constraintDate: '2026-03-10' }]);
    expect(s.dates('M')).toEqual(['2026-03-10', '2026-03-10']);
  });

  it('a deadline on a milestone compares with the date it shows', () => {
    // M after A shows Mar 6: a deadline on Mar 6 is met; on Mar 5 it is missed by one day.
    const met = scheduled([['A', '5d'], { id: 'M', duration: 0, predecessors: 'A', deadline: '2026-03-06' }]);
    expect(met.warnings).toEqual([]);
    const missed = scheduled([['A', '5d'], { id: 'M', duration: 0, predecessors: 'A', deadline: '2026-03-05' }]);
    expect(missed.row('M')).toMatchObject({ totalFloat: -1, critical: true });
    expect(missed.warnings).toEqual([expect.stringMatching(/it finishes on 2026-03-06, 1 working day after its deadline 2026-03-05/)]);
  });

  it('a milestone between two tasks has the free float of the gap', () => {
    // A 2d → M → C; B 5d → C. M at moment 2 (Mar 3); C starts at 5; M's free float 3.
    const s = scheduled([['A', '2d'], ['M', 0, 'A'], ['B', '5d'], ['C', '1d', 'M, B']]);
    expect(s.row('M')).toMatchObject({ start: '2026-03-03', totalFloat: 3, freeFloat: 3 });
    expect(s.task('M').driver).toEqual({ kind: 'link', predecessor: 0, type: 'FS', lag: 0 });
    expect(s.result.tasks[0].start).toBe(serial('2026-03-02'));
  });
});
