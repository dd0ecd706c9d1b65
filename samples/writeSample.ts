/** Writes a sample workbook as a person would have built it in Excel: real tables, date cells, formats. */
import { Workbook, type Worksheet } from 'exceljs';
import { parseA1 } from '../src/model/a1';
import type { CellValue } from '../src/model/types';
import { DATE_FORMAT, type SampleWorkbook, type TablePlacement } from './layout';

/** Fixed, so regenerating an unchanged sample gives the same workbook properties. */
const GENERATED = new Date(Date.UTC(2026, 2, 2));

function sampleWorkbook(sample: SampleWorkbook): Workbook {
  const workbook = new Workbook();
  workbook.creator = 'Cellpath sample generator';
  workbook.created = GENERATED;
  workbook.modified = GENERATED;
  for (const placement of sample.placements) {
    const values = sample.tables[placement.key];
    if (!values) continue;
    const sheet = workbook.getWorksheet(placement.sheet) ?? workbook.addWorksheet(placement.sheet);
    place(sheet, placement, values);
  }
  return workbook;
}

export async function writeSample(sample: SampleWorkbook, path: string): Promise<void> {
  await sampleWorkbook(sample).xlsx.writeFile(path);
}

function place(sheet: Worksheet, p: TablePlacement, values: CellValue[][]): void {
  const origin = parseA1(p.origin);
  if (!origin) throw new Error(`bad origin ${p.origin}`);
  const [header, ...rows] = values;
  const excel = rows.map((r) => r.map(toExcel));
  if (p.asTable) {
    sheet.addTable({
      name: p.name,
      ref: p.origin,
      headerRow: true,
      style: { theme: 'TableStyleMedium2', showRowStripes: true },
      columns: header.map((h) => ({ name: String(h), filterButton: true })),
      rows: excel,
    });
  } else {
    const top = origin.row;
    header.forEach((h, j) => {
      const cell = sheet.getCell(top, origin.column + 1 + j);
      cell.value = String(h);
      cell.font = { bold: true };
    });
    excel.forEach((r, i) => r.forEach((v, j) => (sheet.getCell(top + 1 + i, origin.column + 1 + j).value = v)));
  }
  header.forEach((h, j) => {
    const column = sheet.getColumn(origin.column + 1 + j);
    const longest = Math.max(String(h).length, ...values.map((r) => shown(r[j]).length));
    column.width = Math.min(48, Math.max(8, longest + 2));
    const format = p.formats?.[String(h)];
    rows.forEach((r, i) => {
      // A date anywhere (a Settings value, say) shows as a date even without a column format.
      const wanted = format ?? (r[j] instanceof Date ? DATE_FORMAT : undefined);
      if (wanted) sheet.getCell(origin.row + 1 + i, origin.column + 1 + j).numFmt = wanted;
    });
  });
  sheet.views = [{ state: 'frozen', ySplit: origin.row, xSplit: 0 }];
}

function toExcel(value: CellValue): import('exceljs').CellValue {
  if (value === undefined) return null;
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) return { error: value.error } as import('exceljs').CellErrorValue;
  return value;
}

function shown(value: CellValue): string {
  if (value instanceof Date) return '2026-01-01';
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return value.error;
  return String(value);
}
