/**
 * Plain cells -> what a custom function returns. Dates come back as dates where the host can
 * carry a number format with a value, else as bare serials (the user formats the spill range).
 *
 * How a value carries its format (Office docs, "Custom functions and data types"; the metadata
 * must say `allowCustomDataForDataTypeAny: true`, which custom-functions-metadata writes):
 * - ExcelApi 1.19: `{ type: 'Double', basicValue, numberFormat }` (FormattedNumber is deprecated);
 * - ExcelApi 1.16: `{ type: 'FormattedNumber', basicValue, numberFormat }`;
 * - older hosts: the number alone.
 */
import type { Cell, Grid } from './cores/outcome';
import { isFormatted } from './cores/outcome';

export type FormatStyle = 'double' | 'formattedNumber' | 'plain';

/** Which style a host supports, given its requirement-set test. */
export function formatStyleFor(isSetSupported: (name: string, version: string) => boolean): FormatStyle {
  try {
    // A custom function may return a value with a number format only from CustomFunctionsRuntime 1.4
    // (data types); Excel 2024 perpetual has ExcelApi 1.17 but CustomFunctionsRuntime 1.3.
    if (!isSetSupported('CustomFunctionsRuntime', '1.4')) return 'plain';
    if (isSetSupported('ExcelApi', '1.19')) return 'double';
    if (isSetSupported('ExcelApi', '1.16')) return 'formattedNumber';
  } catch {
    // A host that cannot answer gets the plain form.
  }
  return 'plain';
}

export type ExcelValue = string | number | boolean | { type: string; basicValue: number; numberFormat: string };

/** One cell as Excel takes it; a blank is "" so the spilled cell shows empty. */
export function toExcelValue(cell: Cell, style: FormatStyle): ExcelValue {
  if (cell === null) return '';
  if (!isFormatted(cell)) return cell;
  switch (style) {
    case 'double':
      return { type: 'Double', basicValue: cell.value, numberFormat: cell.numberFormat };
    case 'formattedNumber':
      return { type: 'FormattedNumber', basicValue: cell.value, numberFormat: cell.numberFormat };
    case 'plain':
      return cell.value;
  }
}

/** A rectangular array for Excel to spill: short rows are padded with blanks. */
export function toExcelGrid(grid: Grid, style: FormatStyle): ExcelValue[][] {
  const rows = grid.length ? grid : [[null]];
  const width = Math.max(1, ...rows.map((row) => row.length));
  return rows.map((row) => Array.from({ length: width }, (_, i) => toExcelValue(row[i] ?? null, style)));
}
