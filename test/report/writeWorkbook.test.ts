import { Workbook } from 'exceljs';
import { addReportSheets, writeReportWorkbook } from '../../src/cli/writeWorkbook';
import { freeName } from '../../src/report/sheetNames';
import { fileFormula } from '../../src/report/fileFormula';
import { INJECTION_NAME, fixtureWorkbook } from './fixture';
import { fixtureReport, named, sheetOf } from './helpers';
import { zipEntry } from './zipEntry';

async function written() {
  const report = fixtureReport();
  const out = await writeReportWorkbook(await fixtureWorkbook(), report);
  const wb = new Workbook();
  await wb.xlsx.load(out.buffer as unknown as ArrayBuffer);
  return { report, out, wb };
}

describe('the ExcelJS writer', () => {
  let w: Awaited<ReturnType<typeof written>>;
  beforeAll(async () => {
    w = await written();
  });

  it('adds new sheets beside the input ones, a taken name getting a suffix, and changes nothing else', async () => {
    expect(w.out.sheets).toEqual(['Status (2)', 'Gantt', 'Loading']);
    expect(w.wb.worksheets.map((s) => s.name)).toEqual(['Tasks', 'Resources', 'Holidays', 'Cost Ledger', 'Settings', 'Status', 'Status (2)', 'Gantt', 'Loading']);
    expect(w.wb.getWorksheet('Status')?.getCell('A1').value).toBe('an existing sheet the report must not touch');
    expect(w.wb.getWorksheet('Tasks')?.getCell('B7').value).toBe(INJECTION_NAME);
  });

  it('writes the formulas as the file stores them, with cached results, and no PM. function', () => {
    const ws = w.wb.getWorksheet('Status (2)')!;
    const status = sheetOf(w.report, 'status');
    let count = 0;
    for (const [address, cell] of Object.entries(status.cells)) {
      if (cell.formula === undefined) continue;
      const model = ws.getCell(address).model as { formula?: string; result?: unknown };
      expect(model.formula).toBe(fileFormula(cell.formula));
      expect(model.formula).not.toMatch(/PM\./);
      count++;
    }
    expect(count).toBeGreaterThan(100);
    const bac = named(status, 'BAC');
    expect((ws.getCell(bac.address).model as { result?: number }).result).toBe(bac.cell.result);
  });

  it('keeps formula-looking text from the input as text cells', () => {
    for (const ws of [w.wb.getWorksheet('Status (2)')!, w.wb.getWorksheet('Gantt')!]) {
      let found = 0;
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const model = cell.model as { formula?: string; value?: unknown };
          if (model.value === INJECTION_NAME || model.value === '+1+2') found++;
          expect(String(model.formula ?? '')).not.toContain('HYPERLINK');
        }),
      );
      expect(found).toBeGreaterThanOrEqual(2);
    }
  });

  it('scopes the key names to the status sheet', () => {
    const xml = zipEntry(w.out.buffer, 'xl/workbook.xml') as string;
    for (const name of ['BAC', 'PV', 'EV', 'AC', 'SPI', 'CPI', 'EAC', 'VAC', 'Finish', 'StatusDate']) {
      expect(xml).toMatch(new RegExp(`<definedName name="${name}" localSheetId="6">&apos;Status \\(2\\)&apos;!\\$C\\$\\d+</definedName>`));
    }
  });

  it('sets landscape, one page wide, print titles, a footer with the time made, frozen panes and conditional formats', () => {
    const gantt = w.wb.getWorksheet('Gantt')!;
    expect(gantt.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '4:4' });
    expect(gantt.headerFooter.oddFooter).toContain('Made 2026-03-21 09:30 by Cellpath');
    expect(gantt.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 4 });
    const xml = zipEntry(w.out.buffer, 'xl/worksheets/sheet8.xml') as string;
    expect((xml.match(/<cfRule /g) ?? []).length).toBe(7);
  });

  it('writes the S-curve as a chart part over the sheet\'s cells, anchored where the description says', () => {
    const types = zipEntry(w.out.buffer, '[Content_Types].xml') as string;
    expect(types).toContain('<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
    expect(types).toContain('<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>');
    const chart = zipEntry(w.out.buffer, 'xl/charts/chart1.xml') as string;
    const curve = sheetOf(w.report, 'status').charts[0];
    const [names, last] = curve.source.split(':');
    const [header, lastRow] = [Number(names.slice(1)), Number(last.slice(1))];
    // The sheet got a suffix ('Status (2)'), and every reference follows it.
    expect(chart.match(/<c:f>[^<]*<\/c:f>/g)).toEqual(['B', 'C', 'D'].flatMap((c) => [
      `<c:f>'Status (2)'!$${c}$${header}</c:f>`,
      `<c:f>'Status (2)'!$A$${header + 1}:$A$${lastRow}</c:f>`,
      `<c:f>'Status (2)'!$${c}$${header + 1}:$${c}$${lastRow}</c:f>`,
    ]));
    expect(chart).toContain('<a:t>S-curve: PV, EV and AC</a:t>');
    // The chart's sheet refers to its drawing, and the drawing to the chart.
    const sheetPart = 'xl/worksheets/sheet7.xml';
    expect(zipEntry(w.out.buffer, sheetPart)).toMatch(/<drawing r:id="rId\d+"\/><\/worksheet>$/);
    expect(zipEntry(w.out.buffer, 'xl/worksheets/_rels/sheet7.xml.rels')).toContain('Target="../drawings/drawing1.xml"');
    expect(zipEntry(w.out.buffer, 'xl/drawings/_rels/drawing1.xml.rels')).toContain('Target="../charts/chart1.xml"');
    const drawing = zipEntry(w.out.buffer, 'xl/drawings/drawing1.xml') as string;
    const from = /<xdr:from><xdr:col>(\d+)<\/xdr:col><xdr:colOff>0<\/xdr:colOff><xdr:row>(\d+)</.exec(drawing)!;
    expect(`${String.fromCharCode(65 + Number(from[1]))}${Number(from[2]) + 1}`).toBe(curve.from);
  });

  it('leaves out the charts drawn only in Excel, and says where their figures are', () => {
    expect(w.out.notes).toHaveLength(2);
    expect(w.out.notes[0]).toMatch(/Gantt chart.*drawn only in Excel.*B\d+:B\d+ and C\d+:D\d+/);
    expect(zipEntry(w.out.buffer, 'xl/charts/chart2.xml')).toBeNull();
  });

  it('gives two reports in one workbook names of their own', async () => {
    const wb = new Workbook();
    await wb.xlsx.load((await fixtureWorkbook()) as unknown as ArrayBuffer);
    addReportSheets(wb, fixtureReport());
    const second = addReportSheets(wb, fixtureReport());
    expect(second.sheets).toEqual(['Status (3)', 'Gantt (2)', 'Loading (2)']);
    const xml = zipEntry(Buffer.from(await wb.xlsx.writeBuffer()), 'xl/workbook.xml') as string;
    expect((xml.match(/<definedName name="BAC" /g) ?? []).length).toBe(2);
  });

  it('picks a free sheet name within 31 characters', () => {
    expect(freeName('Status', ['status', 'Status (2)'])).toBe('Status (3)');
    expect(freeName('A'.repeat(40), ['A'.repeat(31)])).toBe('A'.repeat(27) + ' (2)');
    expect(freeName('a/b', [])).toBe('a b');
  });
});
