import { FORBIDDEN_FUNCTIONS, fileFormula } from '../../src/report/fileFormula';
import { buildReport } from '../../src/report/buildReport';
import { position } from '../../src/report/refs';
import { buildModel as buildModelFor } from '../../src/model/buildModel';
import { INJECTION_NAME, fixtureModel, fixtureResults, MADE_AT, S } from './fixture';
import { cellsWithText, fixtureReport, formulas, named, sheetOf } from './helpers';

const NAMES = ['BAC', 'PV', 'EV', 'AC', 'SPI', 'CPI', 'EAC', 'VAC', 'Finish', 'StatusDate'];

describe('buildReport', () => {
  const report = fixtureReport();
  const status = sheetOf(report, 'status');
  const results = fixtureResults();

  it('makes a status, a Gantt and a loading sheet, printable landscape, one page wide, with the time made', () => {
    expect(report.sheets.map((s) => [s.name, s.role])).toEqual([['Status', 'status'], ['Gantt', 'gantt'], ['Loading', 'loading']]);
    for (const s of report.sheets) {
      expect(s.print).toMatchObject({ landscape: true, fitToWidth: true, pageNumbers: true });
      expect(s.print.footerLeft).toContain('2026-03-21 09:30');
    }
    expect(sheetOf(report, 'gantt').print.titleRows).toEqual([4, 4]);
  });

  it('names the key figures on the status sheet, each holding the engine value', () => {
    expect(status.names.map((n) => n.name).sort()).toEqual([...NAMES].sort());
    const ev = results.earnedValue;
    const want: Record<string, number | null> = { BAC: ev.bac, PV: ev.pv, EV: ev.ev, AC: ev.ac, SPI: ev.spi, CPI: ev.cpi, EAC: ev.eac, VAC: ev.vac };
    for (const [name, value] of Object.entries(want)) {
      const { cell } = named(status, name);
      expect(cell.formula).toBeDefined();
      expect(cell.result).toBeCloseTo(value as number, 6);
    }
    expect(named(status, 'StatusDate').cell.value).toBe(S('2026-03-20'));
    expect(named(status, 'Finish').cell.value).toBe(results.schedule.project.finish);
  });

  it('works the cost figures out with formulas over the input tables', () => {
    expect(named(status, 'BAC').cell.formula).toMatch(/^SUMIFS\(\$K\$\d+:\$K\$\d+,\$C\$\d+:\$C\$\d+,"<>Summary"\)$/);
    // AC sums the ledger (on another sheet, at B2) by date, plus undated entries, plus the text-typed ones copied as values.
    const ac = named(status, 'AC').cell.formula as string;
    expect(ac).toContain(`SUMIFS('Cost Ledger'!$D$3:$D$13,'Cost Ledger'!$B$3:$B$13,"<="&$C$4)`);
    expect(ac).toContain(`SUMIFS('Cost Ledger'!$D$3:$D$13,'Cost Ledger'!$B$3:$B$13,"")`);
    // Task 8 has no ledger row, so its Actual Cost column counts (as the engine counts it).
    expect(ac).toMatch(/\+SUM\(\$Q\$\d+:\$Q\$\d+\)$/);
    const all = formulas(report).map((f) => f.formula).join('\n');
    expect(all).toContain(`'Tasks'!$J$3`); // Baseline Cost of task 2
    expect(all).toContain(`'Resources'!$D$2`); // Alice's rate
    expect(all).toMatch(/NETWORKDAYS\([^)]*\$A\$\d+:\$A\$\d+\)/); // with the project holidays
  });

  it('writes as blue values what no formula can read, and says where they come from', () => {
    const supplied = Object.entries(status.cells).filter(([, c]) => c.style === 'supplied');
    const values = supplied.map(([, c]) => c.value);
    expect(values).toContain(10); // '2 wks'
    expect(values).toContain(0.5); // '50%' typed as text, and Alice's units
    expect(values).toContain(1200); // '$1,200' in the ledger
    expect(values).toContain(60); // '$60/hr'
    expect(supplied.every(([, c]) => c.formula === undefined)).toBe(true);
    expect(Object.values(status.cells).some((c) => typeof c.value === 'string' && c.value.includes('docs/formulas.md'))).toBe(true);
  });

  it('uses only functions Excel and LibreOffice Calc 7.4 both compute, and no PM. function', () => {
    for (const f of formulas(report)) {
      expect(f.formula).not.toMatch(FORBIDDEN_FUNCTIONS);
      expect(f.formula).not.toMatch(/PM\./i);
      expect(f.formula).not.toMatch(/^=/);
      expect(f.formula).not.toMatch(/\u0001/);
      expect(fileFormula(f.formula)).not.toMatch(/_xlfn\./); // nothing that needs a prefix either
    }
  });

  it('gives every formula the value the engine computed, for file writers to cache', () => {
    for (const s of report.sheets) for (const c of Object.values(s.cells)) if (c.formula !== undefined) expect(c.result).not.toBeUndefined();
  });

  it('keeps text from the input as text, never a formula', () => {
    const hits = cellsWithText(report, INJECTION_NAME);
    expect(hits.length).toBeGreaterThanOrEqual(2); // status workings and Gantt
    for (const h of hits) expect(h.cell).toMatchObject({ value: INJECTION_NAME });
    for (const h of cellsWithText(report, '+1+2')) expect(h.cell.formula).toBeUndefined();
    for (const h of cellsWithText(report, '=SUM(1)')) expect(h.cell.formula).toBeUndefined();
  });

  it('escapes ledger categories that SUMIFS would read as a pattern or a comparison', () => {
    const all = formulas(report).map((f) => f.formula).join('\n');
    expect(all).toContain('"=Fees~*"');
    expect(all).toContain('"==SUM(1)"');
  });

  it('lists milestones, budget by WBS, late and critical work and over-allocated resources', () => {
    const texts = Object.values(status.cells).map((c) => c.value);
    for (const heading of ['Milestones', 'Budget and actuals by WBS (top level)', 'Actual cost by ledger category', 'Late and critical work', 'Over-allocated resources', 'S-curve: cumulative PV, EV and AC', 'How the cost figures are worked out']) {
      expect(texts).toContain(heading);
    }
    expect(texts).toContain('Design approved');
    expect(texts).toContain('Bob'); // over capacity on his days off
    expect(status.charts).toHaveLength(1);
    expect(status.charts[0]).toMatchObject({ kind: 'line', seriesBy: 'columns' });
  });

  it('shows a RAG status computed from thresholds written on the sheet', () => {
    expect(status.cells.C9.formula).toContain('$F$5');
    expect(['Green', 'Amber', 'Red']).toContain(status.cells.C9.result);
    expect(status.conditionalFormats.filter((f) => f.range === 'C9')).toHaveLength(3);
  });

  it('draws Gantt bars with conditional formats over a day grid, with the critical path red and a status-date line', () => {
    const gantt = sheetOf(report, 'gantt');
    expect(gantt.cells.J4.value).toBe(results.schedule.project.start);
    expect(gantt.conditionalFormats.map((f) => (f.kind === 'expression' ? f.style : null))).toContainEqual({ fill: '#C00000' });
    expect(gantt.conditionalFormats.some((f) => f.kind === 'expression' && f.style.leftBorder !== undefined)).toBe(true);
    expect(Object.values(gantt.cells).some((c) => c.value === '◆')).toBe(true);
    expect(gantt.charts[0]).toMatchObject({ kind: 'barStacked', hiddenSeries: [0], excelOnly: true, categoryAxis: { reverse: true } });
    expect(gantt.freeze).toEqual({ rows: 4, columns: 2 });
  });

  it('switches the Gantt grid to weeks for a plan longer than 120 working days', () => {
    const model = fixtureModel();
    const results2 = fixtureResults(model);
    results2.schedule = { ...results2.schedule, project: { ...results2.schedule.project, finish: results2.schedule.project.start + 400 } };
    const gantt = sheetOf(buildReport(model, results2, { madeAt: MADE_AT }), 'gantt');
    const dates = Object.entries(gantt.cells).filter(([a]) => /^[A-Z]+4$/.test(a) && position(a).column >= 10).map(([, c]) => c.value as number);
    expect(dates.length).toBeGreaterThan(50);
    expect(dates.every((d) => (d - 2) % 7 === 0)).toBe(true); // Mondays
  });

  it('maps loading as a heat map with over-capacity periods red', () => {
    const sheet = sheetOf(report, 'loading');
    expect(sheet.conditionalFormats.map((f) => f.kind)).toEqual(['expression', 'colorScale']);
    const flags = Object.values(sheet.cells).filter((c) => typeof c.value === 'boolean');
    expect(flags.some((c) => c.value === true)).toBe(true);
    expect(sheet.charts[0]).toMatchObject({ kind: 'columnStacked', seriesBy: 'rows', excelOnly: true });
  });

  it('counts working days without NETWORKDAYS when the week is not Monday to Friday', () => {
    const sunThu = fixtureReport({ workWeek: 'Sun-Thu' });
    const all = formulas(sunThu).map((f) => f.formula).join('\n');
    expect(all).not.toContain('NETWORKDAYS');
    expect(all).toContain('INT((WEEKDAY(');
    expect(all).toContain('COUNTIFS(');
  });

  it('takes actual cost from the Actual Cost column when there is no ledger', () => {
    const plain = fixtureReport({ withoutActuals: true });
    const ac = named(sheetOf(plain, 'status'), 'AC').cell;
    expect(ac.formula).toMatch(/^SUM\(\$Q\$\d+:\$Q\$\d+\)$/);
    expect(ac.result).toBe(5100 + 1900 + 700 + 85 + 40);
  });

  it('falls back to values, and says so, when the input tables are not given', () => {
    const model = fixtureModel();
    const bare = buildReport(model, fixtureResults(model), { madeAt: MADE_AT });
    expect(bare.notes.join(' ')).toMatch(/values/);
    expect(named(sheetOf(bare, 'status'), 'BAC').cell.result).toBe(19300);
  });
});

describe('buildReport on thin plans', () => {
  const thin = (rows: unknown[][]) => {
    const input = { tasks: { values: [['ID', 'Name', 'Duration'], ...rows] as never, sheet: 'Tasks', origin: 'A1' }, settings: { values: [['Setting', 'Value'], ['Project Start', '2026-03-02']] as never, sheet: 'Settings' } };
    const model = buildModelFor(input);
    return buildReport(model, fixtureResults(model, S('2026-03-01')), { input, madeAt: MADE_AT });
  };

  it('makes every sheet for a single task with no costs, ledger, resources or holidays', () => {
    const report = thin([[1, 'Only', 3]]);
    const status = sheetOf(report, 'status');
    expect(named(status, 'BAC').cell.result).toBe(0);
    expect(named(status, 'SPI').cell.result).toBe('');
    expect(sheetOf(report, 'loading').charts).toHaveLength(0);
    expect(formulas(report).every((f) => !f.formula.includes('\u0001'))).toBe(true);
  });

  it('makes every sheet for a plan with no tasks', () => {
    const report = thin([]);
    expect(report.sheets).toHaveLength(3);
    expect(named(sheetOf(report, 'status'), 'BAC').cell.result).toBe(0);
  });
});
