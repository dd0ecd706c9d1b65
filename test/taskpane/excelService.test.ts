/**
 * The Excel service against the in-memory host: the same calls the pane makes, checked in the
 * workbook afterwards.
 */
import { installHost, uninstallHost, type WorkbookHost } from '../host';
import { workbookOptions } from '../e2e/host/workbooks';
import { DEFAULT_OPTIONS } from '../../src/taskpane/services/defaults';
import { createExcelService } from '../../src/taskpane/services/excelService';
import { OPTIONS_KEY } from '../../src/taskpane/services/documentSettings';
import type { PaneOptions } from '../../src/taskpane/services/types';

let host: WorkbookHost;

function open(workbook: 'sample' | 'broken' | 'empty') {
  host = installHost(globalThis, workbookOptions(workbook));
  return createExcelService();
}

afterEach(() => uninstallHost(globalThis));

const options: PaneOptions = DEFAULT_OPTIONS;

describe('Excel service', () => {
  it('checks the sample plan in two syncs', async () => {
    const service = open('sample');
    host.resetCounters();
    const status = await service.check(options);
    expect(host.syncCount).toBe(2);
    expect(status.tables.map((t) => t.role).sort()).toEqual(['Actuals', 'Holidays', 'Resources', 'Settings', 'Tasks']);
    expect(status.finish).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(status.criticalIds.length).toBeGreaterThan(0);
    expect(status.spi).not.toBeNull();
    expect(status.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(status.candidates).toEqual(expect.arrayContaining(['Tasks', 'Cost Ledger']));
  });

  it('lists the broken plan\'s problems with their sheets and selects a cell', async () => {
    const service = open('broken');
    const status = await service.check(options);
    const withCell = status.problems.filter((p) => p.cell);
    expect(withCell.length).toBeGreaterThan(5);
    expect(new Set(status.problems.map((p) => p.key)).size).toBe(status.problems.length);
    const problem = withCell[withCell.length - 1];
    await service.selectProblem(problem);
    expect(host.selection()).toEqual({ sheet: problem.sheet, address: problem.cell });
  });

  it('explains a task back to what pins it, and finds the task of the active cell', async () => {
    const service = open('sample');
    const status = await service.check(options);
    const last = status.tasks[status.tasks.length - 1];
    const chain = await service.explain(options, last.id);
    expect(chain.steps[0].taskId).toBe(last.id);
    expect(chain.steps.length).toBeGreaterThan(1);
    expect(chain.steps[chain.steps.length - 1].reason).not.toMatch(/^Starts after|^Finishes/);

    await host.run(async (context) => {
      context.workbook.worksheets.getItem('Tasks').getRange('B3').select();
      await context.sync();
    });
    expect(await service.selectedTaskId(options)).toBe(status.tasks[1].id);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('Resources').getRange('A3').select();
      await context.sync();
    });
    expect(await service.selectedTaskId(options)).toBeNull();
  });

  it('saves the options in the Settings table and the document settings', async () => {
    const service = open('sample');
    const saved: PaneOptions = { ...options, project: { ...options.project, currency: 'EUR', criticalFloat: 2 }, mapping: { Actuals: 'Actuals' } };
    await service.saveOptions(saved);
    const table = host.table('Settings');
    const values = host.values(table!.sheet, table!.address);
    expect(values).toEqual(expect.arrayContaining([['Currency', 'EUR'], ['Critical Float', 2]]));
    expect((host.settings()[OPTIONS_KEY] as PaneOptions).mapping).toEqual({ Actuals: 'Actuals' });
    const loaded = await service.loadOptions();
    expect(loaded.project.currency).toBe('EUR');
    expect(loaded.project.criticalFloat).toBe(2);
  });

  it('levels into a Leveling Delay column and clears it', async () => {
    const service = open('sample');
    const result = await service.level(options, {});
    expect(result.message).toMatch(/delayed/);
    expect(host.table('Tasks')!.headers).toContain('Leveling Delay');
    expect((await service.check(options)).leveled).toBe(true);
    await service.clearLeveling(options, {});
    expect(host.table('Tasks')!.headers).not.toContain('Leveling Delay');
  });

  it('stops a cancelled action before it writes', async () => {
    const service = open('sample');
    const before = JSON.stringify(host.snapshot());
    const controller = new AbortController();
    const pending = service.level(options, { signal: controller.signal, onProgress: () => controller.abort() });
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(JSON.stringify(host.snapshot())).toBe(before);
  });

  it('creates the report sheets and remembers the report options', async () => {
    const service = open('sample');
    const report = { statusDate: '2026-06-30', sheets: { status: true, gantt: false, loading: true }, period: 'month' as const };
    const result = await service.createReport({ ...options, report }, {});
    expect(result.sheets).toHaveLength(2);
    for (const sheet of result.sheets ?? []) expect(host.sheetNames()).toContain(sheet);
    expect((host.settings()[OPTIONS_KEY] as PaneOptions).report).toEqual(report);
  });

  it('refuses a report with no sheet or a bad date, writing nothing', async () => {
    const service = open('sample');
    const none = { ...options.report, sheets: { status: false, gantt: false, loading: false } };
    await expect(service.createReport({ ...options, report: none }, {})).rejects.toThrow('Choose at least one sheet');
    await expect(service.createReport({ ...options, report: { ...options.report, statusDate: '2026-02-30' } }, {})).rejects.toThrow('is not a date');
  });

  it('refuses to level or report on a plan with errors, or without a Tasks table, writing nothing', async () => {
    const service = open('broken');
    const before = JSON.stringify(host.snapshot());
    await expect(service.level(options, {})).rejects.toThrow(/^The plan has \d+ errors?; mend them first \(see Problems\), then level\.$/);
    await expect(service.createReport(options, {})).rejects.toThrow(/^The plan has \d+ errors?; mend them first \(see Problems\), then create the report\.$/);
    expect(JSON.stringify(host.snapshot())).toBe(before);
    const empty = open('empty');
    await expect(empty.createReport(options, {})).rejects.toThrow('There is no Tasks table to report on.');
    await expect(empty.level(options, {})).rejects.toThrow('There is no Tasks table to level.');
  });

  it('creates starter tables in an empty workbook, and says when there is nothing to create', async () => {
    const service = open('empty');
    expect((await service.check(options)).tables).toEqual([]);
    const result = await service.createStarterTables({});
    expect(result.sheets).toEqual(['Tasks', 'Resources', 'Holidays', 'Actuals', 'Settings']);
    const status = await service.check(options);
    expect(status.tables).toHaveLength(5);
    expect(status.finish).not.toBeNull();
    await expect(service.createStarterTables({})).rejects.toThrow('nothing to create');
  });

  it('adds a Settings table when the workbook has none', async () => {
    const service = open('empty');
    await service.saveOptions({ ...options, project: { ...options.project, workWeek: 'Sun-Thu' } });
    const table = host.table('Settings');
    expect(table).toBeDefined();
    expect(host.values(table!.sheet, table!.address)).toEqual([
      ['Setting', 'Value'],
      ['Work Week', 'Sun-Thu'],
      ['Hours Per Day', 8],
      ['Currency', 'USD'],
      ['Critical Float', 0],
    ]);
  });

  it('hears a user editing the Tasks table, and stops hearing once unsubscribed', async () => {
    const service = open('sample');
    let heard = 0;
    const off = await service.watchTasks(options, () => void (heard += 1));
    expect(host.eventHandlerCount).toBe(1);
    const tasks = host.table('Tasks')!;
    const duration = tasks.headers.indexOf('Duration');
    const cell = `${String.fromCharCode(65 + duration)}3`;
    await host.userEdit(tasks.sheet, cell, 'abc');
    expect(heard).toBe(1);
    expect((await service.check(options)).problems.some((p) => p.cell === cell && p.severity === 'error')).toBe(true);
    off();
    await host.eventsSettled();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(host.eventHandlerCount).toBe(0);
    await host.userEdit(tasks.sheet, cell, '5');
    expect(heard).toBe(1);
  });

  it('ignores its own writes to a Tasks sheet (no table), which say they come from the add-in', async () => {
    host = installHost(globalThis, {
      sheets: [{ name: 'Tasks', cells: [['ID', 'Name', 'Duration'], [1, 'Design', 5], [2, 'Build', 3]] }],
    });
    const service = createExcelService();
    let heard = 0;
    await service.watchTasks(options, () => void (heard += 1));
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('Tasks').getRange('E1').values = [['ours']];
    });
    await host.eventsSettled();
    expect(heard).toBe(0);
    await host.userEdit('Tasks', 'C2', 4);
    expect(heard).toBe(1);
  });

  it('levels and inserts the schedule into the table chosen for Tasks (ProjectPlan on sheet Plan)', async () => {
    const service = open('sample');
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('Tasks').name = 'Plan';
      context.workbook.tables.getItem('Tasks').name = 'ProjectPlan';
    });
    const mapped: PaneOptions = { ...options, mapping: { Tasks: 'ProjectPlan' } };
    expect((await service.check(mapped)).tables.find((t) => t.role === 'Tasks')).toMatchObject({ name: 'ProjectPlan', sheet: 'Plan' });

    const inserted = await service.insertScheduleFormulas(mapped, {});
    expect(inserted.message).toMatch(/^Inserted =PM\.SCHEDULE\(ProjectPlan\[#All\], Holidays\[#All\], Settings\[#All\]\) in Plan!/);
    expect(host.formulas('Plan').flat().filter((f) => String(f).startsWith('=PM.SCHEDULE('))).toHaveLength(1);

    expect((await service.level(mapped, {})).message).toMatch(/delayed/);
    expect(host.table('ProjectPlan')!.headers).toContain('Leveling Delay');
    expect((await service.check(mapped)).leveled).toBe(true);
    await service.clearLeveling(mapped, {});
    expect(host.table('ProjectPlan')!.headers).not.toContain('Leveling Delay');

    // Without the mapping there is no Tasks table at all: the pane would offer starter tables.
    await expect(service.level(options, {})).rejects.toThrow('There is no Tasks table');
  });
});

