/** Tables, sheets, formats, names, validation, charts and page layout in the host. */
import { createWorkbookHost, installHost, uninstallHost } from './index';

function host() {
  return createWorkbookHost({
    sheets: [
      {
        name: 'Tasks',
        cells: [
          ['ID', 'Name', 'Duration', null, 'note'],
          [1, 'Design', 5, null, 'beside'],
          [2, 'Build', 10],
          [null, null, null],
          ['below', null, null],
        ],
        tables: [{ name: 'Tasks', range: 'A1:C3' }],
      },
    ],
  });
}

describe('tables', () => {
  it('adds a column at the end, shifting cells right within the table rows only', async () => {
    const h = host();
    await h.run(async (context) => {
      context.workbook.tables.getItem('Tasks').columns.add(undefined, [['Leveling Delay'], [0], [3]]);
    });
    expect(h.table('Tasks')).toMatchObject({ address: 'A1:D3', headers: ['ID', 'Name', 'Duration', 'Leveling Delay'] });
    expect(h.values('Tasks')).toEqual([
      ['ID', 'Name', 'Duration', 'Leveling Delay', '', 'note'],
      [1, 'Design', 5, 0, '', 'beside'],
      [2, 'Build', 10, 3, '', ''],
      ['', '', '', '', '', ''],
      ['below', '', '', '', '', ''],
    ]);
  });

  it('deletes a column and adds rows, moving the cells around them', async () => {
    const h = host();
    await h.run(async (context) => {
      const t = context.workbook.tables.getItem('Tasks');
      t.columns.getItem('name').delete();
      t.rows.add(undefined, [[3, 1], [4, 2]]);
    });
    expect(h.table('Tasks')).toMatchObject({ address: 'A1:B5', headers: ['ID', 'Duration'] });
    expect(h.values('Tasks', 'A1:D7')).toEqual([
      ['ID', 'Duration', '', 'note'],
      [1, 5, '', 'beside'],
      [2, 10, '', ''],
      [3, 1, '', ''],
      [4, 2, '', ''],
      ['', '', '', ''],
      ['below', '', '', ''],
    ]);
  });

  it('creates tables with unique text headers and refuses overlapping tables and taken names', async () => {
    const h = createWorkbookHost({ sheets: [{ name: 'S', cells: [[1, null, 'x', 'x'], [5, 6, 7, 8]] }] });
    const context = h.requestContext();
    const t = context.workbook.tables.add('S!A1:D2', true);
    t.name = 'Data';
    t.load('name');
    await context.sync();
    expect(h.table('Data')?.headers).toEqual(['1', 'Column2', 'x', 'x2']);
    context.workbook.tables.add('S!B2:C4', true);
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
    const other = context.workbook.worksheets.getItem('S').tables.add('F1:G2', true);
    other.name = 'data';
    await expect(context.sync()).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
  });

  it('gives header, body and column ranges', async () => {
    const h = host();
    const context = h.requestContext();
    const t = context.workbook.tables.getItem('Tasks');
    const header = t.getHeaderRowRange().load('address');
    const body = t.getDataBodyRange().load('address, values');
    const col = t.columns.getItem('Duration').getDataBodyRange().load('address');
    const rows = t.rows.load('count');
    await context.sync();
    expect([header.address, body.address, col.address, rows.count]).toEqual(['Tasks!A1:C1', 'Tasks!A2:C3', 'Tasks!C2:C3', 2]);
  });
});

