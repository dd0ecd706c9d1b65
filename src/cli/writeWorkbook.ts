/**
 * Writes a report description into a copy of the input workbook with ExcelJS, for the command
 * line. New sheets only: nothing in the input's own sheets is changed. Charts, which ExcelJS
 * cannot write, go into the package it wrote (addCharts.ts); those drawn only in Excel are left
 * out and said in the returned notes. Sheet-scoped names, which ExcelJS does not model, are added
 * to the workbook part as it is written.
 */
import { promises as fs } from 'fs';
import { Workbook, type Borders, type Cell as XlCell, type Fill, type Font, type Worksheet } from 'exceljs';
import type { Cell, CellStyle, ConditionalFormat, ReportDescription, SheetDescription } from '../report/description';
import { fileFormula } from '../report/fileFormula';
import { quoteSheet } from '../report/refs';
import { freeName } from '../report/sheetNames';
import { addCharts, type SheetCharts } from './addCharts';

export interface WrittenReport {
  /** The names the sheets got (a taken name gets a suffix). */
  sheets: string[];
  /** What was left out, for the user. */
  notes: string[];
}

/** What addReportSheets leaves for the package: the charts each written sheet carries. */
interface SheetsAdded extends WrittenReport {
  charts: SheetCharts[];
}

/** The input file (or its bytes) plus the report → the bytes of the new workbook. */
export async function writeReportWorkbook(input: Workbook | string | Buffer | ArrayBuffer | Uint8Array, report: ReportDescription): Promise<WrittenReport & { buffer: Buffer }> {
  const workbook = input instanceof Workbook ? input : await loaded(input);
  const { sheets, notes, charts } = addReportSheets(workbook, report);
  // ExcelJS writes no charts: they go into the package it wrote (addCharts.ts).
  const buffer = await addCharts(new Uint8Array(await workbook.xlsx.writeBuffer()), charts);
  return { sheets, notes, buffer };
}

async function loaded(input: string | Buffer | ArrayBuffer | Uint8Array): Promise<Workbook> {
  const bytes = typeof input === 'string' ? await fs.readFile(input) : input;
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes as ArrayBuffer);
  return workbook;
}

interface ScopedName {
  name: string;
  sheet: string;
  ref: string;
}

/** Adds the report's sheets to a loaded workbook. */
export function addReportSheets(workbook: Workbook, report: ReportDescription): SheetsAdded {
  const sheets: string[] = [];
  const notes: string[] = [];
  const charts: SheetCharts[] = [];
  const scoped: ScopedName[] = [];
  for (const description of report.sheets) {
    const name = freeName(description.name, workbook.worksheets.map((w) => w.name));
    const ws = workbook.addWorksheet(name, { properties: description.tabColor ? { tabColor: { argb: argb(description.tabColor) } } : {} });
    writeSheet(ws, description, report);
    for (const n of description.names) scoped.push({ name: n.name, sheet: name, ref: n.ref });
    charts.push({ sheet: name, charts: description.charts.filter((chart) => !chart.excelOnly) });
    for (const chart of description.charts.filter((c) => c.excelOnly)) {
      notes.push(`The chart '${chart.title}' on sheet '${name}' is drawn only in Excel ("Create status report" in the task pane); the sheet shows the same figures. Its data is in ${chart.categories} and ${chart.source}.`);
    }
    sheets.push(name);
  }
  addScopedNames(workbook, scoped);
  workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
  return { sheets, notes, charts };
}

function writeSheet(ws: Worksheet, d: SheetDescription, report: ReportDescription): void {
  for (const [letter, width] of Object.entries(d.columnWidths)) ws.getColumn(letter).width = width;
  for (const [row, height] of Object.entries(d.rowHeights ?? {})) ws.getRow(Number(row)).height = height;
  for (const [address, cell] of Object.entries(d.cells)) writeCell(ws.getCell(address), cell, report.styles);
  for (const range of d.merges) ws.mergeCells(range);
  d.conditionalFormats.forEach((format, k) => addConditional(ws, format, k + 1));
  if (d.freeze) ws.views = [{ state: 'frozen', xSplit: d.freeze.columns, ySplit: d.freeze.rows }];
  const p = d.print;
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: p.landscape ? 'landscape' : 'portrait',
    fitToPage: p.fitToWidth,
    fitToWidth: 1,
    fitToHeight: 0,
    ...(p.titleRows ? { printTitlesRow: `${p.titleRows[0]}:${p.titleRows[1]}` } : {}),
    ...(p.titleColumns ? { printTitlesColumn: `${p.titleColumns[0]}:${p.titleColumns[1]}` } : {}),
    // ExcelJS puts a `$` before each corner: `A$1` comes out `$A$1`, which LibreOffice scales right.
    ...(p.printArea ? { printArea: p.printArea.replace(/([A-Z]+)(\d+)/g, '$1$$$2') } : {}),
  };
  // In header/footer codes `&` starts a command; `&&` is a literal ampersand.
  const footer = `&L${p.footerLeft.replace(/&/g, '&&')}${p.pageNumbers ? '&RPage &P of &N' : ''}`;
  ws.headerFooter = { ...ws.headerFooter, oddFooter: footer };
}

