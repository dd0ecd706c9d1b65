/** Resource loading (contract §3b), worked by hand. Monday 2 March 2026 starts the plan. */
import { loading } from '../../../src/engine/loading';
import type { CellValue } from '../../../src/model/types';
import { day, handSchedule, plan } from '../../support/costPlan';

const resources = [
  ['Name', 'Type', 'Max Units', 'Std. Rate', 'Cost/Use'],
  ['Alice', 'Work', '100%', 50, 20],
  ['Bob', 'Work', '100%', 40, 0],
  ['Crane', 'Work', 2, 100, 0],
  ['Concrete', 'Material', null, 120, 0],
];
const header = ['ID', 'Name', 'Duration', 'Resource Names'];

function run(rows: CellValue[][], dates: Record<string, [string, string]>, period: 'day' | 'week' | 'month', holidays?: CellValue[][]) {
  const model = plan([header, ...rows], { resources, holidays });
  const result = loading(model, handSchedule(model, dates), period);
  const of = (name: string) => {
    const r = result.resources.find((x) => x.name === name);
    if (!r) throw new Error(name);
    return r;
  };
  return { result, of, model };
}

describe('resource loading', () => {
  it('a 50% assignment on a 3-day task is 12 hours at 8 hours a day', () => {
    const { result, of } = run([[1, 'Review', '3d', 'Alice[50%]']], { 1: ['2026-03-02', '2026-03-04'] }, 'day');
    expect(result.periods).toEqual(['2026-03-02', '2026-03-03', '2026-03-04'].map(day));
    expect(of('Alice').load).toEqual([4, 4, 4]);
    expect(of('Alice').capacity).toEqual([8, 8, 8]);
    expect(of('Alice').overallocated).toEqual([false, false, false]);
    expect(of('Bob').load).toEqual([0, 0, 0]);
  });

  it('a resource’s day off is lost capacity, and work on it is an over-allocation', () => {
    const { of } = run([[1, 'Build', '5d', 'Bob']], { 1: ['2026-03-02', '2026-03-06'] }, 'day', [
      ['Date', 'Name', 'Resource'], ['2026-03-04', 'Dentist', 'Bob'],
    ]);
    expect(of('Bob').capacity).toEqual([8, 8, 0, 8, 8]);
    expect(of('Bob').load).toEqual([8, 8, 8, 8, 8]);
    expect(of('Bob').overallocated).toEqual([false, false, true, false, false]);
    // Nobody else is off that day.
    expect(of('Alice').capacity).toEqual([8, 8, 8, 8, 8]);
  });

  it('the same by week: one day over capacity makes the whole week over-allocated', () => {
    const { result, of } = run([[1, 'Build', '5d', 'Bob']], { 1: ['2026-03-02', '2026-03-06'] }, 'week', [
      ['Date', 'Name', 'Resource'], ['2026-03-04', 'Dentist', 'Bob'],
    ]);
    expect(result.periods).toEqual([day('2026-03-02')]);
    expect(of('Bob')).toMatchObject({ capacity: [32], load: [40], overallocated: [true] });
  });

  it('a weekend inside the task: no work on Saturday and Sunday, weeks start on Monday', () => {
    // Thursday to Tuesday is four working days.
    const { result, of } = run([[1, 'Pour', '4d', 'Crane[2]']], { 1: ['2026-03-05', '2026-03-10'] }, 'week');
    expect(result.periods).toEqual(['2026-03-02', '2026-03-09'].map(day));
    expect(of('Crane')).toMatchObject({ capacity: [80, 80], load: [32, 32], overallocated: [false, false] });
    const days = run([[1, 'Pour', '4d', 'Crane[2]']], { 1: ['2026-03-05', '2026-03-10'] }, 'day');
    expect(days.result.periods).toEqual(['2026-03-05', '2026-03-06', '2026-03-09', '2026-03-10'].map(day));
  });

  it('a month boundary: each month gets its own days, named by the 1st', () => {
    const { result, of } = run([[1, 'Test', '4d', 'Alice']], { 1: ['2026-03-30', '2026-04-02'] }, 'month');
    expect(result.periods).toEqual(['2026-03-01', '2026-04-01'].map(day));
    // March and April 2026 have 22 working days each.
    expect(of('Alice')).toMatchObject({ capacity: [176, 176], load: [16, 16], overallocated: [false, false] });
    // 16 h × 50, plus the Cost/Use of 20 on the first day.
    expect(of('Alice').cost).toEqual([820, 800]);
  });

  it('project holidays are not working days: no capacity and no work', () => {
    const { result, of } = run([[1, 'Build', '4d', 'Bob']], { 1: ['2026-03-02', '2026-03-06'] }, 'week', [
      ['Date', 'Name'], ['2026-03-04', 'Founders day'],
    ]);
    expect(result.periods).toEqual([day('2026-03-02')]);
    expect(of('Bob')).toMatchObject({ capacity: [32], load: [32], overallocated: [false] });
  });

  it('two tasks at once over-allocate a single resource, not one with two units', () => {
    const { of } = run([
      [1, 'A', '2d', 'Alice, Crane'],
      [2, 'B', '2d', 'Alice, Crane'],
    ], { 1: ['2026-03-02', '2026-03-03'], 2: ['2026-03-03', '2026-03-04'] }, 'day');
    expect(of('Alice').load).toEqual([8, 16, 8]);
    expect(of('Alice').overallocated).toEqual([false, true, false]);
    expect(of('Crane').overallocated).toEqual([false, false, false]);
  });

  it('materials carry cost, not hours; Cost/Use falls on the first day', () => {
    const { of } = run([[1, 'Pour', '2d', 'Concrete[10], Alice[50%]']], { 1: ['2026-03-02', '2026-03-03'] }, 'day');
    expect(of('Concrete')).toMatchObject({ capacity: [0, 0], load: [0, 0], overallocated: [false, false], cost: [600, 600] });
    expect(of('Alice').cost).toEqual([4 * 50 + 20, 4 * 50]);
  });

  it('a milestone has no hours but still its per-use cost', () => {
    const { of } = run([[1, 'Kick-off', '0d', 'Alice'], [2, 'Work', '1d', 'Bob']], { 1: ['2026-03-02', '2026-03-02'], 2: ['2026-03-02', '2026-03-02'] }, 'day');
    expect(of('Alice')).toMatchObject({ load: [0], cost: [20] });
  });

  it('skips unknown resources and warns about a summary’s own resources', () => {
    const model = plan([
      ['ID', 'Name', 'Outline Level', 'Duration', 'Resource Names'],
      [1, 'Phase', 1, null, 'Bob'],
      [2, 'A', 2, '2d', 'Ghost, Alice'],
    ], { resources });
    const result = loading(model, handSchedule(model, { 2: ['2026-03-02', '2026-03-03'] }), 'day');
    expect(result.resources.map((r) => r.name)).toEqual(['Alice', 'Bob', 'Crane', 'Concrete']);
    expect(result.resources[0].load).toEqual([8, 8]);
    expect(result.resources[1].load).toEqual([0, 0]);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ severity: 'warning', row: 2, column: 'Resource Names' });
  });

  it('covers whole weeks from the project start’s to the finish’s', () => {
    const { result, of } = run([[1, 'A', '2d', 'Alice'], [2, 'B', '1d', 'Bob']], { 1: ['2026-03-04', '2026-03-05'], 2: ['2026-03-16', '2026-03-16'] }, 'week');
    expect(result.periods).toEqual(['2026-03-02', '2026-03-09', '2026-03-16'].map(day));
    expect(of('Alice')).toMatchObject({ capacity: [40, 40, 40], load: [16, 0, 0] });
  });
});
