/**
 * Summary tasks roll up their subtasks; links to or from a summary apply to all its subtasks.
 * Calendar: Mon-Fri from Mon 2026-03-02 (day 0) · 3 Mar 5 · 4 Mar 6 · 5 Mar 9 · 7 Mar 11 · 8 Mar 12.
 */
import { isoFromSerial } from '../../../src/model/dates';
import { scheduled } from './scheduled';

// 1 Phase
//   2 A 3d
//   3 Sub            (predecessor 7: every task under Sub follows E)
//     4 B 2d FS 2
//     5 C 4d SS 4
// 6 D 2d FS 1        (after every task under Phase)
// 7 E 1d
const nested = [
  { id: 1, duration: null, level: 1 },
  { id: 2, duration: '3d', level: 2 },
  { id: 3, duration: null, level: 2, predecessors: '7' },
  { id: 4, duration: '2d', level: 3, predecessors: '2' },
  { id: 5, duration: '4d', level: 3, predecessors: '4SS' },
  { id: 6, duration: '2d', level: 1, predecessors: '1' },
  { id: 7, duration: '1d', level: 1 },
];

describe('summary tasks', () => {
  // Forward: A 0..3, E 0..1, B max(A 3, E 1) = 3..5, C max(B start 3, E 1) = 3..7,
  // D after A, B and C: 7..9. Backward: D 7..9, C 3..7, B: min(SS to C → 3, FS to D → 5) = 3,
  // A 0..3, E: by B and C, late finish 3, float 2.
  const s = scheduled(nested);

  it('start at the earliest subtask start and finish at the latest subtask finish, nested', () => {
    expect(s.row(3)).toMatchObject({ start: '2026-03-05', finish: '2026-03-10', lateStart: '2026-03-05', lateFinish: '2026-03-10', totalFloat: 0 });
    expect(s.row(1)).toMatchObject({ start: '2026-03-02', finish: '2026-03-10', totalFloat: 0, critical: true });
    expect(s.task(1)).toMatchObject({ summary: true, driver: { kind: 'summary' } });
  });

  it('a link from a summary holds its successor after every subtask', () => {
    expect(s.dates(6)).toEqual(['2026-03-11', '2026-03-12']);
  });

  it('a link to a summary holds every subtask', () => {
    expect(s.row(7)).toMatchObject({ totalFloat: 2, lateFinish: '2026-03-04' });
  });

  it('free float of a summary is how far the group can slip together', () => {
    // C → D is tight, so Sub and Phase have none.
    expect(s.row(3).freeFloat).toBe(0);
    expect(s.row(1).freeFloat).toBe(0);
  });

  it('schedule order: by start, a summary before its tasks, then by finish; the critical path without summaries', () => {
    expect(s.result.order.map((i) => s.model.tasks[i].id)).toEqual(['1', '7', '2', '3', '4', '5', '6']);
    expect(s.critical).toEqual(['2', '4', '5', '6']);
  });

  it('a summary found by WBS codes works the same way', () => {
    const w = scheduled([
      { id: 'P', wbs: '1', duration: null },
      { id: 'A', wbs: '1.1', duration: '2d' },
      { id: 'B', wbs: '1.2', duration: '3d', predecessors: 'A' },
      { id: 'Z', wbs: '2', duration: '1d', predecessors: 'P' },
    ]);
    expect(w.dates('P')).toEqual(['2026-03-02', '2026-03-06']);
    expect(w.dates('Z')).toEqual(['2026-03-09', '2026-03-09']);
  });

  it('a summary with free float: the group can slip until the task after it moves', () => {
    // P = {A 1d}; X 4d; Y FS P, X. A ends at 1, Y starts at 4: P's free float 3.
    const g = scheduled([
      { id: 'P', duration: null, level: 1 }, { id: 'A', duration: '1d', level: 2 },
      { id: 'X', duration: '4d', level: 1 }, { id: 'Y', duration: '1d', level: 1, predecessors: 'P, X' },
    ]);
    expect(g.row('P')).toMatchObject({ totalFloat: 3, freeFloat: 3, critical: false });
  });

  it('SNET and a deadline on a summary hold every task under it', () => {
    // SNET Mar 9 on P moves A to Mar 9 (day 5); the deadline Mar 9 is missed by B (ends Mar 10).
    const g = scheduled([
      { id: 'P', duration: null, level: 1, constraint: 'SNET', constraintDate: '2026-03-09', deadline: '2026-03-09' },
      { id: 'A', duration: '1d', level: 2 }, { id: 'B', duration: '2d', level: 2 },
    ]);
    expect(g.dates('A')).toEqual(['2026-03-09', '2026-03-09']);
    expect(g.dates('P')).toEqual(['2026-03-09', '2026-03-10']);
    expect(g.row('B').totalFloat).toBe(-1);
    expect(g.result.issues.map((i) => [i.cell, i.column])).toEqual([['G2', 'Deadline']]);
    expect(isoFromSerial(g.task('A').driver.kind === 'constraint' ? (g.task('A').driver as { date: number }).date : 0)).toBe('2026-03-09');
  });

  it('a constraint a summary cannot carry is ignored with a warning', () => {
    const g = scheduled([
      { id: 'P', duration: null, level: 1, constraint: 'MSO', constraintDate: '2026-03-09' },
      { id: 'A', duration: '1d', level: 2 },
    ]);
    expect(g.dates('A')).toEqual(['2026-03-02', '2026-03-02']);
    expect(g.warnings).toEqual([expect.stringMatching(/a summary task cannot carry Must Start On/)]);
  });
});
