/**
 * The pane on an Excel older than the newest sets it can use: each newer feature degrades there
 * instead of failing. (Which calls need which set: docs/office-requirements.md.)
 */
import { DEFAULT_OPTIONS } from '../../src/taskpane/services/defaults';
import { createExcelService } from '../../src/taskpane/services/excelService';
import { installHost, uninstallHost } from '../host';

afterEach(() => uninstallHost(globalThis));

const TASKS_SHEET = { name: 'Tasks', cells: [['ID', 'Name', 'Duration'], [1, 'Design', 5], [2, 'Build', 3]] };

describe('the pane on an older Excel', () => {
  it('below ExcelApi 1.14 (no triggerSource), still hears edits to a Tasks sheet, its own writes too', async () => {
    const host = installHost(globalThis, { sheets: [TASKS_SHEET], requirements: { ExcelApi: '1.13' } });
    const service = createExcelService();
    let heard = 0;
    await service.watchTasks(DEFAULT_OPTIONS, () => void (heard += 1));
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('Tasks').getRange('E1').values = [['ours']];
    });
    await host.eventsSettled();
    // The event cannot say who wrote, so the pane re-checks once more than it must: harmless.
    expect(heard).toBe(1);
    await host.userEdit('Tasks', 'C2', 4);
    expect(heard).toBe(2);
  });

  // The host answers isSetSupported as a 1.9 Excel; that every call exists there is
  // test/excel/requirementSets.test.ts's check (the host does not refuse newer calls).
  it('at the manifest minimum (ExcelApi 1.9), checks, levels and reports', async () => {
    const host = installHost(globalThis, { sheets: [{ name: 'Sheet1' }], requirements: { ExcelApi: '1.9' } });
    const service = createExcelService();
    await service.createStarterTables();
    const status = await service.check(DEFAULT_OPTIONS);
    expect(status.problems.filter((p) => p.severity === 'error')).toEqual([]);
    await service.level(DEFAULT_OPTIONS);
    const report = await service.createReport(DEFAULT_OPTIONS);
    expect(report.sheets?.length).toBeGreaterThan(0);
    expect(host.sheetNames()).toEqual(expect.arrayContaining(report.sheets ?? []));
  });
});
