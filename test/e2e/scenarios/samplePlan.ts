/** The sample plan in the in-memory Excel: every screen, every action, and the workbook after each. */
import type { Page } from 'playwright-core';
import { captureScreen, inWorkbook, lastMeasure, openScreen, runAction, waitForHome } from '../lib/pane';
import { expect } from '../lib/results';
import { openWorkbook, uncaught, type RunContext } from '../lib/run';
import { tableValues } from '../lib/workbook';
import { planActions } from './planActions';
import { report } from './report';

export async function samplePlan(run: RunContext): Promise<void> {
  const { results } = run;
  const page = await openWorkbook(run, '?workbook=sample');

  const ready = await results.check('sample plan: the pane reads the workbook and shows the plan', async () => {
    await waitForHome(page);
    const text = await page.locator('main').innerText();
    expect(/Plan/.test(text), 'no Plan section on Home');
    expect(/Finish\s+\d{4}-\d{2}-\d{2}/.test(text), `no finish date on Home:\n${text.slice(0, 600)}`);
    for (const role of ['Tasks', 'Resources', 'Holidays', 'Actuals', 'Settings']) {
      expect(!new RegExp(`${role}\\s+not found`).test(text), `${role} not found`);
    }
    run.metrics.check = await lastMeasure(page, 'check');
  });
  if (!ready) {
    await page.screenshot({ path: `${run.outDir}/home-failed.png`, fullPage: true }).catch(() => undefined);
    await page.close();
    return;
  }
  await captureScreen(run, page, 'Home', 'home.png');

  await problems(run, page);
  await whyThisDate(run, page);
  await settings(run, page);
  await planActions(run, page);
  await report(run, page);

  await results.check('shared runtime: functions.js registers the PM functions in the pane\'s page', async () => {
    const ids = await page.evaluate(() => (window as unknown as { __e2e: { associated: string[] } }).__e2e.associated);
    for (const id of ['CHECK', 'SCHEDULE', 'FINISH', 'CRITICALPATH', 'EVM', 'LOADING', 'LEVEL']) expect(ids.includes(id), `registered: ${ids.join(', ')}`);
  });

  await results.check('sample plan: no uncaught errors in the page', () => {
    expect(uncaught(page).length === 0, uncaught(page).join('\n'));
  });
  await page.close();
}

async function problems(run: RunContext, page: Page): Promise<void> {
  await openScreen(page, 'Problems');
  await captureScreen(run, page, 'Problems (sample plan)', 'problems-sample.png');
  await run.results.check('Problems: a button selects the offending cell', async () => {
    const buttons = page.getByRole('button', { name: /^Go to / });
    const count = await buttons.count();
    if (count === 0) {
      const text = await page.locator('main').innerText();
      expect(/No problems found/.test(text), `no Go to buttons and no "No problems" text: ${text.slice(0, 300)}`);
      return;
    }
    const label = (await buttons.first().getAttribute('aria-label')) ?? '';
    const m = /^Go to (\S+) on (.+)$/.exec(label);
    expect(m, `unexpected label ${label}`);
    await buttons.first().click();
    await page.waitForTimeout(100);
    const selection = await inWorkbook<{ sheet: string; address: string }>(page, 'return host.selection();');
    expect(selection.sheet === m[2] && selection.address.replace(/\$/g, '') === m[1], `selection is ${JSON.stringify(selection)}, wanted ${m[2]}!${m[1]}`);
  });
}

async function whyThisDate(run: RunContext, page: Page): Promise<void> {
  await openScreen(page, 'Why this date');
  await run.results.check('Why this date: explains the task of the active cell', async () => {
    // The last task row of the Tasks table: its chain runs back through the plan.
    const row = await inWorkbook<number>(page, `const t = host.table('Tasks'); return Number(/\\d+$/.exec(t.address)[0]);`);
    await page.evaluate(
      (r) => (window as unknown as { Excel: typeof Excel }).Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Tasks').getRange(`B${r}`).select();
        await context.sync();
      }),
      row,
    );
    await page.getByRole('button', { name: 'Use the task of the active cell' }).click();
    const steps = page.locator('ol li');
    await steps.first().waitFor({ timeout: 10_000 });
    const n = await steps.count();
    const text = await page.locator('ol').innerText();
    expect(n >= 2, `a chain of ${n} step(s): ${text}`);
    expect(/project start|Start No Earlier|Must Start|status date|actual start|Its Start is fixed/i.test(text), `the chain does not end at what pins it:\n${text}`);
  });
  await captureScreen(run, page, 'Why this date', 'why.png');
}

async function settings(run: RunContext, page: Page): Promise<void> {
  await openScreen(page, 'Settings');
  await captureScreen(run, page, 'Settings', 'settings.png');
  await run.results.check('Settings: saving writes the Settings table and remembers the options', async () => {
    const currency = page.getByLabel('Currency');
    await currency.fill('EUR');
    const { notice, measure } = await runAction(page, 'Save', 'saveOptions');
    run.metrics.saveOptions = measure;
    expect(/Settings saved/.test(notice), `notice: ${notice}`);
    const stored = await inWorkbook<{ project?: { currency?: string } } | null>(page, `return host.settings()['cellpath.options'] ?? null;`);
    expect(stored?.project?.currency === 'EUR', `document settings: ${JSON.stringify(stored)}`);
    const values = await tableValues(page, 'Settings');
    const row = values.find((r) => String(r[0]).toLowerCase() === 'currency');
    expect(row && row[1] === 'EUR', `Settings table: ${JSON.stringify(values)}`);
  });
}
