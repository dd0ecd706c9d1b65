/**
 * The report reads on screen and on paper: heads fit their cells, dates and money fit their
 * columns, sections have headings, the Gantt grid's colours have a legend, the loading sheet has one
 * head of periods and marks only the periods over capacity, and the status sheet prints its report
 * (not its eighteen-column workings) one page wide.
 */
import type { Cell, ReportDescription, SheetDescription } from '../../src/report/description';
import { buildReport } from '../../src/report/buildReport';
import { letter, position } from '../../src/report/refs';
import { STYLES } from '../../src/report/styles';
import { linesOf } from '../../src/report/textFit';
import { bigPlan } from './bigPlan';
import { buildModel } from '../../src/model/buildModel';
import type { CellValue, WorkbookInput } from '../../src/model/types';
import { fixtureInput, fixtureModel, fixtureResults, MADE_AT, S } from './fixture';
import { fixtureReport, sheetOf } from './helpers';

const DEFAULT_WIDTH = 8.43;
const DEFAULT_HEIGHT = 15;

function widthOf(sheet: SheetDescription, column: number): number {
  return sheet.columnWidths[letter(column)] ?? DEFAULT_WIDTH;
}

/** The width a cell shows its content in: its column, or the columns of the merge it heads. */
function cellWidth(sheet: SheetDescription, a1: string): number {
  const { row, column } = position(a1);
  for (const m of sheet.merges) {
    const [from, to] = m.split(':').map(position);
    if (from.row === row && from.column === column) {
      let w = 0;
      for (let c = from.column; c <= to.column; c++) w += widthOf(sheet, c);
      return w;
    }
  }
  return widthOf(sheet, column);
}

function heightOfRow(sheet: SheetDescription, row: number): number {
  return sheet.rowHeights?.[row] ?? DEFAULT_HEIGHT;
}

/** The fixture with every amount a thousand times larger: budgets of millions. */
function millions(): ReportDescription {
  const input = fixtureInput();
  const grow = (v: CellValue) => (typeof v === 'number' ? v * 1000 : v);
  const tasks = input.tasks.values.map((row, i) => (i === 0 ? row : row.map((v, j) => ([10, 11, 12].includes(j) ? grow(v) : v))));
  const actuals = (input.actuals?.values ?? []).map((row, i) => (i === 0 ? row : row.map((v, j) => (j === 2 ? grow(v) : v))));
  const bigger: WorkbookInput = { ...input, tasks: { ...input.tasks, values: tasks }, actuals: input.actuals && { ...input.actuals, values: actuals } };
  const model = buildModel(bigger);
  return buildReport(model, fixtureResults(model), { input: bigger, madeAt: MADE_AT });
}

function allReports(): [string, ReportDescription][] {
  const plan = bigPlan(100);
  return [
    ['the fixture with budgets of millions', millions()],
    ['the fixture', fixtureReport()],
    ['a Sunday-to-Thursday fixture', fixtureReport({ workWeek: 'Sun-Thu' })],
    ['a plan of a hundred tasks', buildReport(plan.model, fixtureResults(plan.model, S('2026-03-02')), { input: plan.input, madeAt: MADE_AT })],
  ];
}

/** Roughly how many characters a number shows in a format (the tests' own reading, kept simple). */
function shownLength(cell: Cell): number | null {
  const value = cell.formula !== undefined ? cell.result : cell.value;
  if (typeof value !== 'number' || !cell.numberFormat) return null;
  const format = cell.numberFormat;
  if (/yyyy-mm-dd/.test(format)) return 10;
  if (/#,##0\.00/.test(format)) {
    const whole = Math.trunc(Math.abs(value)).toLocaleString('en-US');
    const symbol = /"([^"]*)"/.exec(format)?.[1] ?? '';
    return whole.length + 3 + symbol.length + (value < 0 ? 1 : 0) + (format.startsWith('#') && symbol ? 1 : 0);
  }
  return null;
}

describe.each(allReports())('the report of %s', (_, report) => {
  it('gives every column head the lines it needs', () => {
    const short: string[] = [];
    for (const sheet of report.sheets) {
      for (const [a1, cell] of Object.entries(sheet.cells)) {
        if ((cell.style !== 'header' && cell.style !== 'headerLeft') || typeof cell.value !== 'string') continue;
        // A head wraps by words: the longest word must fit on a line, and the lines in the row.
        const width = cellWidth(sheet, a1);
        const bold = width / 1.15;
        const longestWord = Math.max(...cell.value.split(/\s+/).map((w) => w.length));
        const lines = linesOf(cell.value, bold);
        if (longestWord > bold || lines * 14.5 > heightOfRow(sheet, position(a1).row) + 0.5) short.push(`${sheet.name}!${a1} '${cell.value}' (${width} wide, ${lines} lines)`);
      }
    }
    expect(short).toEqual([]);
  });

  it('gives every date and amount a column wide enough to show it (no ####)', () => {
    const cut: string[] = [];
    for (const sheet of report.sheets) {
      for (const [a1, cell] of Object.entries(sheet.cells)) {
        const length = shownLength(cell);
        if (length === null) continue;
        const bold = cell.style !== undefined && STYLES[cell.style]?.bold;
        // Digits are about one width unit each in Calibri; a little more in the fonts that stand in for it.
        const needed = length * (bold ? 1.1 : 1.0) + 1;
        if (cellWidth(sheet, a1) < needed) cut.push(`${sheet.name}!${a1} needs ${needed.toFixed(1)}, has ${cellWidth(sheet, a1)}`);
      }
    }
    expect(cut).toEqual([]);
  });
});

