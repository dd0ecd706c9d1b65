/** The Report screen on the sample plan: new sheets only, the key names, no PM. functions. */
import type { Page } from 'playwright-core';
import { captureScreen, inWorkbook, openScreen, runAction } from '../lib/pane';
import { expect } from '../lib/results';
import type { RunContext } from '../lib/run';
import { clearFailure, failNthWrite, sheetNames, snapshot } from '../lib/workbook';

const KEY_NAMES = ['BAC', 'PV', 'EV', 'AC', 'SPI', 'CPI', 'EAC', 'VAC', 'Finish', 'StatusDate'];

export async function report(run: RunContext, page: Page): Promise<void> {
  const { results } = run;
  await openScreen(page, 'Report');
  await captureScreen(run, page, 'Report', 'report.png');

  await results.check('Report: a write refused half-way leaves no sheet behind', async () => {
    const before = await snapshot(page);
    await failNthWrite(page, 40);
    const { notice } = await runAction(page, 'Create sheets', 'report', 60_000);
    await clearFailure(page);
    expect(/Could not create the report/.test(notice), `notice: ${notice}`);
    expect(before === (await snapshot(page)), `the workbook changed: sheets ${JSON.stringify(await sheetNames(page))}`);
  });

  await results.check('Report: adds the status, Gantt and loading sheets, changing no other sheet', async () => {
    const before = await sheetNames(page);
    const sheetsBefore = await inWorkbook<string>(page, `return JSON.stringify(${JSON.stringify(before)}.map((s) => host.formulas(s)));`);
    await page.getByLabel('Status date').fill('2026-06-30');
    const { notice, measure } = await runAction(page, 'Create sheets', 'report', 60_000);
    run.metrics.report = measure;
    expect(/Report for the status date 2026-06-30 created/.test(notice), `notice: ${notice}`);
    const after = await sheetNames(page);
    const added = after.filter((s) => !before.includes(s));
    expect(added.length === 3, `added sheets: ${JSON.stringify(added)}`);
    const sheetsAfter = await inWorkbook<string>(page, `return JSON.stringify(${JSON.stringify(before)}.map((s) => host.formulas(s)));`);
    expect(sheetsBefore === sheetsAfter, 'an existing sheet changed');

    const names = await inWorkbook<{ name: string; scope: string }[]>(page, 'return host.names();');
    const status = added[0];
    for (const key of KEY_NAMES) {
      expect(names.some((n) => n.name.toLowerCase() === key.toLowerCase() && n.scope === status), `no ${key} name on ${status}: ${JSON.stringify(names)}`);
    }
    for (const sheet of added) {
      const pm = await inWorkbook<string[]>(page, `return host.formulas(${JSON.stringify(sheet)}).flat().filter((f) => typeof f === 'string' && /PM\\./i.test(f));`);
      expect(pm.length === 0, `${sheet} uses PM. functions: ${pm.slice(0, 3).join(' ')}`);
    }
  });

  await results.check('Report: a second report gets new sheet names', async () => {
    const before = await sheetNames(page);
    const { notice } = await runAction(page, 'Create sheets', 'report', 60_000);
    const added = (await sheetNames(page)).filter((s) => !before.includes(s));
    expect(added.length === 3, `added sheets: ${JSON.stringify(added)}; notice: ${notice}`);
  });
}