function writeCell(target: XlCell, cell: Cell, styles: Record<string, CellStyle>): void {
  if (cell.formula !== undefined) {
    const result = cell.result === null || cell.result === undefined ? undefined : cell.result;
    target.value = (result === undefined ? { formula: fileFormula(cell.formula) } : { formula: fileFormula(cell.formula), result }) as XlCell['value'];
  } else if (cell.value !== undefined) {
    // ExcelJS stores a JavaScript string as a string cell, never as a formula.
    target.value = cell.value;
  }
  if (cell.numberFormat) target.numFmt = cell.numberFormat;
  const style = cell.style ? styles[cell.style] : undefined;
  if (style) applyStyle(target, style);
}

function argb(colour: string): string {
  return 'FF' + colour.replace('#', '').toUpperCase();
}

function applyStyle(target: XlCell, s: CellStyle): void {
  // A font without a name is drawn in LibreOffice's default serif: name the workbook's usual one.
  const font: Partial<Font> = { name: 'Calibri', family: 2, size: 11 };
  if (s.bold) font.bold = true;
  if (s.italic) font.italic = true;
  if (s.size) font.size = s.size;
  if (s.color) font.color = { argb: argb(s.color) };
  if (s.bold || s.italic || s.size || s.color) target.font = font;
  if (s.fill) target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.fill) } } as Fill;
  if (s.horizontal || s.vertical || s.wrap || s.rotation || s.indent) {
    target.alignment = {
      ...(s.horizontal ? { horizontal: s.horizontal } : {}),
      ...(s.vertical ? { vertical: s.vertical === 'center' ? 'middle' : s.vertical } : {}),
      ...(s.wrap ? { wrapText: true } : {}),
      ...(s.rotation ? { textRotation: s.rotation } : {}),
      ...(s.indent ? { indent: s.indent } : {}),
    };
  }
  if (s.borderTop || s.borderBottom) {
    const border: Partial<Borders> = {};
    if (s.borderTop) border.top = { style: s.borderTop };
    if (s.borderBottom) border.bottom = { style: s.borderBottom };
    target.border = border;
  }
}

function addConditional(ws: Worksheet, format: ConditionalFormat, priority: number): void {
  if (format.kind === 'colorScale') {
    ws.addConditionalFormatting({
      ref: format.range,
      rules: [{
        type: 'colorScale',
        priority,
        cfvo: format.mid ? [{ type: 'min' }, { type: 'percentile', value: format.mid.percentile }, { type: 'max' }] : [{ type: 'min' }, { type: 'max' }],
        color: (format.mid ? [format.min, format.mid.color, format.max] : [format.min, format.max]).map((c) => ({ argb: argb(c) })),
      }],
    } as Parameters<Worksheet['addConditionalFormatting']>[0]);
    return;
  }
  const style: Record<string, unknown> = {};
  if (format.style.fill) style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(format.style.fill) } };
  const font: Partial<Font> = {};
  if (format.style.color) font.color = { argb: argb(format.style.color) };
  if (format.style.bold) font.bold = true;
  if (Object.keys(font).length > 0) style.font = font;
  if (format.style.leftBorder) style.border = { left: { style: 'thin', color: { argb: argb(format.style.leftBorder) } } };
  ws.addConditionalFormatting({
    ref: format.range,
    rules: [{ type: 'expression', priority, formulae: [fileFormula(format.formula)], style, ...(format.stopIfTrue ? { stopIfTrue: true } : {}) }],
  } as Parameters<Worksheet['addConditionalFormatting']>[0]);
}

/**
 * ExcelJS keeps defined names workbook-wide only. The names the report needs are scoped to their
 * sheet (two status sheets may both have a `BAC`), so they are added to the workbook model, with
 * the sheet's position as `localSheetId`, whenever ExcelJS reads that model to write the file.
 */
const scopedNames = new WeakMap<Workbook, ScopedName[]>();

function addScopedNames(workbook: Workbook, names: ScopedName[]): void {
  if (names.length === 0) return;
  const known = scopedNames.get(workbook);
  if (known) {
    known.push(...names);
    return;
  }
  scopedNames.set(workbook, [...names]);
  const proto = Object.getPrototypeOf(workbook) as object;
  const descriptor = Object.getOwnPropertyDescriptor(proto, 'model');
  if (!descriptor?.get || !descriptor.set) throw new Error('ExcelJS no longer exposes Workbook.model; sheet-scoped names cannot be written.');
  const { get, set } = descriptor;
  Object.defineProperty(workbook, 'model', {
    configurable: true,
    get(this: Workbook) {
      const model = get.call(this) as { definedNames: { name: string; ranges: string[]; localSheetId?: number }[] };
      const order = this.worksheets.map((w) => w.name);
      for (const n of scopedNames.get(this) ?? []) {
        const index = order.indexOf(n.sheet);
        if (index < 0) continue;
        model.definedNames.push({ name: n.name, ranges: [`${quoteSheet(n.sheet)}!${n.ref}`], localSheetId: index });
      }
      return model;
    },
    set(this: Workbook, value: unknown) {
      set.call(this, value);
    },
  });
}