describe('sheets', () => {
  it('adds, renames, reorders, activates and deletes sheets with Excel rules', async () => {
    const h = host();
    const context = h.requestContext();
    const sheets = context.workbook.worksheets;
    const a = sheets.add('Report');
    a.position = 0;
    a.activate();
    await context.sync();
    expect(h.sheetNames()).toEqual(['Report', 'Tasks']);
    expect(h.activeSheet()).toBe('Report');
    sheets.add('report');
    await expect(context.sync()).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    sheets.add('bad/name');
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    a.delete();
    await context.sync();
    expect(h.sheetNames()).toEqual(['Tasks']);
    expect(h.table('Tasks')).toBeDefined();
    sheets.getItem('Tasks').delete();
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
  });

  it('gives the used range, or a null object for an empty sheet', async () => {
    const h = host();
    const context = h.requestContext();
    const used = context.workbook.worksheets.getItem('Tasks').getUsedRange(true).load('address');
    const empty = context.workbook.worksheets.add('Empty').getUsedRangeOrNullObject(true);
    await context.sync();
    expect(used.address).toBe('Tasks!A1:E5');
    expect(empty.isNullObject).toBe(true);
  });

  it('selects a cell and activates its sheet', async () => {
    const h = host();
    await h.run(async (context) => {
      context.workbook.worksheets.add('Other').activate();
    });
    expect(h.activeSheet()).toBe('Other');
    await h.run(async (context) => {
      context.workbook.worksheets.getItem('Tasks').getRange('C3').select();
    });
    expect(h.selection()).toEqual({ sheet: 'Tasks', address: 'C3' });
  });

  it('keeps freeze panes, page layout, tab colour and gridlines', async () => {
    const h = host();
    await h.run(async (context) => {
      const s = context.workbook.worksheets.getItem('Tasks');
      s.freezePanes.freezeRows(1);
      s.pageLayout.orientation = 'Landscape' as Excel.PageOrientation;
      s.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      s.pageLayout.setPrintTitleRows('$1:$1');
      s.pageLayout.headersFooters.defaultForAllPages.centerHeader = 'Status';
      s.tabColor = '#00AA00';
      s.showGridlines = false;
    });
    const s = h.sheet('Tasks');
    expect(s.freeze).toEqual({ rows: 1, columns: 0 });
    expect(s.pageLayout).toMatchObject({ orientation: 'Landscape', printTitleRows: '1:1', 'headersFooters.defaultForAllPages.centerHeader': 'Status' });
    expect([s.tabColor, s.showGridlines]).toEqual(['#00AA00', false]);
    const context = h.requestContext();
    const layout = context.workbook.worksheets.getItem('Tasks').pageLayout.load('orientation, zoom');
    await context.sync();
    expect([layout.orientation, layout.zoom]).toEqual(['Landscape', { horizontalFitToPages: 1, verticalFitToPages: 0 }]);
  });
});

describe('formats, validation, conditional formats, names, charts', () => {
  it('stores formats and reads back a common value or null', async () => {
    const h = host();
    const context = h.requestContext();
    const s = context.workbook.worksheets.getItem('Tasks');
    s.getRange('A1:C1').format.font.bold = true;
    s.getRange('A1:C1').format.fill.color = 'yellow';
    s.getRange('A:A').format.columnWidth = 60;
    s.getRange('A1').format.borders.getItem('EdgeBottom').style = 'Continuous';
    const header = s.getRange('A1:C1').format.load('columnWidth');
    header.font.load('bold');
    header.fill.load('color');
    const mixed = s.getRange('A1:A2').format.font.load('bold');
    await context.sync();
    expect([header.font.bold, header.fill.color, header.columnWidth, mixed.bold]).toEqual([true, '#FFFF00', null, null]);
    expect(h.cell('Tasks', 'A1').format).toMatchObject({ 'font.bold': true, 'fill.color': '#FFFF00', 'borders.EdgeBottom.style': 'Continuous' });
    expect(h.sheet('Tasks').columnWidths.get(0)).toBe(60);
  });

  it('keeps data validation rules and conditional formats with their rule', async () => {
    const h = host();
    const context = h.requestContext();
    const s = context.workbook.worksheets.getItem('Tasks');
    s.getRange('C2:C3').dataValidation.rule = { list: { inCellDropDown: true, source: 'ASAP,ALAP' } };
    const cf = s.getRange('C2:C3').conditionalFormats.add('Custom' as Excel.ConditionalFormatType);
    cf.custom.rule.formula = '=$C2>5';
    cf.custom.format.fill.color = '#FFC7CE';
    const dv = s.getRange('C2:C3').dataValidation.load('type, rule');
    await context.sync();
    expect(dv.type).toBe('List');
    expect(dv.rule).toEqual({ list: { inCellDropDown: true, source: 'ASAP,ALAP' } });
    expect(h.sheet('Tasks').conditionalFormats[0]).toMatchObject({
      type: 'Custom', props: { 'custom.rule.formula': '=$C2>5', 'custom.format.fill.color': '#FFC7CE' },
    });
  });

  it('adds workbook and sheet names and refuses names that look like cells', async () => {
    const h = host();
    const context = h.requestContext();
    const s = context.workbook.worksheets.getItem('Tasks');
    s.names.add('BAC', s.getRange('B2'));
    context.workbook.names.add('Start', '=Tasks!$C$2');
    const start = context.workbook.names.getItem('Start').getRange().load('values');
    await context.sync();
    expect(h.names()).toEqual([
      { name: 'BAC', scope: 'Tasks', formula: '=Tasks!$B$2' },
      { name: 'Start', scope: 'Workbook', formula: '=Tasks!$C$2' },
    ]);
    expect(start.values).toEqual([[5]]);
    context.workbook.names.add('AB12', '=1');
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('records charts with their type, source, position and parts', async () => {
    const h = host();
    await h.run(async (context) => {
      const s = context.workbook.worksheets.getItem('Tasks');
      const chart = s.charts.add('Line' as Excel.ChartType, s.getRange('A1:C3'), 'Columns' as Excel.ChartSeriesBy);
      chart.title.text = 'Progress';
      chart.axes.valueAxis.title.text = 'Cost';
      chart.setPosition('E2', 'L20');
      chart.series.getItemAt(0).format.line.color = '#0078D4';
    });
    expect(h.sheet('Tasks').charts[0]).toMatchObject({
      name: 'Chart 1', type: 'Line', source: 'Tasks!A1:C3', position: { start: 'E2', end: 'L20' },
      props: { 'title.text': 'Progress', 'axes.valueAxis.title.text': 'Cost', 'series.getItemAt().format.line.color': '#0078D4' },
    });
  });
});

describe('globals', () => {
  afterEach(() => uninstallHost(globalThis));

  it('installs Excel, Office and OfficeExtension on a global object', async () => {
    const h = installHost(globalThis, { theme: 'dark', settings: { lastAction: 'none' } });
    await expect(Office.onReady()).resolves.toEqual({ host: 'Excel', platform: 'OfficeOnline' });
    expect(Office.context.officeTheme.bodyBackgroundColor).toBe('#292929');
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.12')).toBe(true);
    expect(Excel.ChartType.line).toBe('Line');
    expect(Excel.ErrorCodes.itemNotFound).toBe('ItemNotFound');
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['hi']];
      await context.sync();
    });
    expect(h.values('Sheet1')).toEqual([['hi']]);
    const settings = Office.context.document.settings;
    expect(settings.get('lastAction')).toBe('none');
    settings.set('lastAction', 'level');
    await new Promise((resolve) => settings.saveAsync(resolve));
    expect(h.settings()).toEqual({ lastAction: 'level' });
    const context = new Excel.RequestContext();
    context.workbook.worksheets.getItem('Missing').load('name');
    const error = await context.sync().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeExtension.Error);
  });
});

