/**
 * level(model) end to end: tables → model → schedule → leveling → schedule with delays.
 * Calendar Mon-Fri from Mon 2026-03-02: Mar 2..6 are working days 0..4, Mar 9 is day 5.
 */
import { level } from '../../../src/engine/leveling/level';
import { loading } from '../../../src/engine/loading';
import { buildModel } from '../../../src/model/buildModel';
import { isoFromSerial } from '../../../src/model/dates';
import type { CellValue, Model } from '../../../src/model/types';

type Row = Record<string, CellValue>;

function table(rows: Row[]): { values: CellValue[][] } {
  const headers = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return { values: [headers, ...rows.map((r) => headers.map((h) => r[h] ?? null))] };
}

function model(tasks: Row[], options: { resources?: Row[]; holidays?: Row[]; settings?: Record<string, CellValue> } = {}): Model {
  const settings: Record<string, CellValue> = { 'Project Start': '2026-03-02', ...options.settings };
  const m = buildModel({
    tasks: table(tasks.map((t) => ({ Name: `Task ${t.ID}`, ...t }))),
    resources: table(options.resources ?? [{ Name: 'Alice', 'Max Units': '100%' }]),
    holidays: options.holidays ? table(options.holidays) : undefined,
    settings: { values: [['Setting', 'Value'], ...Object.entries(settings)] },
  });
  const errors = m.issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) throw new Error(errors.map((e) => e.message).join('; '));
  return m;
}

function leveled(m: Model) {
  const result = level(m);
  const byId = (id: string | number) => result.schedule.tasks[m.taskById.get(String(id)) as number];
  return {
    result,
    dates: (id: string | number) => [isoFromSerial(byId(id).start), isoFromSerial(byId(id).finish)],
    delay: (id: string | number) => byId(id).levelingDelay,
    overallocated: () =>
      loading(m, result.schedule, 'day').resources.filter((r) => r.overallocated.some(Boolean)).map((r) => r.name),
  };
}

