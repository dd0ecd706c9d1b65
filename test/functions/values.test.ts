import { dateCell } from '../../src/functions/cores/outcome';
import { formatStyleFor, toExcelGrid, toExcelValue } from '../../src/functions/values';

describe('values', () => {
  it('picks the richest date form the host supports', () => {
    const host = (excelApi: number, functionsRuntime = 4) => (name: string, version: string) =>
      Number(version.split('.')[1]) <= (name === 'ExcelApi' ? excelApi : name === 'CustomFunctionsRuntime' ? functionsRuntime : -1);
    expect(formatStyleFor(host(19))).toBe('double');
    expect(formatStyleFor(host(17))).toBe('formattedNumber');
    expect(formatStyleFor(host(12))).toBe('plain');
    // Excel 2024 perpetual: ExcelApi 1.17 but CustomFunctionsRuntime 1.3, which cannot return formats.
    expect(formatStyleFor(host(17, 3))).toBe('plain');
    expect(formatStyleFor(() => { throw new Error('no Office'); })).toBe('plain');
  });

  it('returns dates as formatted numbers, or bare serials on older hosts', () => {
    expect(toExcelValue(dateCell(46083), 'double')).toEqual({ type: 'Double', basicValue: 46083, numberFormat: 'yyyy-mm-dd' });
    expect(toExcelValue(dateCell(46083), 'formattedNumber')).toEqual({ type: 'FormattedNumber', basicValue: 46083, numberFormat: 'yyyy-mm-dd' });
    expect(toExcelValue(dateCell(46083), 'plain')).toBe(46083);
    expect(toExcelValue(true, 'double')).toBe(true);
  });

  it('spills a rectangle, blanks as empty text', () => {
    expect(toExcelGrid([['ID', 'Start'], [1]], 'plain')).toEqual([['ID', 'Start'], [1, '']]);
    expect(toExcelGrid([], 'plain')).toEqual([['']]);
  });
});
