/**
 * Golden cases worked by hand: every constraint type, deadlines, a fixed Start.
 *
 * Calendar: Mon-Fri, project start Mon 2026-03-02. Working days (ordinals) from the start:
 *   0 Mar 2 · 1 Mar 3 · 2 Mar 4 · 3 Mar 5 · 4 Mar 6 · 5 Mar 9 · 6 Mar 10 · 7 Mar 11 · 8 Mar 12 ·
 *   9 Mar 13 · 10 Mar 16
 * Moment k = the beginning of day k. A task of d days from moment s finishes at moment s + d.
 */
import { serial, scheduled } from './scheduled';

describe('early constraints', () => {
  it('SNET raises the start to its date', () => {
    const s = scheduled([{ id: 1, duration: '2d', constraint: 'SNET', constraintDate: '2026-03-04' }]);
    expect(s.dates(1)).toEqual(['2026-03-04', '2026-03-05']);
    expect(s.task(1).driver).toEqual({ kind: 'constraint', type: 'SNET', date: serial('2026-03-04') });
  });

  it('SNET on a Saturday starts on the next working day', () => {
    const s = scheduled([{ id: 1, duration: '2d', constraint: 'Start No Earlier Than', constraintDate: '2026-03-07' }]);
    expect(s.dates(1)).toEqual(['2026-03-09', '2026-03-10']);
  });

  it('SNET does not pull work before its predecessors', () => {
    // A ends at 5 (Mar 9 start for B); SNET Mar 4 is weaker.
    const s = scheduled([[1, '5d'], { id: 2, duration: '2d', predecessors: '1', constraint: 'SNET', constraintDate: '2026-03-04' }]);
    expect(s.dates(2)).toEqual(['2026-03-09', '2026-03-10']);
  });

  it('FNET raises the finish to its date', () => {
    // Finish day ≥ Mar 6 (day 4): finish moment ≥ 5, so a 2-day task starts at 3 (Mar 5).
    const s = scheduled([{ id: 1, duration: '2d', constraint: 'FNET', constraintDate: '2026-03-06' }]);
    expect(s.dates(1)).toEqual(['2026-03-05', '2026-03-06']);
  });

  it('a fixed Start acts as Start No Earlier Than', () => {
    const s = scheduled([[1, '5d'], { id: 2, duration: '1d', predecessors: '1', start: '2026-03-12' }]);
    expect(s.dates(2)).toEqual(['2026-03-12', '2026-03-12']);
    expect(s.task(2).driver).toEqual({ kind: 'constraint', type: 'Start', date: serial('2026-03-12') });
    // An earlier Start than the links allow changes nothing.
    const t = scheduled([[1, '5d'], { id: 2, duration: '1d', predecessors: '1', start: '2026-03-03' }]);
    expect(t.dates(2)).toEqual(['2026-03-09', '2026-03-09']);
  });
});

describe('late constraints and deadlines', () => {
  it('SNLT that cannot be met makes float negative, the task critical, and warns at the constraint', () => {
    // A: 0..5. B (3d) FS A starts at 5 (Mar 9) but must start by Mar 5 (day 3): 2 days late.
    // B's late start = 3 → total float 3 − 5 = −2; A must finish by 3 → late start −2 (Thu Feb 26).
    const s = scheduled([[1, '5d'], { id: 2, duration: '3d', predecessors: '1', constraint: 'SNLT', constraintDate: '2026-03-05' }]);
    expect(s.row(2)).toMatchObject({ start: '2026-03-09', lateStart: '2026-03-05', totalFloat: -2, critical: true });
    expect(s.row(1)).toMatchObject({ lateStart: '2026-02-26', totalFloat: -2, critical: true });
    expect(s.finish).toBe('2026-03-11'); // late limits never move the early dates
    expect(s.result.issues).toEqual([
      expect.objectContaining({ severity: 'warning', row: 3, column: 'Constraint Type', cell: 'E3' }),
    ]);
    expect(s.result.issues[0].message).toMatch(/^Task 2: it starts on 2026-03-09, 2 working days after its Start No Later Than date 2026-03-05/);
  });

  it('FNLT that cannot be met: one day of negative float', () => {
    // B: 5..8 (finish Mar 11) but must finish by Mar 10 (finish moment ≤ 7): −1.
    const s = scheduled([[1, '5d'], { id: 2, duration: '3d', predecessors: '1', constraint: 'FNLT', constraintDate: '2026-03-10' }]);
    expect(s.row(2)).toMatchObject({ lateFinish: '2026-03-10', totalFloat: -1, critical: true });
    expect(s.warnings).toEqual([expect.stringMatching(/^E3: Task 2: it finishes on 2026-03-11, 1 working day after its Finish No Later Than date 2026-03-10/)]);
  });

  it('FNLT that is met leaves positive float', () => {
    // B must finish by Fri Mar 13 (moment ≤ 10); it finishes at 8: float 2.
    const s = scheduled([[1, '5d'], { id: 2, duration: '3d', predecessors: '1', constraint: 'FNLT', constraintDate: '2026-03-13' }]);
    expect(s.row(2)).toMatchObject({ totalFloat: 0 }); // the project finish (moment 8) is the tighter limit
    expect(s.warnings).toEqual([]);
  });

  it('a deadline that is missed gives negative float and a warning at the Deadline cell', () => {
    const s = scheduled([[1, '5d'], { id: 2, duration: '3d', predecessors: '1', deadline: '2026-03-10' }]);
    expect(s.row(2)).toMatchObject({ totalFloat: -1, critical: true });
    expect(s.row(1)).toMatchObject({ totalFloat: -1, critical: true });
    expect(s.result.issues).toEqual([expect.objectContaining({ column: 'Deadline', cell: 'E3', row: 3 })]);
    expect(s.result.issues[0].message).toMatch(/after its deadline 2026-03-10/);
  });

  it('a deadline that is met changes nothing', () => {
    const s = scheduled([[1, '5d'], { id: 2, duration: '3d', predecessors: '1', deadline: '2026-03-20' }]);
    expect(s.row(2)).toMatchObject({ totalFloat: 0, lateFinish: '2026-03-11' });
    expect(s.warnings).toEqual([]);
  });
});

