import { buildModel } from '../../src/model/buildModel';
import { readWorkbook } from '../../src/excel/readWorkbook';
import { createWorkbookHost } from '../host';
import { MONDAY, planHost } from './fixtures';

describe('readWorkbook', () => {
  it('reads the input tables by name, case-insensitively, in two syncs', async () => {
    const host = planHost();
    const read = await readWorkbook(host.requestContext());
    expect(host.syncCount).toBe(2);
    expect(read.input.tasks).toEqual({
      sheet: 'Plan',
      origin: 'A1',
      values: [
        ['ID', 'Name', 'Duration', 'Predecessors', 'Resource Names', '% Complete'],
        [1, 'Design', 5, null, 'Alice', 0],
        [2, 'Build', 10, '1', 'Bob', 0],
        ['A.3', 'Ship', 0, '2', null, null],
      ],
    });
    expect(read.input.settings).toEqual({ sheet: 'Options', origin: 'B2', values: [['Setting', 'Value'], ['Project Start', MONDAY], ['Currency', 'EUR']] });
    expect(read.locations.Settings).toMatchObject({ kind: 'table', name: 'settings', address: 'B2:C4', dataRows: 2 });
    expect(read.locations.Holidays).toMatchObject({ sheet: 'Calendar', origin: 'A1', headers: ['Date', 'Name'] });
    expect(read.missing).toEqual(['Resources', 'Actuals']);
    expect(read.tableNames).toEqual(['Tasks', 'Holidays', 'settings']);
    expect(read.sheetNames).toEqual(['Plan', 'Calendar', 'Options']);
  });

  it('gives the model what it needs: cells are placed at their sheet addresses', async () => {
    const host = planHost();
    const { input } = await readWorkbook(host.requestContext());
    const model = buildModel(input);
    expect(model.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(model.tasks.map((t) => t.id)).toEqual(['1', '2', 'A.3']);
    expect(model.settings.currency).toBe('EUR');
    expect(model.tasks[1].cells.duration).toBe('C3');
  });

  it('falls back to a sheet of that name: its table, else its used range with the first row as header', async () => {
    const host = createWorkbookHost({
      sheets: [
        { name: 'TASKS', origin: 'B3', cells: [['ID', 'Name', 'Duration'], [1, 'Only', 2], [null, null, null], ['#N/A', '', 3]] },
        { name: 'Resources', cells: [['Name', 'Max Units'], ['Alice', 1]], tables: [{ name: 'Table1', range: 'A1:B2' }] },
      ],
    });
    const read = await readWorkbook(host.requestContext());
    expect(read.locations.Tasks).toMatchObject({ kind: 'sheet', name: 'TASKS', address: 'B3:D6', origin: 'B3' });
    expect(read.input.tasks.values[3]).toEqual([{ error: '#N/A' }, null, 3]);
    expect(read.locations.Resources).toMatchObject({ kind: 'table', name: 'Table1', sheet: 'Resources' });
    expect(host.syncCount).toBe(2);
  });

  it('says when there is no Tasks table, and reads nothing it does not need', async () => {
    const host = createWorkbookHost({ sheets: [{ name: 'Sheet1', cells: [['just', 'notes']] }, { name: 'Holidays' }] });
    const read = await readWorkbook(host.requestContext());
    expect(read.missing).toEqual(['Tasks', 'Resources', 'Holidays', 'Actuals', 'Settings']);
    expect(read.input.tasks.values).toEqual([]);
    const loads = host.syncs.flatMap((s) => s.actions).filter((a) => a.kind === 'load');
    expect(loads.some((a) => a.path.includes('Sheet1'))).toBe(false);
  });

  it('uses a table chosen by hand for a role', async () => {
    const host = createWorkbookHost({
      sheets: [{ name: 'S', cells: [['ID', 'Name', 'Duration'], [1, 'A', 1]], tables: [{ name: 'MyTasks', range: 'A1:C2' }] }],
    });
    const read = await readWorkbook(host.requestContext(), { mapping: { Tasks: 'mytasks' } });
    expect(read.locations.Tasks).toMatchObject({ name: 'MyTasks', kind: 'table' });
  });

  it('reads a table too big for one response in slices', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => [i + 1, `Task number ${i + 1}`, 1 + (i % 5)]);
    const host = createWorkbookHost({
      payloadLimitBytes: 60_000,
      sheets: [{ name: 'Tasks', cells: [['ID', 'Name', 'Duration'], ...rows], tables: [{ name: 'Tasks', range: 'A1:C3001' }] }],
    });
    const read = await readWorkbook(host.requestContext(), { chunkCells: 1500 });
    expect(read.input.tasks.values).toHaveLength(3001);
    expect(read.input.tasks.values[3000]).toEqual([3000, 'Task number 3000', 5]);
    expect(host.syncs.every((s) => s.error === undefined || s.error === 'ResponsePayloadSizeLimitExceeded')).toBe(true);
    expect(Math.max(...host.syncs.filter((s) => !s.error).map((s) => s.responseBytes))).toBeLessThan(60_000);
  });
});
