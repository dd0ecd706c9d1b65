/** The Home actions on the sample plan, each checked in the workbook afterwards. */
import type { Page } from 'playwright-core';
import { openScreen, runAction } from '../lib/pane';
import { expect } from '../lib/results';
import type { RunContext } from '../lib/run';
import { formulasWith, table, tableValues } from '../lib/workbook';

export async function planActions(run: RunContext, page: Page): Promise<void> {
  const { results } = run;
  await openScreen(page, 'Home');

  await results.check('Insert schedule formulas: a PM.SCHEDULE formula beside the Tasks table', async () => {
    const { notice, measure } = await runAction(page, 'Insert schedule formulas', 'schedule');
    run.metrics.schedule = measure;
    expect(/PM\.SCHEDULE/.test(notice), `notice: ${notice}`);
    const tasks = await table(page, 'Tasks');
    const formulas = await formulasWith(page, tasks?.sheet ?? 'Tasks', 'PM.SCHEDULE(');
    expect(formulas.length === 1, `formulas: ${JSON.stringify(formulas)}`);
  });

  await results.check('Level resources: writes a Leveling Delay column and clears the over-allocations', async () => {
    const { notice, measure } = await runAction(page, 'Level resources', 'level', 60_000);
    run.metrics.level = measure;
    expect(/delayed/.test(notice), `notice: ${notice}`);
    const tasks = await table(page, 'Tasks');
    const column = tasks?.headers.indexOf('Leveling Delay') ?? -1;
    expect(column >= 0, `headers: ${JSON.stringify(tasks?.headers)}`);
    const values = (await tableValues(page, 'Tasks')).slice(1).map((r) => r[column]);
    expect(values.every((v) => v === '' || v === null || (typeof v === 'number' && v >= 0 && Number.isInteger(v))), `delays: ${JSON.stringify(values)}`);
    expect(values.some((v) => typeof v === 'number' && v > 0), 'no task was delayed');
    const home = await page.locator('main').innerText();
    expect(/Over-allocated[^\n]*\s+None/.test(home), `Home after leveling:\n${home.slice(0, 2000)}`);
  });

  await results.check('Clear leveling: removes the Leveling Delay column', async () => {
    const { notice, measure } = await runAction(page, 'Clear leveling', 'clearLeveling');
    run.metrics.clearLeveling = measure;
    expect(/Removed/.test(notice), `notice: ${notice}`);
    const tasks = await table(page, 'Tasks');
    expect(!tasks?.headers.includes('Leveling Delay'), `headers: ${JSON.stringify(tasks?.headers)}`);
  });
}
