/**
 * Golden cases worked by hand: each link type, each lag form, floats.
 *
 * Calendar: Mon-Fri, project start Mon 2026-03-02. Working days from the start:
 *   0 Mar 2 · 1 Mar 3 · 2 Mar 4 · 3 Mar 5 · 4 Mar 6 (Fri) · 5 Mar 9 · 6 Mar 10 · 7 Mar 11 ·
 *   8 Mar 12 · 9 Mar 13 · 10 Mar 16 · 11 Mar 17 · 12 Mar 18 · …
 * A task of d days starting at moment s shows start day s and finish day s + d − 1.
 */
import { scheduled } from './scheduled';

describe('link types', () => {
  it('FS: the successor starts the working day after the predecessor finishes', () => {
    // A: days 0..4 (Mar 2–6). B starts at moment 5 = Mon Mar 9 (over the weekend), 3 days → Mar 11.
    const s = scheduled([[1, '5d'], [2, '3d', '1']]);
    expect(s.dates(1)).toEqual(['2026-03-02', '2026-03-06']);
    expect(s.dates(2)).toEqual(['2026-03-09', '2026-03-11']);
    expect(s.finish).toBe('2026-03-11');
    expect(s.critical).toEqual(['1', '2']);
  });

  it('FS+2: two working days between the finish and the start', () => {
    // A ends at moment 5; B starts at 5 + 2 = 7 (Mar 11), 3 days → day 9 (Fri Mar 13).
    const s = scheduled([[1, '5d'], [2, '3d', '1FS+2']]);
    expect(s.dates(2)).toEqual(['2026-03-11', '2026-03-13']);
  });

  it('SS+1: starts one working day after the predecessor starts; float runs to the project finish', () => {
    // A: 0..5. B: starts 0 + 1 = 1 (Mar 3), 2 days → Mar 4, ends at moment 3.
    // The project finishes at moment 5 (A), so B's late finish is 5 (Mar 6): total float 2,
    // free float 2 (no successor: up to the project finish).
    const s = scheduled([[1, '5d'], [2, '2d', '1SS+1']]);
    expect(s.row(2)).toEqual({
      start: '2026-03-03', finish: '2026-03-04', lateStart: '2026-03-05', lateFinish: '2026-03-06',
      totalFloat: 2, freeFloat: 2, critical: false,
    });
    expect(s.row(1).totalFloat).toBe(0);
  });

  it('FF: finishes when the predecessor finishes', () => {
    // A ends at 5. B (2d) must end at ≥ 5, so it starts at 3: Mar 5–6.
    const s = scheduled([[1, '5d'], [2, '2d', '1FF']]);
    expect(s.dates(2)).toEqual(['2026-03-05', '2026-03-06']);
    expect(s.critical).toEqual(['1', '2']);
  });

  it('FF+2: finishes two working days after the predecessor finishes', () => {
    // B ends at ≥ 5 + 2 = 7 → starts 5: Mar 9–10. A's late finish = B's late finish 7 − 2 = 5: critical.
    const s = scheduled([[1, '5d'], [2, '2d', '1FF+2']]);
    expect(s.dates(2)).toEqual(['2026-03-09', '2026-03-10']);
    expect(s.row(1)).toMatchObject({ totalFloat: 0, critical: true });
  });

  it('SF: finishes when the predecessor starts', () => {
    // X: 0..3. A follows X: starts 3 (Mar 5). B (2d) SF from A: ends at ≥ 3 → starts 1: Mar 3–4,
    // finishing the day before A starts.
    const s = scheduled([['X', '3d'], ['A', '2d', 'X'], ['B', '2d', 'ASF']]);
    expect(s.dates('A')).toEqual(['2026-03-05', '2026-03-06']);
    expect(s.dates('B')).toEqual(['2026-03-03', '2026-03-04']);
  });

  it('SF+2: finishes two working days after the predecessor starts', () => {
    // A starts at 3; B ends at ≥ 3 + 2 = 5 → starts 3: Mar 5–6.
    const s = scheduled([['X', '3d'], ['A', '2d', 'X'], ['B', '2d', 'ASF+2']]);
    expect(s.dates('B')).toEqual(['2026-03-05', '2026-03-06']);
  });

  it('keeps the strongest of several links', () => {
    // C after A (ends 5) and after B (ends 2): A wins, C starts at 5 (Mar 9).
    const s = scheduled([['A', '5d'], ['B', '2d'], ['C', '1d', 'A, B']]);
    expect(s.dates('C')).toEqual(['2026-03-09', '2026-03-09']);
    expect(s.task('C').driver).toEqual({ kind: 'link', predecessor: 0, type: 'FS', lag: 0 });
  });
});

