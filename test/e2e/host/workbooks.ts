/** The workbooks the browser run opens: the sample plans as host sheets, or an empty book. */
import type { HostOptions, InitialSheet } from '../../host';
import { cellName, parseRect } from '../../host/address';
import type { SampleWorkbook } from '../../../samples/layout';
import { brokenPlan } from '../../../samples/brokenPlan';
import { officeRelocation } from '../../../samples/officeRelocation';

/** The cell `rows` down and `columns` right of `origin`. */
function offset(origin: string, rows: number, columns: number): string {
  const at = parseRect(origin);
  return cellName(at.top + rows, at.left + columns);
}

/** An error value is set up as its text: Office.js reads error cells back as that text too. */
function setupCell(value: unknown): unknown {
  if (value === undefined) return null;
  if (value && typeof value === 'object' && 'error' in value) return String((value as { error: unknown }).error);
  return value;
}

export function sheetsOf(sample: SampleWorkbook): InitialSheet[] {
  const sheets: InitialSheet[] = [];
  for (const p of sample.placements) {
    const values = sample.tables[p.key];
    if (!values?.length) continue;
    const width = Math.max(...values.map((r) => r.length));
    const header = values[0].map((h) => String(h ?? ''));
    const numberFormats = values.map((_, i) => header.map((h) => (i === 0 ? null : p.formats?.[h] ?? null)));
    sheets.push({
      name: p.sheet,
      origin: p.origin,
      cells: values.map((row) => row.map(setupCell)),
      numberFormats,
      tables: p.asTable ? [{ name: p.name, range: `${p.origin}:${offset(p.origin, values.length - 1, width - 1)}` }] : [],
    });
  }
  return sheets;
}

export function workbookOptions(name: string): HostOptions {
  if (name === 'empty') return { sheets: [{ name: 'Sheet1' }] };
  if (name === 'broken') return { sheets: sheetsOf(brokenPlan) };
  return { sheets: sheetsOf(officeRelocation) };
}