describe('pins and ALAP', () => {
  it('MSO pins the start, with zero float', () => {
    // B pinned at Mar 11 (day 7), 2 days: 7..9. Its late start is capped at the pin: float 0.
    const s = scheduled([[1, '5d'], { id: 2, duration: '2d', constraint: 'MSO', constraintDate: '2026-03-11' }]);
    expect(s.row(2)).toMatchObject({ start: '2026-03-11', finish: '2026-03-12', totalFloat: 0, critical: true });
    expect(s.task(2).driver).toEqual({ kind: 'constraint', type: 'MSO', date: serial('2026-03-11') });
  });

  it('MSO wins over a predecessor and says the link is broken', () => {
    // A ends at 5 but B is pinned at Mar 4 (day 2): B runs 2..4, 3 days before A allows.
    // A must finish by B's late start 2: late start −3, float −3.
    const s = scheduled([[1, '5d'], { id: 2, duration: '2d', predecessors: '1', constraint: 'MSO', constraintDate: '2026-03-04' }]);
    expect(s.dates(2)).toEqual(['2026-03-04', '2026-03-05']);
    expect(s.row(1).totalFloat).toBe(-3);
    expect(s.warnings).toEqual([expect.stringMatching(/^E3: Task 2: its Must Start On date 2026-03-04 holds it 3 working days earlier than its predecessors allow/)]);
  });

  it('MFO pins the finish', () => {
    // Finish on Fri Mar 13 (day 9): moment 10, so a 2-day task starts at 8 (Mar 12).
    const s = scheduled([{ id: 1, duration: '2d', constraint: 'MFO', constraintDate: '2026-03-13' }]);
    expect(s.dates(1)).toEqual(['2026-03-12', '2026-03-13']);
    // On a Saturday: the working day before.
    const t = scheduled([{ id: 1, duration: '2d', constraint: 'Must Finish On', constraintDate: '2026-03-14' }]);
    expect(t.dates(1)).toEqual(['2026-03-12', '2026-03-13']);
  });

  it('a pin before the project start moves to the project start, with a warning', () => {
    const s = scheduled([{ id: 1, duration: '2d', constraint: 'MSO', constraintDate: '2026-02-20' }]);
    expect(s.dates(1)).toEqual(['2026-03-02', '2026-03-03']);
    expect(s.warnings).toEqual([expect.stringMatching(/before the project start, so it is placed on 2026-03-02/)]);
  });

  it('ALAP goes to its late dates and pushes its successors along', () => {
    // A: 0..5 sets the project finish. B (1d, ALAP) → C (1d). C's late start 4, B's 3.
    // B is placed at 3 (Mar 5); C then follows at 4 (Mar 6). Both now have no float.
    const s = scheduled([['A', '5d'], { id: 'B', duration: '1d', constraint: 'ALAP' }, ['C', '1d', 'B']]);
    expect(s.row('B')).toMatchObject({ start: '2026-03-05', lateStart: '2026-03-05', totalFloat: 0, freeFloat: 0 });
    expect(s.row('C')).toMatchObject({ start: '2026-03-06', totalFloat: 0 });
    expect(s.task('B').driver).toEqual({ kind: 'constraint', type: 'ALAP', date: serial('2026-03-05') });
    expect(s.finish).toBe('2026-03-06');
  });

  it('ALAP with no successors finishes at the project finish', () => {
    const s = scheduled([['A', '5d'], { id: 'B', duration: '2d', constraint: 'As Late As Possible' }]);
    expect(s.dates('B')).toEqual(['2026-03-05', '2026-03-06']);
  });
});
