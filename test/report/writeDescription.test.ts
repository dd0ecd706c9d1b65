import { writeDescription } from '../../src/excel/writeDescription';
import { buildReport } from '../../src/report/buildReport';
import type { ReportDescription } from '../../src/report/description';
import { createWorkbookHost, type InitialSheet, type WorkbookHost } from '../host';
import { bigPlan } from './bigPlan';
import { fixtureResults, INJECTION_NAME, MADE_AT, S, TABLES } from './fixture';
import { fixtureReport, named, sheetOf } from './helpers';

function fixtureHost(): WorkbookHost {
  const sheets: InitialSheet[] = Object.values(TABLES).map((t) => ({ name: t.sheet, cells: t.values, origin: t.origin }));
  sheets.push({ name: 'Status', cells: [['an existing sheet the report must not touch']] });
  return createWorkbookHost({ sheets });
}

/** Everything in the workbook but the named sheets, to prove the rest did not change. */
function snapshotWithout(host: WorkbookHost, sheets: string[]): unknown {
  const all = host.snapshot() as { sheets: { name: string }[]; names: { scope: string }[] };
  return { ...all, sheets: all.sheets.filter((s) => !sheets.includes(s.name)), names: all.names.filter((n) => !sheets.includes(n.scope)) };
}

function planReport(tasks: number): { report: ReportDescription; host: WorkbookHost } {
  const plan = bigPlan(tasks);
  const statusDate = S('2026-03-02');
  const results = fixtureResults(plan.model, statusDate);
  return { report: buildReport(plan.model, results, { input: plan.input, madeAt: MADE_AT }), host: createWorkbookHost({ sheets: plan.sheets }) };
}

