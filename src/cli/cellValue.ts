/** ExcelJS cell values → the plain values the model reads (what Office.js would hand over). */
import type { CellValue as ExcelValue } from 'exceljs';
import type { CellValue } from '../model/types';

export function cellValueOf(value: ExcelValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value;
  // Kept as a Date (UTC midnight from ExcelJS) rather than a serial, so a date typed into a
  // text or number column is reported as a misplaced date, not read as a 46,000-day duration.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value !== 'object') return null;
  const v = value as unknown as Record<string, unknown>;
  if (typeof v.error === 'string') return { error: v.error };
  // A formula: its cached result, as Excel last calculated it.
  if ('formula' in v || 'sharedFormula' in v) return cellValueOf(v.result as ExcelValue | undefined);
  if (Array.isArray(v.richText)) return richText(v.richText) || null;
  // A hyperlink: the text it shows, which may itself be rich text.
  if ('hyperlink' in v) return cellValueOf(v.text as ExcelValue | undefined);
  if ('text' in v) return cellValueOf(v.text as ExcelValue | undefined);
  return null;
}

function richText(runs: unknown[]): string {
  return runs.map((run) => (run && typeof (run as { text?: unknown }).text === 'string' ? (run as { text: string }).text : '')).join('');
}
