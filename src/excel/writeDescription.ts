/**
 * Writes a report description into the open workbook through Office.js: new sheets only, in as
 * few round trips as the size allows (one to read the sheet names, then one for a plan of a few
 * hundred tasks; a big plan is cut into syncs that stay under Excel on the web's 5 MB request
 * limit). If a sync fails, or the user cancels, the sheets made so far are deleted again, so
 * nothing half-written is left.
 *
 * Text is written behind an apostrophe, so Excel keeps it as text: a task named `=HYPERLINK(…)`,
 * `+1+2` or `2026-03-31` never becomes a formula, number or date.
 */
import type { CellStyle, ChartDescription, ConditionalFormat, ReportDescription, SheetDescription } from '../report/description';
import { freeName } from '../report/sheetNames';
import { bandAddress, cellBands, styleRectangles, widthInPoints, widthRuns } from '../report/writerPlan';
import { columnLetter } from './a1';
import { removeSheets } from './removeSheets';

export interface WriteOptions {
  /** Request bytes per sync; Excel on the web refuses requests over 5 MB. */
  maxRequestBytes?: number;
  /** Called after each sync with the share done, 0..1. */
  onProgress?: (fraction: number) => void;
  /** Cancels between syncs; what was written is then deleted. */
  signal?: AbortSignal;
  /** Show the first new sheet when done (default true). */
  activate?: boolean;
}

export interface WrittenSheets {
  /** The names the sheets got (a taken name gets a suffix). */
  sheets: string[];
  /** Round trips to Excel, failed or not. */
  syncs: number;
  notes: string[];
}

const DEFAULT_REQUEST_BYTES = 4_000_000;
/** What one queued action costs on the wire besides its arguments. */
const ACTION_BYTES = 100;

/** One queued piece of work, with its approximate request size. */
interface Step {
  bytes: number;
  run: () => void;
}

export async function writeDescription(context: Excel.RequestContext, report: ReportDescription, options: WriteOptions = {}): Promise<WrittenSheets> {
  const budget = options.maxRequestBytes ?? DEFAULT_REQUEST_BYTES;
  let syncs = 0;
  const sync = async () => {
    syncs += 1;
    await context.sync();
  };

  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await sync();
  const taken = worksheets.items.map((w) => w.name);
  const names: string[] = [];
  for (const sheet of report.sheets) {
    const name = freeName(sheet.name, [...taken, ...names]);
    names.push(name);
  }

  const steps: Step[] = [];
  report.sheets.forEach((sheet, k) => planSheet(steps, context, sheet, names[k], report.styles, budget));
  if (options.activate !== false && names.length > 0) {
    steps.push({ bytes: ACTION_BYTES, run: () => context.workbook.worksheets.getItem(names[0]).activate() });
  }

  const total = steps.reduce((n, s) => n + s.bytes, 0);
  let done = 0;
  try {
    let pending = 0;
    for (const step of steps) {
      if (pending > 0 && pending + step.bytes > budget) {
        throwIfCancelled(options.signal);
        await sync();
        options.onProgress?.(done / total);
        pending = 0;
      }
      step.run();
      pending += step.bytes;
      done += step.bytes;
    }
    throwIfCancelled(options.signal);
    await sync();
    options.onProgress?.(1);
  } catch (error) {
    syncs += await removeSheets(context, names).catch(() => 1);
    throw error;
  }
  const notes = [...report.notes];
  return { sheets: names, syncs, notes };
}

function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) {
    const error = new Error('The report was cancelled; nothing was left in the workbook.');
    error.name = 'AbortError';
    throw error;
  }
}

