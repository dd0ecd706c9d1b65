/** The host's load/sync rules: what tests rely on to catch a missing load or a wasted sync. */
import { createWorkbookHost } from './index';

function tasksHost() {
  return createWorkbookHost({
    sheets: [
      {
        name: 'Tasks',
        cells: [
          ['ID', 'Name', 'Duration'],
          [1, 'Design', 5],
          [2, 'Build', 10],
        ],
        tables: [{ name: 'Tasks', range: 'A1:C3' }],
      },
      { name: 'Notes', cells: [['hello']] },
    ],
  });
}

describe('load and sync', () => {
  it('throws PropertyNotLoaded when a property is read before load and sync', async () => {
    const host = tasksHost();
    const context = host.requestContext();
    const range = context.workbook.worksheets.getItem('Tasks').getRange('A1:C3');
    expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    range.load('values');
    expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    await context.sync();
    expect(range.values).toEqual([['ID', 'Name', 'Duration'], [1, 'Design', 5], [2, 'Build', 10]]);
    expect(() => range.address).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    expect(host.syncCount).toBe(1);
  });

  it('applies writes only at sync, and logs each sync with its actions and sizes', async () => {
    const host = tasksHost();
    const context = host.requestContext();
    context.workbook.worksheets.getItem('Notes').getRange('B2').values = [['x']];
    expect(host.values('Notes')).toEqual([['hello']]);
    await context.sync();
    expect(host.values('Notes')).toEqual([['hello', ''], ['', 'x']]);
    expect(host.syncs[0].actions).toEqual([expect.objectContaining({ kind: 'set', name: 'values' })]);
    expect(host.syncs[0].requestBytes).toBeGreaterThan(0);
  });

  it('answers isNullObject only after a sync', async () => {
    const host = tasksHost();
    const context = host.requestContext();
    const missing = context.workbook.tables.getItemOrNullObject('Resources');
    const found = context.workbook.tables.getItemOrNullObject('tasks');
    expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    await context.sync();
    expect(missing.isNullObject).toBe(true);
    expect(found.isNullObject).toBe(false);
  });

  it('fails the batch at the first bad action; earlier actions stay applied, later ones do not run', async () => {
    const host = tasksHost();
    const context = host.requestContext();
    const notes = context.workbook.worksheets.getItem('Notes');
    notes.getRange('A2').values = [['first']];
    context.workbook.worksheets.getItem('Nope').getRange('A1').values = [['x']];
    notes.getRange('A3').values = [['never']];
    await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    expect(host.values('Notes')).toEqual([['hello'], ['first']]);
    expect(host.lastSync).toMatchObject({ error: 'ItemNotFound', failedAt: 1 });
  });

  it('can be told to fail a chosen action', async () => {
    const host = tasksHost();
    host.failOn({ sync: 1, action: 1, code: 'GeneralException' });
    const context = host.requestContext();
    const notes = context.workbook.worksheets.getItem('Notes');
    notes.getRange('A2').values = [['a']];
    notes.getRange('A3').values = [['b']];
    await expect(context.sync()).rejects.toMatchObject({ code: 'GeneralException' });
    expect(host.values('Notes')).toEqual([['hello'], ['a']]);
  });

  it('enforces the request payload limit', async () => {
    const host = createWorkbookHost({ payloadLimitBytes: 1000 });
    const context = host.requestContext();
    const big = Array.from({ length: 100 }, (_, i) => [`row ${i} with some text`]);
    context.workbook.worksheets.getItem('Sheet1').getRange('A1:A100').values = big;
    await expect(context.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(host.values('Sheet1')).toEqual([]);
  });

  it('enforces the response payload limit', async () => {
    const host = createWorkbookHost({ payloadLimitBytes: 2000, sheets: [{ name: 'S', cells: Array.from({ length: 200 }, (_, i) => [`line ${i}`]) }] });
    const context = host.requestContext();
    context.workbook.worksheets.getItem('S').getRange('A1:A200').load('values');
    await expect(context.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  });

  it('loads collections with item properties, including through navigation', async () => {
    const host = tasksHost();
    const context = host.requestContext();
    const sheets = context.workbook.worksheets.load('items/name');
    const tables = context.workbook.tables.load('items/name, items/worksheet/name');
    await context.sync();
    expect(sheets.items.map((s) => s.name)).toEqual(['Tasks', 'Notes']);
    expect(tables.items.map((t) => [t.name, t.worksheet.name])).toEqual([['Tasks', 'Tasks']]);
    expect(() => tables.items[0].style).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
  });

  it('retires a context when Excel.run finishes', async () => {
    const host = tasksHost();
    let kept: Excel.Range | undefined;
    await host.run(async (context) => {
      kept = context.workbook.worksheets.getItem('Notes').getRange('A1');
      kept.values = [['changed']];
    });
    expect(host.values('Notes')).toEqual([['changed']]);
    expect(host.syncCount).toBe(1);
    expect(() => kept!.load('values')).toThrow(expect.objectContaining({ code: 'InvalidObjectPath' }));
  });

  it('shows a written value on the proxy at once, as Office.js does', async () => {
    const host = tasksHost();
    const context = host.requestContext();
    const r = context.workbook.worksheets.getItem('Notes').getRange('C1');
    r.values = [[5]];
    expect(r.values).toEqual([[5]]);
  });
});

describe('typing rules', () => {
  it('turns text that looks like a number, percentage, ISO date or boolean into that, as Excel does', async () => {
    const host = createWorkbookHost();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1:F1').values = [['1.10', '50%', '2026-03-31', 'TRUE', "'007", '5d']];
    });
    expect(host.values('Sheet1')).toEqual([[1.1, 0.5, 46112, true, '007', '5d']]);
    expect(host.numberFormats('Sheet1')[0].slice(0, 3)).toEqual(['General', '0%', 'yyyy-mm-dd']);
  });

  it('keeps text in cells formatted as text, and stores formulas with a cached value', async () => {
    const host = createWorkbookHost();
    await host.run(async (context) => {
      const r = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B1');
      r.numberFormat = [['@', 'General']];
      r.values = [['1.10', '=SUM(1,2)']];
    });
    expect(host.cell('Sheet1', 'A1').value).toBe('1.10');
    expect(host.cell('Sheet1', 'B1')).toMatchObject({ formula: '=SUM(1,2)', value: 0 });
  });

  it('leaves cells given null unchanged and rejects a wrongly sized array', async () => {
    const host = createWorkbookHost({ sheets: [{ name: 'S', cells: [['a', 'b']] }] });
    const context = host.requestContext();
    const r = context.workbook.worksheets.getItem('S').getRange('A1:B1');
    r.values = [[null as unknown as string, 'B']];
    await context.sync();
    expect(host.values('S')).toEqual([['a', 'B']]);
    r.values = [['x']];
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('spills an evaluated array and blocks it with #SPILL! when cells are taken', async () => {
    const host = createWorkbookHost({
      evaluate: (f) => (f.startsWith('=PM.SCHEDULE') ? [['ID', 'Start'], [1, 46000]] : undefined),
      sheets: [{ name: 'S', cells: [[null, null, null, null], [null, null, null, 'taken']] }],
    });
    await host.run(async (context) => {
      const s = context.workbook.worksheets.getItem('S');
      s.getRange('A1').formulas = [['=PM.SCHEDULE(Tasks[#All])']];
      s.getRange('C1').formulas = [['=PM.SCHEDULE(Tasks[#All])']];
    });
    expect(host.values('S')).toEqual([['ID', 'Start', '#SPILL!', ''], [1, 46000, '', 'taken']]);
    expect(host.formulas('S', 'B2')).toEqual([[46000]]);
  });
});
