import type { SheetDescription } from '../../src/report/description';
import { bandAddress, cellBands, cellInput, styleRectangles, widthInPoints, widthRuns } from '../../src/report/writerPlan';
import { printSetup } from '../../src/report/print';

function sheet(cells: SheetDescription['cells'], columnWidths: Record<string, number> = {}): SheetDescription {
  return { name: 'S', role: 'status', cells, columnWidths, merges: [], names: [], conditionalFormats: [], charts: [], print: printSetup('2026-01-01T00:00:00Z') };
}

describe('writer plan', () => {
  it('gives Office.js formulas with =, and text behind an apostrophe', () => {
    expect(cellInput({ formula: 'SUM(A1:A2)' })).toBe('=SUM(A1:A2)');
    expect(cellInput({ value: '=HYPERLINK("x")' })).toBe(`'=HYPERLINK("x")`);
    expect(cellInput({ value: '007' })).toBe("'007");
    expect(cellInput({ value: 7 })).toBe(7);
    expect(cellInput({ value: false })).toBe(false);
    expect(cellInput({ style: 'label' })).toBeNull();
  });

  it('cuts the cells into bands of whole rows under a size', () => {
    const cells: SheetDescription['cells'] = {};
    for (let r = 1; r <= 100; r++) cells[`C${r}`] = { value: 'x'.repeat(50), numberFormat: r === 60 ? '0%' : undefined };
    const bands = cellBands(sheet(cells), 1000);
    expect(bands.length).toBeGreaterThan(5);
    expect(bands.reduce((n, b) => n + b.inputs.length, 0)).toBe(100);
    expect(bandAddress(bands[0])).toBe(`A1:C${bands[0].inputs.length}`);
    const withFormat = bands.find((b) => b.numberFormats)!;
    expect(withFormat.numberFormats!.length).toBe(withFormat.inputs.length);
    expect(withFormat.numberFormats!.flat().filter(Boolean)).toEqual(['0%']);
  });

  it('merges styled cells into rectangles', () => {
    const s = sheet({ A1: { style: 'h' }, B1: { style: 'h' }, A2: { style: 'h' }, B2: { style: 'h' }, D2: { style: 'h' }, A4: { style: 'h' }, C9: { style: 'n' } });
    expect(styleRectangles(s)).toEqual([
      { style: 'h', address: 'A1:B2' },
      { style: 'h', address: 'D2' },
      { style: 'h', address: 'A4' },
      { style: 'n', address: 'C9' },
    ]);
  });

  it('sets equal widths of neighbouring columns at once, in points', () => {
    expect(widthRuns(sheet({}, { A: 12, C: 14, D: 14, B: 36 }))).toEqual([
      { columns: 'A:A', width: 12 }, { columns: 'B:B', width: 36 }, { columns: 'C:D', width: 14 },
    ]);
    expect(widthInPoints(8.43)).toBeCloseTo(48, 0);
  });
});
