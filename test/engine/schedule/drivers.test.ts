/** Leveling delays, drivers ("why this date?") and plans with errors. */
import { schedule } from '../../../src/engine/schedule';
import { buildModel } from '../../../src/model/buildModel';
import { isoFromSerial } from '../../../src/model/dates';
import type { Driver } from '../../../src/engine/types';
import { workbook } from '../../support/plan';
import { serial, scheduled } from './scheduled';

describe('leveling delay', () => {
  it('delays the early start beyond what the links give, as Microsoft Project does', () => {
    // A 0..2; B FS A would start at 2 (Mar 4); a delay of 2 starts it at 4 (Mar 6), 3 days → Mar 10.
    const s = scheduled([['A', '2d'], { id: 'B', duration: '3d', predecessors: 'A', delay: '2d' }]);
    expect(s.dates('B')).toEqual(['2026-03-06', '2026-03-10']);
    expect(s.task('B')).toMatchObject({
      levelingDelay: 2,
      driver: { kind: 'leveling', delay: 2, from: { kind: 'link', predecessor: 0, type: 'FS', lag: 0 } },
    });
    // The delay follows A: if A slips, B slips too, so A stays critical with no free float.
    expect(s.row('A')).toMatchObject({ totalFloat: 0, freeFloat: 0, critical: true });
  });

  it('options.levelingDelays replace the column', () => {
    const rows = [['A', '2d'], { id: 'B', duration: '3d', predecessors: 'A', delay: 2 }] as const;
    expect(scheduled(rows as never, {}, { levelingDelays: [0, 0] }).dates('B')[0]).toBe('2026-03-04');
    expect(scheduled(rows as never, {}, { levelingDelays: [0, 5] }).dates('B')[0]).toBe('2026-03-11');
  });
});

describe('drivers', () => {
  it('walk back from any task to the project start', () => {
    // A → B (FS+1) → C (SS+2); D's Start fixes it; E waits for D.
    const s = scheduled([['A', '2d'], ['B', '3d', 'AFS+1'], ['C', '1d', 'BSS+2'], { id: 'D', duration: '1d', start: '2026-03-16' }, ['E', '1d', 'D']]);
    const chain = (id: string): Driver[] => {
      const out: Driver[] = [];
      let i: number | undefined = s.model.taskById.get(id);
      while (i !== undefined) {
        const d: Driver = s.result.tasks[i].driver;
        out.push(d);
        i = d.kind === 'link' ? d.predecessor : undefined;
      }
      return out;
    };
    expect(chain('C')).toEqual([
      { kind: 'link', predecessor: 1, type: 'SS', lag: 2 },
      { kind: 'link', predecessor: 0, type: 'FS', lag: 1 },
      { kind: 'projectStart' },
    ]);
    expect(chain('E')).toEqual([
      { kind: 'link', predecessor: 3, type: 'FS', lag: 0 },
      { kind: 'constraint', type: 'Start', date: serial('2026-03-16') },
    ]);
  });
});

describe('plans with errors', () => {
  it('a dependency loop is reported as an error; everything else is still scheduled', () => {
    const model = buildModel(workbook([[1, '2d', '3'], [2, '2d', '1'], [3, '2d', '2'], [4, '3d'], [5, '1d', '4']]));
    let result!: ReturnType<typeof schedule>;
    expect(() => { result = schedule(model); }).not.toThrow();
    expect(result.issues).toEqual([expect.objectContaining({ severity: 'error', column: 'Predecessors', row: 2 })]);
    expect(result.issues[0].message).toMatch(/loop/);
    expect(isoFromSerial(result.tasks[4].start)).toBe('2026-03-05');
    for (const t of result.tasks) expect(Number.isFinite(t.start) && Number.isFinite(t.finish)).toBe(true);
  });

  it('no project start: still schedules (the model has reported the error)', () => {
    const model = buildModel(workbook([['A', '2d']], { start: null }));
    expect(model.issues.some((i) => i.severity === 'error')).toBe(true);
    expect(() => schedule(model)).not.toThrow();
  });

  it('no tasks: the project is its start day', () => {
    const model = buildModel(workbook([]));
    const result = schedule(model);
    expect(result.tasks).toEqual([]);
    expect(isoFromSerial(result.project.finish)).toBe('2026-03-02');
  });

  it('a hand-made model with a link onto a summary or a missing task does not throw', () => {
    const model = buildModel(workbook([{ id: 'P', duration: null, level: 1 }, { id: 'A', duration: '2d', level: 2 }, { id: 'B', duration: '1d', level: 1 }]));
    // Other tasks than buildModel's: the schedule reads them afresh (model/taskNetwork.ts).
    const linked = { ...model.tasks[2], predecessors: [
      { predecessor: 0, successor: 2, type: 'FS' as const, lag: 0, cell: null },
      { predecessor: 99, successor: 2, type: 'SS' as const, lag: 0, cell: null },
    ] };
    const handMade = { ...model, tasks: [model.tasks[0], model.tasks[1], linked] };
    const result = schedule(handMade);
    expect(result.tasks[2].start).toBe(result.project.start);
    expect(result.tasks[2].driver).toEqual({ kind: 'projectStart' });
  });
});