describe('ranges', () => {
  it('answers text, counts, indexes and derived ranges', async () => {
    const h = createWorkbookHost({ sheets: [{ name: 'S', cells: [[46112, 0.25, 1234.5, true, 'x']], numberFormats: [['yyyy-mm-dd', '0%', '#,##0.00', null, null]] }] });
    const context = h.requestContext();
    const s = context.workbook.worksheets.getItem('S');
    const row = s.getRange('A1:E1').load('text, rowCount, columnCount, rowIndex, columnIndex, valueTypes');
    const bound = s.getRange('B2').getBoundingRect('D4').load('address');
    const moved = s.getRange('A1:B2').getOffsetRange(2, 1).getResizedRange(1, -1).getColumn(0).getCell(1, 0).load('address');
    await context.sync();
    expect(row.text).toEqual([['2026-03-31', '25%', '1,234.50', 'TRUE', 'x']]);
    expect(row.valueTypes).toEqual([['Double', 'Double', 'Double', 'Boolean', 'String']]);
    expect([row.rowCount, row.columnCount, row.rowIndex, row.columnIndex]).toEqual([1, 5, 0, 0]);
    expect(bound.address).toBe('S!B2:D4');
    expect(moved.address).toBe('S!B4');
  });

  it('clears contents or everything, and inserts and deletes with a shift', async () => {
    const h = createWorkbookHost({ sheets: [{ name: 'S', cells: [['a', 'b'], ['c', 'd']], numberFormats: [['0.0', null]] }] });
    await h.run(async (context) => {
      const s = context.workbook.worksheets.getItem('S');
      s.getRange('A1').clear('Contents' as Excel.ClearApplyTo);
      s.getRange('B1').clear();
      s.getRange('A1:B1').insert('Down' as Excel.InsertShiftDirection);
    });
    expect(h.values('S')).toEqual([['', ''], ['', ''], ['c', 'd']]);
    expect(h.cell('S', 'A2').numberFormat).toBe('0.0');
    await h.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A1:B2').delete('Up' as Excel.DeleteShiftDirection);
    });
    expect(h.values('S')).toEqual([['c', 'd']]);
  });
});