describe('the status sheet on paper', () => {
  const status = sheetOf(fixtureReport(), 'status');

  it('prints the report in columns A to I, landscape, one page wide, with title rows and a footer, and leaves the workings out', () => {
    expect(status.print).toMatchObject({ landscape: true, fitToWidth: true, titleRows: [1, 2], pageNumbers: true });
    const area = /^A1:I(\d+)$/.exec(status.print.printArea ?? '');
    expect(area).not.toBeNull();
    const workings = Object.entries(status.cells).find(([, c]) => c.value === 'How the cost figures are worked out')?.[0] as string;
    expect(position(workings).row).toBe(Number(area![1]) + 1);
    // Nothing the report shows above the workings lies right of column I, merges included.
    for (const [a1, cell] of Object.entries(status.cells)) {
      const { row, column } = position(a1);
      if (row <= Number(area![1]) && (cell.value !== undefined || cell.formula !== undefined)) expect(column).toBeLessThanOrEqual(9);
    }
    for (const m of status.merges) {
      const [from, to] = m.split(':').map(position);
      if (from.row <= Number(area![1])) expect(to.column).toBeLessThanOrEqual(9);
    }
  });

  it('gives each section a heading band', () => {
    const headings = Object.values(status.cells).filter((c) => c.style === 'section').map((c) => c.value);
    expect(headings).toEqual(['Project summary', 'Earned value', 'Milestones', 'Budget and actuals by WBS (top level)', 'Actual cost by ledger category', 'Late and critical work', 'Over-allocated resources', 'S-curve: cumulative PV, EV and AC', 'How the cost figures are worked out']);
    expect(STYLES.section.fill).toBeDefined();
  });

  it('shows money in the currency of the Settings, indices with two decimals and shares as percentages', () => {
    const byLabel = (label: string) => {
      const row = Object.entries(status.cells).find(([a1, c]) => c.value === label && a1.startsWith('A'))?.[0] as string;
      return status.cells[`C${position(row).row}`];
    };
    for (const money of ['BAC', 'PV', 'EV', 'AC', 'SV', 'CV', 'EAC', 'ETC', 'VAC']) expect(byLabel(money).numberFormat).toMatch(/^"\$"#,##0\.00;\[Red\]-"\$"#,##0\.00$/);
    for (const index of ['SPI', 'CPI', 'TCPI', 'SPI(t)']) expect(byLabel(index).numberFormat).toBe('0.00');
    for (const share of ['SV%', 'CV%']) expect(byLabel(share).numberFormat).toBe('0.0%');
  });
});

describe('the Gantt legend', () => {
  it('has a swatch of every colour the grid draws, and marks the status date in the head', () => {
    const report = fixtureReport();
    const gantt = sheetOf(report, 'gantt');
    const swatchFills = Object.values(gantt.cells).filter((c) => c.style?.startsWith('legend')).map((c) => report.styles[c.style as string].fill);
    for (const f of gantt.conditionalFormats) if (f.kind === 'expression' && f.style.fill) expect(swatchFills).toContain(f.style.fill);
    const marked = Object.entries(gantt.cells).filter(([, c]) => c.style === 'headerStatus');
    expect(marked).toHaveLength(1);
    expect(marked[0][1].value).toBe(S('2026-03-20'));
  });
});

describe('the loading sheet', () => {
  const model = fixtureModel();
  const results = fixtureResults(model);
  const sheet = sheetOf(buildReport(model, results, { madeAt: MADE_AT }), 'loading');
  const loading = results.loading;

  it('heads the periods once, in the frozen row, and puts the heat map first', () => {
    const heads = Object.entries(sheet.cells).filter(([, c]) => c.style === 'headerRotated').map(([a1]) => position(a1).row);
    expect(new Set(heads)).toEqual(new Set([4]));
    expect(sheet.freeze).toEqual({ rows: 4, columns: 1 });
    expect(sheet.cells.A5.value).toBe(loading.resources[0].name);
    expect(sheet.cells.B5.numberFormat).toBe('#,##0.0;-#,##0.0;""');
  });

  it('marks TRUE only the periods over capacity, leaves the rest blank, and counts them beside the heat map', () => {
    const flags = Object.entries(sheet.cells).filter(([, c]) => typeof c.value === 'boolean');
    expect(flags.every(([, c]) => c.value === true)).toBe(true);
    const wanted = loading.resources.reduce((n, r) => n + r.overallocated.filter(Boolean).length, 0);
    expect(flags).toHaveLength(wanted);
    const counts = Object.values(sheet.cells).filter((c) => c.formula?.startsWith('COUNTIF('));
    expect(counts.map((c) => c.result)).toEqual(loading.resources.map((r) => r.overallocated.filter(Boolean).length));
  });

  it('has a colour key whose swatches are the heat map colours and the over-capacity red', () => {
    const keyFills = Object.values(sheet.cells).filter((c) => c.style?.startsWith('legend')).map((c) => STYLES[c.style as string].fill);
    for (const f of sheet.conditionalFormats) {
      if (f.kind === 'colorScale') {
        expect(keyFills).toEqual(expect.arrayContaining([f.min, f.max, ...(f.mid ? [f.mid.color] : [])]));
      } else {
        expect(keyFills).toContain(f.style.fill);
      }
    }
  });
});
