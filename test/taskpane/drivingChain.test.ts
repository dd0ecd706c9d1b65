/**
 * The reasons the Why screen gives, in a project manager's words, and the chain it walks.
 * Calendar Mon-Fri from Mon 2026-03-02: Mar 2..6 are working days 0..4, Mar 9 is day 5.
 */
import { level } from '../../src/engine/leveling/level';
import type { ScheduleResult, TaskSchedule } from '../../src/engine/types';
import { buildModel } from '../../src/model/buildModel';
import { serialFromISO } from '../../src/model/dates';
import type { CellValue, Model } from '../../src/model/types';
import { describeDriver, drivingChain } from '../../src/taskpane/services/drivingChain';

const model = { tasks: [{ id: '1', name: 'Pack' }] } as unknown as Model;
const LEVELED = 'Delayed 3 working days by leveling (resource over-allocation).';

describe('describeDriver', () => {
  it('says how a link places a task, with its lag or lead in working days', () => {
    expect(describeDriver({ kind: 'link', predecessor: 0, type: 'FS', lag: 0 }, model)).toBe('Starts after 1 Pack finishes (FS).');
    expect(describeDriver({ kind: 'link', predecessor: 0, type: 'SS', lag: 1 }, model)).toBe('Starts when 1 Pack starts, 1 working day later (SS+1d).');
    expect(describeDriver({ kind: 'link', predecessor: 0, type: 'FS', lag: -2 }, model)).toBe('Starts after 1 Pack finishes, 2 working days earlier (a lead) (FS-2d).');
    expect(describeDriver({ kind: 'link', predecessor: 0, type: 'FF', lag: 0 }, model)).toBe('Finishes when 1 Pack finishes (FF).');
  });

  it('counts a leveling delay in working days and names its cause', () => {
    expect(describeDriver({ kind: 'leveling', delay: 1 }, model)).toBe('Delayed 1 working day by leveling (resource over-allocation).');
    expect(describeDriver({ kind: 'leveling', delay: 3 }, model)).toBe(LEVELED);
  });

  it('after a leveling delay, says what placed the task before it', () => {
    const from = (driver: Parameters<typeof describeDriver>[0]) => describeDriver({ kind: 'leveling', delay: 3, from: driver }, model);
    expect(from({ kind: 'link', predecessor: 0, type: 'FS', lag: 0 })).toBe(`${LEVELED} Without the delay it would start after 1 Pack finishes (FS).`);
    expect(from({ kind: 'link', predecessor: 0, type: 'SS', lag: 2 })).toBe(`${LEVELED} Without the delay it would start when 1 Pack starts, 2 working days later (SS+2d).`);
    expect(from({ kind: 'link', predecessor: 0, type: 'FF', lag: 0 })).toBe(`${LEVELED} Without the delay it would finish when 1 Pack finishes (FF).`);
    expect(from({ kind: 'projectStart' })).toBe(`${LEVELED} Without the delay it would start at the project start.`);
    const march9 = serialFromISO('2026-03-09') as number;
    expect(from({ kind: 'constraint', type: 'SNET', date: march9 })).toBe(`${LEVELED} Without the delay it would keep to its Start No Earlier Than date, 2026-03-09.`);
    expect(from({ kind: 'constraint', type: 'Start', date: march9 })).toBe(`${LEVELED} Without the delay it would start on its fixed Start, 2026-03-09.`);
    expect(from({ kind: 'statusDate', date: march9 })).toBe(`${LEVELED} Without the delay its remaining work would wait for the status date, 2026-03-09.`);
  });
});

type Row = Record<string, CellValue>;

function table(rows: Row[]): { values: CellValue[][] } {
  const headers = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return { values: [headers, ...rows.map((r) => headers.map((h) => r[h] ?? null))] };
}

function plan(tasks: Row[], settings: Record<string, CellValue> = {}): Model {
  const m = buildModel({
    tasks: table(tasks),
    resources: table([{ Name: 'Alice', 'Max Units': '100%' }]),
    settings: { values: [['Setting', 'Value'], ...Object.entries({ 'Project Start': '2026-03-02', ...settings })] },
  });
  expect(m.issues.filter((i) => i.severity === 'error')).toEqual([]);
  return m;
}

