import { clearLeveling, writeLevelingDelay } from '../../src/excel/levelingColumn';
import { insertScheduleFormula } from '../../src/excel/scheduleFormulas';
import { createWorkbookHost } from '../host';
import { MAPPING, mappedHost, planHost } from './fixtures';

const delays = new Map([['1', 0], ['2', 3], ['A.3', 2]]);

describe('writeLevelingDelay', () => {
  it('adds a Leveling Delay column matched by task ID, in three syncs, changing nothing else', async () => {
    const host = planHost();
    const original = host.values('Plan', 'A1:F4');
    const result = await writeLevelingDelay(host.requestContext(), delays);
    expect(result).toEqual({ ok: true, added: true, written: 3, message: 'Added a Leveling Delay column with 3 task delays.' });
    expect(host.syncCount).toBe(3);
    expect(host.table('Tasks')).toMatchObject({ address: 'A1:G4' });
    expect(host.values('Plan', 'G1:G4')).toEqual([['Leveling Delay'], [0], [3], [2]]);
    expect(host.values('Plan', 'A1:F4')).toEqual(original);
    // The note beside the table moved with the inserted column, as in Excel.
    expect(host.values('Plan', 'R1:R2')).toEqual([['Notes'], ['keep me']]);
  });

  it('updates an existing column (any spelling) and keeps delays of tasks it was not given', async () => {
    const host = createWorkbookHost({
      sheets: [{
        name: 'S',
        cells: [['ID', 'Name', 'levelingdelay'], [1, 'A', 5], [2, 'B', 4], [3, 'C', '']],
        tables: [{ name: 'tasks', range: 'A1:C4' }],
      }],
    });
    const result = await writeLevelingDelay(host.requestContext(), new Map([['1', 0], ['3', 7]]));
    expect(result).toMatchObject({ ok: true, added: false, written: 2 });
    expect(host.values('S')).toEqual([['ID', 'Name', 'levelingdelay'], [1, 'A', 0], [2, 'B', 4], [3, 'C', 7]]);
    expect(host.syncCount).toBe(3);
  });

  it('matches IDs as the model reads them: text 2.0 is task 2', async () => {
    const host = createWorkbookHost({
      sheets: [{ name: 'S', cells: [['ID', 'Name'], [' 1 ', 'A'], ['2.0', 'B']], tables: [{ name: 'Tasks', range: 'A1:B3' }] }],
    });
    const result = await writeLevelingDelay(host.requestContext(), new Map([['1', 4], ['2', 3]]));
    expect(result).toMatchObject({ ok: true, added: true, written: 2 });
    expect(host.values('S', 'C1:C3')).toEqual([['Leveling Delay'], [4], [3]]);
  });

  it('leaves the schedule formula beside the table two columns away', async () => {
    const host = planHost();
    await insertScheduleFormula(host.requestContext());
    await writeLevelingDelay(host.requestContext(), delays);
    expect(host.cell('Plan', 'I1').formula).toMatch(/^=PM\.SCHEDULE\(/);
    await clearLeveling(host.requestContext());
    expect(host.cell('Plan', 'H1').formula).toMatch(/^=PM\.SCHEDULE\(/);
  });

  it('adds nothing when the write fails, and takes the column out again when the reply is lost', async () => {
    const host = planHost();
    const before = host.snapshot();
    host.failOn({ sync: 3, action: 0 });
    await expect(writeLevelingDelay(host.requestContext(), delays)).rejects.toMatchObject({ code: 'GeneralException' });
    expect(host.snapshot()).toEqual(before);
    host.resetCounters();
    host.failOn({ sync: 3, action: 0, after: true });
    await expect(writeLevelingDelay(host.requestContext(), delays)).rejects.toMatchObject({ code: 'GeneralException' });
    expect(host.snapshot()).toEqual(before);
  });

  it('puts old delays back when an update cannot be confirmed', async () => {
    const host = createWorkbookHost({
      sheets: [{ name: 'S', cells: [['ID', 'Leveling Delay'], [1, 5], [2, 4]], tables: [{ name: 'Tasks', range: 'A1:B3' }] }],
    });
    const before = host.snapshot();
    host.failOn({ sync: 3, action: 0, after: true });
    await expect(writeLevelingDelay(host.requestContext(), new Map([['1', 9], ['2', 0]]))).rejects.toMatchObject({ code: 'GeneralException' });
    expect(host.syncs[2].failedAt).toBe(0);
    expect(host.snapshot()).toEqual(before);
  });

  it('explains what is missing instead of writing', async () => {
    expect(await writeLevelingDelay(createWorkbookHost().requestContext(), delays)).toMatchObject({ ok: false, message: expect.stringMatching(/no Tasks table/) });
    const noId = createWorkbookHost({ sheets: [{ name: 'S', cells: [['Name'], ['A']], tables: [{ name: 'Tasks', range: 'A1:A2' }] }] });
    expect(await writeLevelingDelay(noId.requestContext(), delays)).toMatchObject({ ok: false, message: expect.stringMatching(/no ID column/) });
  });
});

describe('clearLeveling', () => {
  it('removes the column and leaves the rest of the table as it was', async () => {
    const host = planHost();
    const before = host.snapshot();
    await writeLevelingDelay(host.requestContext(), delays);
    host.resetCounters();
    expect(await clearLeveling(host.requestContext())).toEqual({ ok: true, removed: true, message: 'Removed the Leveling Delay column.' });
    expect(host.syncCount).toBe(3);
    expect(host.snapshot()).toEqual(before);
  });

  it('has nothing to do without the column (two syncs)', async () => {
    const host = planHost();
    expect(await clearLeveling(host.requestContext())).toEqual({ ok: true, removed: false, message: 'There was no leveling to clear.' });
    expect(host.syncCount).toBe(2);
  });
});

describe('with a table mapping', () => {
  it('writes into the table chosen for Tasks, not a table that happens to be named Tasks', async () => {
    const host = mappedHost();
    const chores = host.values('Chores');
    const result = await writeLevelingDelay(host.requestContext(), delays, MAPPING);
    expect(result).toMatchObject({ ok: true, added: true, written: 3 });
    expect(host.syncCount).toBe(3);
    expect(host.table('ProjectPlan')).toMatchObject({ address: 'A1:F4' });
    expect(host.values('Schedule', 'F1:F4')).toEqual([['Leveling Delay'], [0], [3], [2]]);
    expect(host.values('Chores')).toEqual(chores);
    expect(await clearLeveling(host.requestContext(), MAPPING)).toMatchObject({ ok: true, removed: true });
    expect(host.table('ProjectPlan')!.headers).not.toContain('Leveling Delay');
  });

  it('finds the table on a sheet chosen for Tasks, as reading does', async () => {
    const host = mappedHost();
    await writeLevelingDelay(host.requestContext(), delays, { Tasks: 'Schedule' });
    expect(host.table('ProjectPlan')!.headers).toContain('Leveling Delay');
  });

  it('names the chosen table when it is gone, and writes nothing', async () => {
    const host = mappedHost();
    const before = host.snapshot();
    const result = await writeLevelingDelay(host.requestContext(), delays, { Tasks: 'Plan2026' });
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/^There is no table or sheet named 'Plan2026', the one chosen for Tasks\./) });
    expect(await clearLeveling(host.requestContext(), { Tasks: 'Plan2026' })).toMatchObject({ ok: false, message: expect.stringMatching(/'Plan2026'/) });
    expect(host.snapshot()).toEqual(before);
  });
});

describe('tasks on a plain sheet (no table)', () => {
  const plain = () => createWorkbookHost({ sheets: [{ name: 'Tasks', cells: [['ID', 'Name', 'Duration'], [1, 'A', 5], [2, 'B', 3]] }] });

  it('says leveling needs a table and writes nothing', async () => {
    const host = plain();
    const before = host.snapshot();
    const result = await writeLevelingDelay(host.requestContext(), new Map([['1', 2]]));
    expect(result).toEqual({
      ok: false,
      message: "The tasks on sheet 'Tasks' are not in an Excel table, so leveling cannot add its Leveling Delay column there. Click in the list and press Ctrl+T to make it a table, then try again.",
    });
    expect(await clearLeveling(host.requestContext())).toMatchObject({ ok: false, message: expect.stringMatching(/not in an Excel table/) });
    expect(host.snapshot()).toEqual(before);
    expect(host.syncs.every((s) => s.actions.every((a) => a.kind === 'load' || a.kind === 'resolve'))).toBe(true);
  });
});
