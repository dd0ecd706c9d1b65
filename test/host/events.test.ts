/** onChanged of tables and worksheets: raised after a sync or a user's edit, as the pane relies on. */
import { createWorkbookHost, installHost, uninstallHost } from './index';

function host() {
  return createWorkbookHost({
    sheets: [
      {
        name: 'Plan',
        cells: [
          ['ID', 'Name', 'Duration', null, 'Notes'],
          [1, 'Design', 5, null, 'beside'],
          [2, 'Build', 10],
        ],
        tables: [{ name: 'Tasks', range: 'A1:C3' }],
      },
      { name: 'Other', cells: [['x']] },
    ],
  });
}

type Args = Record<string, unknown>;

/** Adds a handler to the Tasks table (or a sheet) in one batch; returns what it hears. */
async function listen(h: ReturnType<typeof host>, on: { table: string } | { sheet: string }) {
  const heard: Args[] = [];
  const registration = await h.run(async (context) => {
    const source = 'table' in on ? context.workbook.tables.getItem(on.table) : context.workbook.worksheets.getItem(on.sheet);
    const added = source.onChanged.add(async (args: Excel.TableChangedEventArgs | Excel.WorksheetChangedEventArgs) => {
      heard.push(args as unknown as Args);
    });
    await context.sync();
    return added;
  });
  return { heard, registration };
}

describe('onChanged', () => {
  it('raises a table event after a sync that wrote into the table, not during it', async () => {
    const h = host();
    const { heard } = await listen(h, { table: 'Tasks' });
    expect(h.eventHandlerCount).toBe(1);
    const context = h.requestContext();
    context.workbook.worksheets.getItem('Plan').getRange('C2:C3').values = [[6], [11]];
    await context.sync();
    expect(heard).toEqual([]);
    await h.eventsSettled();
    expect(heard).toHaveLength(1);
    expect(heard[0]).toMatchObject({ type: 'TableChanged', changeType: 'RangeEdited', source: 'Local', address: 'C2:C3' });
    expect(typeof heard[0].tableId).toBe('string');
    // Office.js tells who made a change on worksheet events only; the host's log knows for both.
    expect('triggerSource' in heard[0]).toBe(false);
    expect(h.raisedEvents).toEqual([{ type: 'TableChanged', changeType: 'RangeEdited', source: 'Local', triggerSource: 'ThisLocalAddin', address: 'C2:C3', worksheet: 'Plan', table: 'Tasks' }]);
    expect(typeof heard[0].worksheetId).toBe('string');
  });

  it('stays quiet for writes outside the table, formats, and reads', async () => {
    const h = host();
    const { heard } = await listen(h, { table: 'Tasks' });
    await h.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Plan');
      sheet.getRange('E2').values = [['moved']];
      sheet.getRange('A1:C3').numberFormat = [['@', '@', '@'], ['@', '@', '@'], ['@', '@', '@']];
      sheet.getRange('A1:C3').load('values');
      context.workbook.worksheets.getItem('Other').getRange('A1').values = [['y']];
    });
    await h.eventsSettled();
    expect(heard).toEqual([]);
  });

  it('gives the part of the table that changed, and the kind of change', async () => {
    const h = host();
    const { heard } = await listen(h, { table: 'Tasks' });
    await h.run(async (context) => {
      context.workbook.worksheets.getItem('Plan').getRange('B3:E3').values = [['Ship', 3, null, 'note']];
    });
    await h.run(async (context) => {
      context.workbook.tables.getItem('Tasks').rows.add(undefined, [[3, 'Test', 2]]);
    });
    await h.run(async (context) => {
      context.workbook.tables.getItem('Tasks').columns.add(undefined, [['Leveling Delay'], [0], [1], [2]]);
    });
    await h.eventsSettled();
    expect(heard.map((a) => [a.changeType, a.address])).toEqual([
      ['RangeEdited', 'B3:C3'],
      ['RowInserted', 'A4:C4'],
      ['ColumnInserted', 'D1:D4'],
    ]);
  });

  it('raises a worksheet event for any cell of the sheet', async () => {
    const h = host();
    const { heard } = await listen(h, { sheet: 'Plan' });
    await h.run(async (context) => {
      context.workbook.worksheets.getItem('Plan').getRange('H9').values = [['far away']];
    });
    await h.eventsSettled();
    await h.userEdit('Plan', 'A2', 11);
    expect(heard).toMatchObject([
      { type: 'WorksheetChanged', changeType: 'RangeEdited', address: 'H9', source: 'Local', triggerSource: 'ThisLocalAddin' },
      { type: 'WorksheetChanged', changeType: 'RangeEdited', address: 'A2', source: 'Local', triggerSource: 'Unknown' },
    ]);
  });

  it('raises events for what a failed sync applied before its failure', async () => {
    const h = host();
    const { heard } = await listen(h, { table: 'Tasks' });
    h.failOn({ sync: h.syncCount + 1, action: 1 });
    const context = h.requestContext();
    const sheet = context.workbook.worksheets.getItem('Plan');
    sheet.getRange('B2').values = [['Draw']];
    sheet.getRange('B3').values = [['Make']];
    await expect(context.sync()).rejects.toMatchObject({ code: 'GeneralException' });
    await h.eventsSettled();
    expect(heard.map((a) => a.address)).toEqual(['B2']);
  });

  it('userEdit types as a user does and raises the event at once', async () => {
    const h = host();
    const { heard } = await listen(h, { table: 'Tasks' });
    const before = h.syncCount;
    await h.userEdit('Plan', 'C2', [['abc']]);
    expect(heard).toMatchObject([{ type: 'TableChanged', changeType: 'RangeEdited', address: 'C2', source: 'Local' }]);
    expect(h.values('Plan', 'C2')).toEqual([['abc']]);
    await h.userEdit('Plan', 'C2:C3', '7');
    expect(h.values('Plan', 'C2:C3')).toEqual([[7], [7]]);
    expect(h.syncCount).toBe(before);
    expect(h.raisedEvents.map((e) => e.triggerSource)).toEqual(['Unknown', 'Unknown']);
    await expect(h.userEdit('Plan', 'C2:C3', [['1']])).rejects.toThrow(/2 × 1 values/);
  });

  it('lets the handler read the changed range through getRange(context)', async () => {
    const h = host();
    let seen: unknown;
    await h.run(async (context) => {
      context.workbook.tables.getItem('Tasks').onChanged.add(async (args: Excel.TableChangedEventArgs) => {
        await h.run(async (ctx) => {
          const range = args.getRange(ctx).load('values');
          await ctx.sync();
          seen = range.values;
        });
      });
    });
    await h.userEdit('Plan', 'B2', 'Draft');
    expect(seen).toEqual([['Draft']]);
  });

  it('stops after remove(), run on the context that added the handler (Excel.run(result.context, …))', async () => {
    const h = host();
    const globals = {};
    installHost(globals, h);
    const { heard, registration } = await listen(h, { table: 'Tasks' });
    const run = (globals as { Excel: typeof Excel }).Excel.run;
    await run(registration.context, async (context) => {
      registration.remove();
      await context.sync();
    });
    uninstallHost(globals);
    expect(h.eventHandlerCount).toBe(0);
    await h.userEdit('Plan', 'C2', 9);
    expect(heard).toEqual([]);
  });

  it('adds the handler only at sync, on the object it names', async () => {
    const h = host();
    const context = h.requestContext();
    context.workbook.tables.getItem('Nope').onChanged.add(async () => undefined);
    expect(h.eventHandlerCount).toBe(0);
    await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    expect(h.eventHandlerCount).toBe(0);
  });
});