describe('the Office.js writer', () => {
  it('writes the report into new sheets in two syncs, leaving every other sheet as it was', async () => {
    const host = fixtureHost();
    const before = host.snapshot();
    const report = fixtureReport();
    const written = await host.run((context) => writeDescription(context, report));
    expect(written.sheets).toEqual(['Status (2)', 'Gantt', 'Loading']);
    expect(written.syncs).toBe(2);
    expect(host.syncCount).toBe(2);
    expect(snapshotWithout(host, written.sheets)).toEqual(before);
    expect(host.activeSheet()).toBe('Status (2)');
  });

  it('writes formulas, numbers, formats and sheet-scoped names', async () => {
    const host = fixtureHost();
    const report = fixtureReport();
    await host.run((context) => writeDescription(context, report));
    const status = sheetOf(report, 'status');
    const bac = named(status, 'BAC');
    expect(host.cell('Status (2)', bac.address)).toMatchObject({ formula: `=${bac.cell.formula}` });
    expect(host.cell('Status (2)', 'C4')).toMatchObject({ value: S('2026-03-20'), numberFormat: 'yyyy-mm-dd' });
    const names = host.names().filter((n) => n.scope === 'Status (2)').map((n) => n.name).sort();
    expect(names).toEqual(['AC', 'BAC', 'CPI', 'EAC', 'EV', 'Finish', 'PV', 'SPI', 'StatusDate', 'VAC']);
    expect(host.names().find((n) => n.name === 'BAC')?.formula).toBe(`='Status (2)'!$C$${bac.address.slice(1)}`);
    for (const sheet of ['Status (2)', 'Gantt', 'Loading']) {
      for (const line of host.formulas(sheet)) for (const f of line) expect(String(f)).not.toMatch(/PM\./);
    }
    expect(host.format('Status (2)', 'A1', 'font.bold')).toBe(true);
  });

  it('keeps formula-looking and number-looking text as text', async () => {
    const host = fixtureHost();
    const report = fixtureReport();
    await host.run((context) => writeDescription(context, report));
    const gantt = sheetOf(report, 'gantt');
    for (const text of [INJECTION_NAME, '+1+2']) {
      const address = Object.entries(gantt.cells).find(([, c]) => c.value === text)?.[0] as string;
      expect(host.cell('Gantt', address)).toMatchObject({ value: text, formula: null });
    }
    // IDs are text in the report: '1' stays the text 1, not a number.
    expect(host.cell('Gantt', 'A5')).toMatchObject({ value: '1', formula: null });
  });

  it('adds conditional formats in priority order, charts, frozen panes and print settings', async () => {
    const host = fixtureHost();
    const report = fixtureReport();
    await host.run((context) => writeDescription(context, report));
    const gantt = host.sheet('Gantt');
    expect(gantt.conditionalFormats).toHaveLength(7);
    const byPriority = [...gantt.conditionalFormats].sort((a, b) => a.priority - b.priority);
    const first = sheetOf(report, 'gantt').conditionalFormats[0];
    expect(byPriority[0].props['custom.rule.formula']).toBe(`=${first.kind === 'expression' ? first.formula : ''}`);
    expect(gantt.freeze).toEqual({ rows: 4, columns: 2 });
    expect(gantt.pageLayout).toMatchObject({ orientation: 'Landscape', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printTitleRows: '4:4', printTitleColumns: 'A:B' });
    expect(gantt.pageLayout['headersFooters.defaultForAllPages.leftFooter']).toBe('Made 2026-03-21 09:30 by Cellpath');
    const [chart] = gantt.charts;
    expect(chart).toMatchObject({ type: 'BarStacked', seriesBy: 'Columns' });
    expect(chart.props['axes.categoryAxis.reversePlotOrder']).toBe(true);
    expect(chart.calls.map((c) => c.path)).toContain('series.getItemAt().format.fill.clear');
    expect(chart.source).toBe('Gantt!C4:D12');
    expect(chart.calls).toContainEqual({ path: 'axes.categoryAxis.setCategoryNames', args: ['Gantt!B5:B12'] });
    expect(host.sheet('Status (2)').charts[0]).toMatchObject({ type: 'Line' });
    expect(host.sheet('Loading').charts[0]).toMatchObject({ type: 'ColumnStacked', seriesBy: 'Rows' });
    expect(host.sheet('Loading').conditionalFormats.map((c) => c.type).sort()).toEqual(['ColorScale', 'Custom']);
  });

  it('deletes the half-made sheets when a sync fails part-way', async () => {
    const host = fixtureHost();
    const before = host.snapshot();
    host.failOn({ sync: 2, action: 40, code: 'GeneralException' });
    await expect(host.run((context) => writeDescription(context, fixtureReport()))).rejects.toMatchObject({ code: 'GeneralException' });
    host.clearFailure();
    expect(host.snapshot()).toEqual(before);
  });

  it('deletes them too when Excel applied a batch but its reply was lost', async () => {
    const host = fixtureHost();
    const before = host.snapshot();
    const report = fixtureReport();
    host.failOn((w) => (w.sync === 2 && w.name === 'activate' ? { code: 'GeneralException', after: true } : undefined));
    await expect(host.run((context) => writeDescription(context, report))).rejects.toMatchObject({ code: 'GeneralException' });
    expect(host.snapshot()).toEqual(before);
  });

  it('stops when cancelled, leaving nothing behind', async () => {
    const host = fixtureHost();
    const before = host.snapshot();
    const controller = new AbortController();
    const report = fixtureReport();
    const fractions: number[] = [];
    const run = host.run((context) =>
      writeDescription(context, report, {
        maxRequestBytes: 20_000,
        onProgress: (f) => {
          fractions.push(f);
          if (fractions.length === 2) controller.abort();
        },
        signal: controller.signal,
      }),
    );
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(host.snapshot()).toEqual(before);
    expect(fractions[0]).toBeGreaterThan(0);
  });

  it('writes a plan of a hundred tasks in at most five syncs', async () => {
    const { report, host } = planReport(100);
    const written = await host.run((context) => writeDescription(context, report));
    expect(written.syncs).toBeLessThanOrEqual(5);
    expect(host.syncCount).toBe(written.syncs);
  });

  it('cuts a big plan into syncs under the 5 MB request limit', async () => {
    const { report, host } = planReport(3000);
    const written = await host.run((context) => writeDescription(context, report));
    expect(written.syncs).toBeGreaterThan(2);
    for (const s of host.syncs) expect(s.requestBytes).toBeLessThan(5 * 1024 * 1024);
    expect(host.sheetNames()).toEqual(expect.arrayContaining(['Status', 'Gantt', 'Loading']));
    const status = sheetOf(report, 'status');
    expect(host.cell('Status', named(status, 'AC').address).formula).toBe(`=${named(status, 'AC').cell.formula}`);
  }, 60_000);
});