/** Queues one sheet's writes as steps, in the order Excel needs them. */
function planSheet(steps: Step[], context: Excel.RequestContext, d: SheetDescription, name: string, styles: Record<string, CellStyle>, budget: number): void {
  let ws: Excel.Worksheet;
  steps.push({
    bytes: ACTION_BYTES * 2 + name.length,
    run: () => {
      ws = context.workbook.worksheets.add(name);
      if (d.tabColor) ws.tabColor = d.tabColor;
    },
  });

  for (const { columns, width } of widthRuns(d)) {
    steps.push({ bytes: ACTION_BYTES, run: () => void (ws.getRange(columns).format.columnWidth = widthInPoints(width)) });
  }
  for (const [row, height] of Object.entries(d.rowHeights ?? {})) {
    steps.push({ bytes: ACTION_BYTES, run: () => void (ws.getRange(`${row}:${row}`).format.rowHeight = height) });
  }

  // Number formats before values, so a date arrives in a cell already formatted as one.
  for (const band of cellBands(d, Math.max(10_000, Math.floor(budget / 4)))) {
    steps.push({
      bytes: band.bytes + ACTION_BYTES * 2,
      run: () => {
        const range = ws.getRange(bandAddress(band));
        if (band.numberFormats) range.numberFormat = band.numberFormats as string[][];
        range.formulas = band.inputs as unknown as string[][];
      },
    });
  }

  for (const { style, address } of styleRectangles(d)) {
    const s = styles[style];
    if (!s) continue;
    steps.push({ bytes: ACTION_BYTES * styleProps(s), run: () => applyStyle(ws.getRange(address).format, s) });
  }
  for (const address of d.merges) steps.push({ bytes: ACTION_BYTES, run: () => ws.getRange(address).merge(false) });
  for (const n of d.names) steps.push({ bytes: ACTION_BYTES * 2, run: () => void ws.names.add(n.name, ws.getRange(n.ref)) });

  // Excel puts each new conditional format on top: add the lowest priority first.
  for (const format of [...d.conditionalFormats].reverse()) {
    steps.push({ bytes: ACTION_BYTES * 6, run: () => addConditional(ws, format) });
  }
  for (const chart of d.charts) steps.push({ bytes: ACTION_BYTES * 12, run: () => addChart(ws, chart) });

  steps.push({
    bytes: ACTION_BYTES * 6,
    run: () => {
      if (d.freeze && (d.freeze.rows > 0 || d.freeze.columns > 0)) {
        if (d.freeze.columns === 0) ws.freezePanes.freezeRows(d.freeze.rows);
        else if (d.freeze.rows === 0) ws.freezePanes.freezeColumns(d.freeze.columns);
        else ws.freezePanes.freezeAt(ws.getRange(`A1:${columnLetter(d.freeze.columns - 1)}${d.freeze.rows}`));
      }
      const p = d.print;
      const layout = ws.pageLayout;
      layout.orientation = p.landscape ? 'Landscape' : 'Portrait';
      if (p.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      if (p.titleRows) layout.setPrintTitleRows(`$${p.titleRows[0]}:$${p.titleRows[1]}`);
      if (p.titleColumns) layout.setPrintTitleColumns(`$${p.titleColumns[0]}:$${p.titleColumns[1]}`);
      if (p.printArea) layout.setPrintArea(p.printArea);
      // `&` starts a header/footer code; `&&` prints one.
      layout.headersFooters.defaultForAllPages.leftFooter = p.footerLeft.replace(/&/g, '&&');
      if (p.pageNumbers) layout.headersFooters.defaultForAllPages.rightFooter = 'Page &P of &N';
    },
  });
}

function styleProps(s: CellStyle): number {
  return Object.keys(s).length + 1;
}

const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', center: 'Center', bottom: 'Bottom' } as const;
const WEIGHT = { thin: 'Thin', medium: 'Medium' } as const;

function applyStyle(format: Excel.RangeFormat, s: CellStyle): void {
  if (s.bold) format.font.bold = true;
  if (s.italic) format.font.italic = true;
  if (s.size) format.font.size = s.size;
  if (s.color) format.font.color = s.color;
  if (s.fill) format.fill.color = s.fill;
  if (s.horizontal) format.horizontalAlignment = HORIZONTAL[s.horizontal];
  if (s.vertical) format.verticalAlignment = VERTICAL[s.vertical];
  if (s.wrap) format.wrapText = true;
  if (s.rotation) format.textOrientation = s.rotation;
  if (s.indent) format.indentLevel = s.indent;
  for (const [side, weight] of [['EdgeTop', s.borderTop], ['EdgeBottom', s.borderBottom]] as const) {
    if (!weight) continue;
    const border = format.borders.getItem(side);
    border.style = 'Continuous';
    border.weight = WEIGHT[weight];
  }
}

function addConditional(ws: Excel.Worksheet, format: ConditionalFormat): void {
  const range = ws.getRange(format.range);
  if (format.kind === 'colorScale') {
    const cf = range.conditionalFormats.add('ColorScale');
    cf.colorScale.criteria = {
      minimum: { formula: undefined, type: 'LowestValue', color: format.min },
      ...(format.mid ? { midpoint: { formula: String(format.mid.percentile), type: 'Percentile', color: format.mid.color } } : {}),
      maximum: { formula: undefined, type: 'HighestValue', color: format.max },
    };
    return;
  }
  const cf = range.conditionalFormats.add('Custom');
  cf.custom.rule.formula = `=${format.formula}`;
  const look = cf.custom.format;
  if (format.style.fill) look.fill.color = format.style.fill;
  if (format.style.color) look.font.color = format.style.color;
  if (format.style.bold) look.font.bold = true;
  if (format.style.leftBorder) {
    const border = look.borders.getItem('EdgeLeft');
    border.style = 'Continuous';
    border.color = format.style.leftBorder;
  }
  if (format.stopIfTrue) cf.stopIfTrue = true;
}

const CHART_TYPES = { line: 'Line', barStacked: 'BarStacked', columnStacked: 'ColumnStacked', columnClustered: 'ColumnClustered' } as const;

function addChart(ws: Excel.Worksheet, c: ChartDescription): void {
  const chart = ws.charts.add(CHART_TYPES[c.kind], ws.getRange(c.source), c.seriesBy === 'rows' ? 'Rows' : 'Columns');
  chart.title.text = c.title;
  chart.setPosition(c.from, c.to);
  if (c.legend === 'none') chart.legend.visible = false;
  else if (c.legend) chart.legend.position = c.legend === 'bottom' ? 'Bottom' : 'Right';
  const value = chart.axes.valueAxis;
  if (c.valueAxis?.min !== undefined) value.minimum = c.valueAxis.min;
  if (c.valueAxis?.max !== undefined) value.maximum = c.valueAxis.max;
  if (c.valueAxis?.numberFormat) value.numberFormat = c.valueAxis.numberFormat;
  if (c.valueAxis?.title) value.title.text = c.valueAxis.title;
  const category = chart.axes.categoryAxis;
  category.setCategoryNames(ws.getRange(c.categories));
  if (c.categoryAxis?.reverse) category.reversePlotOrder = true;
  if (c.categoryAxis?.numberFormat) category.numberFormat = c.categoryAxis.numberFormat;
  // The Gantt chart's first series is the offset to each bar's start: drawn, but not seen.
  for (const k of c.hiddenSeries ?? []) chart.series.getItemAt(k).format.fill.clear();
}