describe('level', () => {
  it('delays the second of two tasks that need the same person, and writes the delay', () => {
    const m = model([{ ID: 1, Duration: '3d', 'Resource Names': 'Alice' }, { ID: 2, Duration: '3d', 'Resource Names': 'Alice' }]);
    const l = leveled(m);
    expect(l.dates(1)).toEqual(['2026-03-02', '2026-03-04']);
    expect(l.dates(2)).toEqual(['2026-03-05', '2026-03-09']);
    expect(l.result.delays).toEqual([0, 3]);
    expect(l.delay(2)).toBe(3);
    expect(l.result.issues).toEqual([]);
    expect(l.overallocated()).toEqual([]);
  });

  it('counts a delay from where the delayed predecessors put the task, as the scheduler adds it', () => {
    // 2 waits for 1 (Alice, critical through 4); 3 follows 2 and moves with it, without a delay of its own.
    const m = model([
      { ID: 1, Duration: '3d', 'Resource Names': 'Alice' },
      { ID: 2, Duration: '2d', 'Resource Names': 'Alice' },
      { ID: 3, Duration: '1d', Predecessors: '2' },
      { ID: 4, Duration: '5d', Predecessors: '1' },
    ]);
    const l = leveled(m);
    expect(l.dates(2)).toEqual(['2026-03-05', '2026-03-06']);
    expect(l.dates(3)).toEqual(['2026-03-09', '2026-03-09']);
    expect([l.delay(1), l.delay(2), l.delay(3)]).toEqual([0, 3, 0]);
  });

  it('lets the higher Priority go first', () => {
    const m = model([
      { ID: 1, Duration: '2d', 'Resource Names': 'Alice', Priority: 500 },
      { ID: 2, Duration: '2d', 'Resource Names': 'Alice', Priority: 800 },
    ]);
    const l = leveled(m);
    expect(l.dates(2)).toEqual(['2026-03-02', '2026-03-03']);
    expect(l.dates(1)).toEqual(['2026-03-04', '2026-03-05']);
  });

  it('moves a task off a resource holiday it does not fit around', () => {
    const m = model([{ ID: 1, Duration: '3d', 'Resource Names': 'Alice' }], {
      holidays: [{ Date: '2026-03-04', Resource: 'Alice' }],
    });
    const l = leveled(m);
    expect(l.dates(1)).toEqual(['2026-03-05', '2026-03-09']);
    expect(l.delay(1)).toBe(3);
    expect(l.overallocated()).toEqual([]);
  });

  it('compares hours with hours: two half-time assignments share one person', () => {
    const m = model([
      { ID: 1, Duration: '3d', 'Resource Names': 'Alice[50%]' },
      { ID: 2, Duration: '3d', 'Resource Names': 'Alice[50%]' },
      { ID: 3, Duration: '1d', 'Resource Names': 'Alice[50%]' },
    ]);
    const l = leveled(m);
    expect(l.result.delays).toEqual([0, 0, 3]);
    expect(l.overallocated()).toEqual([]);
  });

  it('reports a task that needs more than a resource has, on its Resource Names cell, and does not move it for that', () => {
    const m = model([{ ID: 1, Duration: '2d', 'Resource Names': 'Crane[2]' }], { resources: [{ Name: 'Crane', 'Max Units': 1 }] });
    const l = leveled(m);
    expect(l.result.delays).toEqual([0]);
    expect(l.result.issues).toHaveLength(1);
    expect(l.result.issues[0]).toMatchObject({ severity: 'warning', table: 'Tasks', row: 2, column: 'Resource Names', cell: 'D2' });
    expect(l.result.issues[0].message).toMatch(/Task 1 needs 16 hours a day of Crane, who has only 8/);
  });

  it('does not move started work, and levels the rest around it', () => {
    const m = model(
      [
        { ID: 1, Duration: '4d', 'Resource Names': 'Alice', '% Complete': '50%', 'Actual Start': '2026-03-02' },
        { ID: 2, Duration: '2d', 'Resource Names': 'Alice' },
      ],
      { settings: { 'Status Date': '2026-03-03' } },
    );
    const l = leveled(m);
    expect(l.dates(1)).toEqual(['2026-03-02', '2026-03-05']);
    expect(l.dates(2)).toEqual(['2026-03-06', '2026-03-09']);
    expect(l.delay(1)).toBe(0);
  });

  it('never moves a task of Priority 1000 (do not level)', () => {
    const m = model([
      { ID: 1, Duration: '2d', 'Resource Names': 'Alice', Priority: 100 },
      { ID: 2, Duration: '2d', 'Resource Names': 'Alice', Priority: 1000 },
    ]);
    const l = leveled(m);
    expect(l.dates(2)).toEqual(['2026-03-02', '2026-03-03']);
    expect(l.dates(1)).toEqual(['2026-03-04', '2026-03-05']);
  });

  it('levels the tasks under a summary, never the summary itself', () => {
    const m = model([
      { ID: 1, Duration: null, 'Outline Level': 1 },
      { ID: 2, Duration: '2d', 'Outline Level': 2, 'Resource Names': 'Alice' },
      { ID: 3, Duration: '2d', 'Outline Level': 2, 'Resource Names': 'Alice' },
    ]);
    const l = leveled(m);
    expect(l.delay(1)).toBe(0);
    expect(l.result.delays).toEqual([0, 0, 2]);
    expect(l.dates(1)).toEqual(['2026-03-02', '2026-03-05']);
  });

  it('leaves material and cost resources alone', () => {
    const m = model(
      [{ ID: 1, Duration: '2d', 'Resource Names': 'Steel[500]' }, { ID: 2, Duration: '2d', 'Resource Names': 'Steel[500]' }],
      { resources: [{ Name: 'Steel', Type: 'Material', 'Max Units': 1 }] },
    );
    expect(leveled(m).result.delays).toEqual([0, 0]);
  });

  it('clears delays typed in the input before leveling again', () => {
    const m = model([{ ID: 1, Duration: '2d', 'Resource Names': 'Alice', 'Leveling Delay': '5d' }]);
    const l = leveled(m);
    expect(l.result.delays).toEqual([0]);
    expect(l.dates(1)).toEqual(['2026-03-02', '2026-03-03']);
  });

  it('leaves an As Late As Possible task at its late dates when nothing competes', () => {
    const m = model([
      { ID: 1, Duration: '2d', 'Resource Names': 'Alice', 'Constraint Type': 'ALAP' },
      { ID: 2, Duration: '3d', 'Resource Names': 'Alice' },
      { ID: 3, Duration: '1d', Predecessors: '1' },
      { ID: 4, Duration: '5d', Predecessors: '2' },
    ]);
    const l = leveled(m);
    expect(l.dates(1)).toEqual(['2026-03-09', '2026-03-10']);
    expect(l.dates(3)).toEqual(['2026-03-11', '2026-03-11']);
    expect(l.result.issues).toEqual([]);
  });

  it('levels an As Late As Possible task from its late dates and holds it there', () => {
    // Alone, X would sit on days 4-5, under A; leveled, it follows A, still finishing last.
    const m = model([
      { ID: 'A', Duration: '6d', 'Resource Names': 'Alice' },
      { ID: 'X', Duration: '2d', 'Resource Names': 'Alice', 'Constraint Type': 'ALAP' },
    ]);
    const l = leveled(m);
    expect(l.dates('A')).toEqual(['2026-03-02', '2026-03-09']);
    expect(l.dates('X')).toEqual(['2026-03-10', '2026-03-11']);
    expect(l.result.issues).toEqual([]);
    expect(l.overallocated()).toEqual([]);
  });

  it('keeps every link and leaves nobody over-allocated on a mixed plan', () => {
    const m = model(
      [
        { ID: 1, Duration: '3d', 'Resource Names': 'Alice' },
        { ID: 2, Duration: '4d', 'Resource Names': 'Alice, Bob[50%]', Predecessors: '1SS+1' },
        { ID: 3, Duration: '2d', 'Resource Names': 'Bob', Predecessors: '1FF' },
        { ID: 4, Duration: '0d', Predecessors: '2,3' },
        { ID: 5, Duration: '5d', 'Resource Names': 'Bob[50%]', Predecessors: '4SS-2' },
        { ID: 6, Duration: '2d', 'Resource Names': 'Alice', Predecessors: '3SF+3' },
      ],
      { resources: [{ Name: 'Alice', 'Max Units': '100%' }, { Name: 'Bob', 'Max Units': '100%' }], holidays: [{ Date: '2026-03-10', Resource: 'Bob' }] },
    );
    const l = leveled(m);
    expect(l.overallocated()).toEqual([]);
    expect(l.result.issues).toEqual([]);
    expect(l.result.schedule.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(Math.min(...l.result.delays)).toBeGreaterThanOrEqual(0);
  });
});
