import { buildModel } from '../../src/model/buildModel';
import { readWorkbook } from '../../src/excel/readWorkbook';
import { createStarterTables, nextMonday, TASK_COLUMNS } from '../../src/excel/starterTables';
import { createWorkbookHost } from '../host';
import { MONDAY } from './fixtures';

describe('createStarterTables', () => {
  it('adds the five tables with their headers and examples in two syncs', async () => {
    const host = createWorkbookHost({ sheets: [{ name: 'Sheet1', cells: [['my', 'notes']] }] });
    const result = await createStarterTables(host.requestContext(), { today: MONDAY - 3 });
    expect(result).toEqual({ created: ['Tasks', 'Resources', 'Holidays', 'Actuals', 'Settings'], skipped: [] });
    expect(host.syncCount).toBe(2);
    expect(host.sheetNames()).toEqual(['Sheet1', 'Tasks', 'Resources', 'Holidays', 'Actuals', 'Settings']);
    expect(host.values('Sheet1')).toEqual([['my', 'notes']]);
    expect(host.activeSheet()).toBe('Tasks');
    expect(host.table('Tasks')?.headers).toEqual([...TASK_COLUMNS]);
    expect(host.table('Resources')).toMatchObject({ sheet: 'Resources', address: 'A1:E3', headers: ['Name', 'Max Units', 'Std. Rate', 'Cost/Use', 'Type'] });
    expect(host.table('Holidays')?.headers).toEqual(['Date', 'End Date', 'Name', 'Resource']);
    expect(host.table('Actuals')?.headers).toEqual(['Date', 'Task ID', 'Amount', 'Category', 'Resource', 'Note']);
    expect(host.values('Settings', 'A1:A9').map((r) => r[0])).toEqual([
      'Setting', 'Project Name', 'Project Start', 'Status Date', 'Hours Per Day', 'Days Per Week', 'Work Week', 'Currency', 'Critical Float',
    ]);
    expect(host.cell('Settings', 'B3')).toMatchObject({ value: MONDAY, numberFormat: 'yyyy-mm-dd' });
    expect(host.sheet('Tasks').freeze).toEqual({ rows: 1, columns: 0 });
  });

  it('offers drop-down lists for Constraint Type and resource Type', async () => {
    const host = createWorkbookHost();
    await createStarterTables(host.requestContext(), { today: MONDAY });
    const constraint = host.sheet('Tasks').validations[0];
    expect(constraint).toMatchObject({ rect: { left: 6, right: 6, top: 1, bottom: 4 }, rule: { list: { source: 'ASAP,ALAP,SNET,SNLT,FNET,FNLT,MSO,MFO' } } });
    expect(host.sheet('Resources').validations[0]).toMatchObject({ rect: { left: 4, right: 4 }, rule: { list: { source: 'Work,Material,Cost' } } });
  });

  it('gives a plan that reads and builds without errors', async () => {
    const host = createWorkbookHost();
    await createStarterTables(host.requestContext(), { today: MONDAY + 2 });
    const { input, missing } = await readWorkbook(host.requestContext());
    expect(missing).toEqual([]);
    const model = buildModel(input);
    expect(model.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(model.settings.projectStart).toBe(nextMonday(MONDAY + 2));
    expect(model.tasks.map((t) => [t.id, t.summary, t.duration])).toEqual([['1', true, 0], ['2', false, 5], ['3', false, 3], ['4', false, 0]]);
    expect(model.resources.map((r) => r.name)).toEqual(['Alice', 'Bob']);
  });

  it('never touches an existing table, sheet or name, and says which it skipped', async () => {
    const host = createWorkbookHost({
      sheets: [
        { name: 'Plan', cells: [['ID', 'Name'], [7, 'Mine']], tables: [{ name: 'TASKS', range: 'A1:B2' }] },
        { name: 'holidays', cells: [['My own', 'list']] },
      ],
    });
    await host.run(async (context) => {
      context.workbook.names.add('Actuals', '=Plan!$A$1');
    });
    host.resetCounters();
    const before = host.snapshot() as { sheets: { name: string }[] };
    const result = await createStarterTables(host.requestContext(), { today: MONDAY });
    expect(result.created).toEqual(['Resources', 'Settings']);
    expect(result.skipped.map((s) => s.role)).toEqual(['Tasks', 'Holidays', 'Actuals']);
    expect(result.skipped[1].reason).toMatch(/sheet named Holidays already exists/);
    const after = host.snapshot() as { sheets: { name: string }[] };
    expect(after.sheets.slice(0, 2)).toEqual(before.sheets.slice(0, 2));
    expect(host.table('Tasks')).toMatchObject({ name: 'TASKS', sheet: 'Plan', address: 'A1:B2' });
  });

  it('does nothing when every table is there (one sync)', async () => {
    const host = createWorkbookHost();
    await createStarterTables(host.requestContext(), { today: MONDAY });
    host.resetCounters();
    const before = host.snapshot();
    const result = await createStarterTables(host.requestContext(), { today: MONDAY });
    expect(result.created).toEqual([]);
    expect(result.skipped).toHaveLength(5);
    expect(host.syncCount).toBe(1);
    expect(host.snapshot()).toEqual(before);
  });

  it('removes what it added when the write fails part-way', async () => {
    const host = createWorkbookHost({ sheets: [{ name: 'Sheet1', cells: [['keep']] }] });
    const before = host.snapshot();
    host.failOn({ sync: 2, action: 20, code: 'GeneralException' });
    await expect(createStarterTables(host.requestContext(), { today: MONDAY })).rejects.toMatchObject({ code: 'GeneralException' });
    expect(host.syncs[1].failedAt).toBe(20);
    expect(host.snapshot()).toEqual(before);
    expect(host.sheetNames()).toEqual(['Sheet1']);
  });
});
