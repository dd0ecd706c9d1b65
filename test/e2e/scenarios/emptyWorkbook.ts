/** An empty workbook: the pane offers the starter tables; a failed write leaves nothing behind. */
import { captureScreen, runAction, waitForHome } from '../lib/pane';
import { expect } from '../lib/results';
import { openWorkbook, type RunContext } from '../lib/run';
import { clearFailure, failNthWrite, sheetNames, snapshot, table } from '../lib/workbook';

export async function emptyWorkbook(run: RunContext): Promise<void> {
  const { results } = run;
  const page = await openWorkbook(run, '?workbook=empty');
  try {
    await results.check('empty workbook: says there is no Tasks table and offers starter tables', async () => {
      await waitForHome(page);
      await page.getByRole('button', { name: 'Create starter tables' }).waitFor({ timeout: 5_000 });
      const text = await page.locator('main').innerText();
      expect(/no Tasks table yet/.test(text), `Home:\n${text.slice(0, 600)}`);
    });
    await captureScreen(run, page, 'Home (empty workbook)', 'home-empty.png');

    await results.check('starter tables: a write that fails half-way leaves the workbook as it was', async () => {
      const before = await snapshot(page);
      await failNthWrite(page, 12);
      const { notice } = await runAction(page, 'Create starter tables', 'starter');
      await clearFailure(page);
      expect(/Could not create the starter tables/.test(notice), `notice: ${notice}`);
      const after = await snapshot(page);
      expect(before === after, `the workbook changed: sheets now ${JSON.stringify(await sheetNames(page))}`);
    });

    await results.check('starter tables: creates the five tables', async () => {
      const { notice, measure } = await runAction(page, 'Create starter tables', 'starter');
      run.metrics.starter = measure;
      expect(/Created the/.test(notice), `notice: ${notice}`);
      for (const name of ['Tasks', 'Resources', 'Holidays', 'Actuals', 'Settings']) {
        expect(await table(page, name), `no ${name} table; sheets: ${JSON.stringify(await sheetNames(page))}`);
      }
      const text = await page.locator('main').innerText();
      expect(/Plan/.test(text) && /Finish\s+\d{4}-/.test(text), `Home after starter tables:\n${text.slice(0, 800)}`);
    });
  } finally {
    await page.close();
  }
}