const chainOf = (m: Model, s: ScheduleResult, id: string) => drivingChain(m, s, m.taskById.get(id) as number);

describe('drivingChain through leveling', () => {
  // 12 and 13 both wait for 10 and both need Alice; 12 goes first (higher Priority), so leveling
  // delays 13 by 12's three days. Ship waits for both, so for 13, the later.
  const m = plan([
    { ID: 10, Name: 'Order boxes', Duration: '2d' },
    { ID: 12, Name: 'Pack boxes', Duration: '3d', 'Resource Names': 'Alice', Predecessors: '10', Priority: 800 },
    { ID: 13, Name: 'Label boxes', Duration: '2d', 'Resource Names': 'Alice', Predecessors: '10', Priority: 500 },
    { ID: 14, Name: 'Ship', Duration: '1d', Predecessors: '12,13' },
  ]);
  const leveled = level(m).schedule;

  it('says the delay, then goes on through the link that placed the task before it, to the project start', () => {
    const chain = chainOf(m, leveled, '13');
    expect(chain.map((s) => s.taskId)).toEqual(['13', '10']);
    expect(chain[0]).toMatchObject({ start: '2026-03-09', finish: '2026-03-10' });
    expect(chain[0].reason).toBe(`${LEVELED} Without the delay it would start after 10 Order boxes finishes (FS).`);
    expect(chain[1].reason).toBe('Starts at the project start.');
  });

  it('walks through a leveled task met on the way', () => {
    const chain = chainOf(m, leveled, '14');
    expect(chain.map((s) => s.taskId)).toEqual(['14', '13', '10']);
    expect(chain[0].reason).toBe('Starts after 13 Label boxes finishes (FS).');
    expect(chain[1].reason).toMatch(/^Delayed 3 working days by leveling/);
  });

  it('stops where the pre-delay placement is the project start', () => {
    const solo = plan([
      { ID: 1, Name: 'Pack boxes', Duration: '3d', 'Resource Names': 'Alice', Priority: 800 },
      { ID: 2, Name: 'Label boxes', Duration: '2d', 'Resource Names': 'Alice' },
    ]);
    const chain = chainOf(solo, level(solo).schedule, '2');
    expect(chain.map((s) => s.reason)).toEqual([`${LEVELED} Without the delay it would start at the project start.`]);
  });
});

describe('drivingChain on a hand-made leveled schedule', () => {
  const m = { tasks: [{ id: 'A', name: 'Design', children: [] }, { id: 'B', name: 'Build', children: [] }] } as unknown as Model;
  const timing = (task: number, driver: TaskSchedule['driver']): TaskSchedule =>
    ({ task, start: 46083, finish: 46085, critical: false, milestone: false, driver }) as TaskSchedule;
  const result = (driverOfB: TaskSchedule['driver']) =>
    ({ tasks: [timing(0, { kind: 'projectStart' }), timing(1, driverOfB)] }) as unknown as ScheduleResult;

  it('follows the lagged link of a delayed task back to its predecessor', () => {
    const chain = drivingChain(m, result({ kind: 'leveling', delay: 2, from: { kind: 'link', predecessor: 0, type: 'SS', lag: 1 } }), 1);
    expect(chain.map((s) => s.taskId)).toEqual(['B', 'A']);
    expect(chain[0].reason).toBe(
      'Delayed 2 working days by leveling (resource over-allocation). Without the delay it would start when A Design starts, 1 working day later (SS+1d).',
    );
  });

  it('ends the chain at a delay whose origin is unknown or a constraint', () => {
    expect(drivingChain(m, result({ kind: 'leveling', delay: 2 }), 1).map((s) => s.taskId)).toEqual(['B']);
    const held = drivingChain(m, result({ kind: 'leveling', delay: 2, from: { kind: 'constraint', type: 'MSO', date: 46083 } }), 1);
    expect(held.map((s) => s.taskId)).toEqual(['B']);
    expect(held[0].reason).toMatch(/Without the delay it would keep to its Must Start On date, \d{4}-\d{2}-\d{2}\.$/);
  });
});