describe('lag forms', () => {
  it('days: 1FS+2d', () => {
    const s = scheduled([[1, '5d'], [2, '3d', '1FS+2d']]);
    expect(s.dates(2)[0]).toBe('2026-03-11'); // moment 7
  });

  it('weeks: 1FS+1w is five working days', () => {
    // 5 + 5 = 10 → Mon Mar 16.
    const s = scheduled([[1, '5d'], [2, '3d', '1FS+1w']]);
    expect(s.dates(2)[0]).toBe('2026-03-16');
  });

  it('hours: 1FS+16h is two days at 8 hours a day', () => {
    const s = scheduled([[1, '5d'], [2, '3d', '1FS+16h']]);
    expect(s.dates(2)[0]).toBe('2026-03-11');
  });

  it('hours that are not whole days round to whole days (4h → 1 day), with a warning from the model', () => {
    // 0.5 day rounds to 1: B starts at 5 + 1 = 6 (Mar 10).
    const s = scheduled([[1, '5d'], [2, '3d', '1FS+4h']]);
    expect(s.dates(2)[0]).toBe('2026-03-10');
    expect(s.model.issues.some((i) => i.severity === 'warning' && /rounded to 1/.test(i.message))).toBe(true);
  });

  it('percent: 1FS+50% of a 4-day predecessor is 2 days', () => {
    // A: 0..4 (ends Mar 5). B starts at 4 + 2 = 6 (Mar 10).
    const s = scheduled([[1, '4d'], [2, '3d', '1FS+50%']]);
    expect(s.dates(2)[0]).toBe('2026-03-10');
  });

  it('negative days: 1FS-2d starts two days before the predecessor finishes (a lead)', () => {
    // A ends at 5; B starts at 3 (Thu Mar 5), overlapping A's last two days.
    const s = scheduled([[1, '5d'], [2, '3d', '1FS-2d']]);
    expect(s.dates(2)).toEqual(['2026-03-05', '2026-03-09']);
  });

  it('negative weeks: 1FS-1w on a 10-day predecessor', () => {
    // A: 0..10; B starts at 10 − 5 = 5 (Mar 9).
    const s = scheduled([[1, '10d'], [2, '3d', '1FS-1w']]);
    expect(s.dates(2)[0]).toBe('2026-03-09');
  });

  it('negative FF: 1FF-1 finishes a day before the predecessor finishes', () => {
    // B (2d) ends at ≥ 5 − 1 = 4 → starts 2: Mar 4–5.
    const s = scheduled([[1, '5d'], [2, '2d', '1FF-1']]);
    expect(s.dates(2)).toEqual(['2026-03-04', '2026-03-05']);
  });

  it('a lead never moves work before the project start', () => {
    // 1SS-3 would start B at −3; the project start (moment 0) holds it.
    const s = scheduled([[1, '5d'], [2, '2d', '1SS-3']]);
    expect(s.dates(2)[0]).toBe('2026-03-02');
    expect(s.task(2).driver).toEqual({ kind: 'projectStart' });
  });
});

describe('floats', () => {
  it('total and free float differ where a successor has float of its own', () => {
    // A 2d → D 1d → C; B 5d → C. A: 0..2, D: 2..3, B: 0..5, C: 5..6.
    // D can slip 2 before C moves: free float 2, total float 2.
    // A can slip 2 in all (through D) but not at all without moving D: free float 0, total 2.
    const s = scheduled([['A', '2d'], ['B', '5d'], ['D', '1d', 'A'], ['C', '1d', 'D, B']]);
    expect(s.row('A')).toMatchObject({ totalFloat: 2, freeFloat: 0, critical: false });
    expect(s.row('D')).toMatchObject({ totalFloat: 2, freeFloat: 2, critical: false });
    expect(s.row('B')).toMatchObject({ totalFloat: 0, freeFloat: 0, critical: true });
    expect(s.row('A').lateStart).toBe('2026-03-04');
    expect(s.critical).toEqual(['B', 'C']);
  });

  it('a task with no successors has the project finish as its late finish', () => {
    // A 5d, B 1d, unlinked: B's late finish = the project finish Mar 6, total float 4.
    const s = scheduled([['A', '5d'], ['B', '1d']]);
    expect(s.row('B')).toMatchObject({ lateStart: '2026-03-06', lateFinish: '2026-03-06', totalFloat: 4, freeFloat: 4 });
  });

  it('Critical Float in the Settings widens what counts as critical', () => {
    // Same plan as above: with Critical Float 2, A and D (float 2) are critical too.
    const s = scheduled([['A', '2d'], ['B', '5d'], ['D', '1d', 'A'], ['C', '1d', 'D, B']], { criticalFloat: 2 });
    expect(s.critical).toEqual(['A', 'B', 'D', 'C']);
  });

  it('a task that alone sets the project finish is critical through an SS link', () => {
    // A 10d SS→ B 2d. A ends at 10 = the project finish, so A is critical although its successor
    // B would let it finish later: every task finishes by the project finish.
    const s = scheduled([['A', '10d'], ['B', '2d', 'ASS']]);
    expect(s.row('A')).toMatchObject({ totalFloat: 0, critical: true });
    expect(s.row('B')).toMatchObject({ totalFloat: 8 });
  });
});
