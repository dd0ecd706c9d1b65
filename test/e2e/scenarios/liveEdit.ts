/**
 * The pane reacts when the Tasks table changes (contract §7): a user types a bad duration into the
 * sample plan and the Problems screen shows it with no click; typing the old value back clears it.
 */
import type { Page } from 'playwright-core';
import { cellName, parseRect } from '../../host/address';
import { inWorkbook, lastMeasure, openScreen, waitForHome } from '../lib/pane';
import { expect } from '../lib/results';
import { openWorkbook, uncaught, type RunContext } from '../lib/run';
import { table, tableValues } from '../lib/workbook';

interface DurationCell {
  sheet: string;
  cell: string;
  value: string | number;
}

/** The first task row with a duration: its sheet, A1 address and value. */
async function firstDuration(page: Page): Promise<DurationCell> {
  const tasks = await table(page, 'Tasks');
  if (!tasks) throw new Error('the sample plan has no Tasks table');
  const column = tasks.headers.findIndex((h) => h.toLowerCase() === 'duration');
  const values = await tableValues(page, 'Tasks');
  const row = values.findIndex((r, i) => i > 0 && r[column] !== '');
  const corner = parseRect(tasks.address);
  return { sheet: tasks.sheet, cell: cellName(corner.top + row, corner.left + column), value: values[row][column] as string | number };
}

function checks(page: Page): Promise<number> {
  return page.evaluate(() => performance.getEntriesByName('cellpath:check').length);
}

/** Types into a cell as a user would; the host raises the onChanged event the pane listens to. */
function type(page: Page, where: DurationCell, value: string | number): Promise<void> {
  return inWorkbook(page, `return host.userEdit(${JSON.stringify(where.sheet)}, ${JSON.stringify(where.cell)}, ${JSON.stringify(value)});`);
}

export async function liveEdit(run: RunContext): Promise<void> {
  const { results } = run;
  const page = await openWorkbook(run, '?workbook=sample');
  try {
    await waitForHome(page);
    await openScreen(page, 'Problems');
    const where = await firstDuration(page);
    const goTo = page.getByRole('button', { name: `Go to ${where.cell} on ${where.sheet}` });

    await results.check('Live edit: a duration typed wrong in the Tasks table shows as a problem without a click', async () => {
      expect((await goTo.count()) === 0, `${where.sheet}!${where.cell} is already a problem`);
      const before = await checks(page);
      await type(page, where, 'abc');
      await goTo.waitFor({ timeout: 10_000 }).catch(async () => {
        throw new Error(`no problem at ${where.cell} after typing "abc" (checks ${before} → ${await checks(page)}):\n${(await page.locator('main').innerText()).slice(0, 600)}`);
      });
      const item = await page.locator('ul[aria-label="Problems"] li', { has: goTo }).innerText();
      expect(/Error/.test(item) && /abc/.test(item), `the problem says: ${item}`);
      expect((await checks(page)) > before, 'the plan was not checked again');
      run.metrics['check after an edit'] = await lastMeasure(page, 'check');
    });

    await results.check('Live edit: typing the duration back clears the problem', async () => {
      const before = await checks(page);
      await type(page, where, where.value);
      await goTo.waitFor({ state: 'detached', timeout: 10_000 }).catch(async () => {
        throw new Error(`${where.cell} is still listed after typing ${JSON.stringify(where.value)} back:\n${(await page.locator('main').innerText()).slice(0, 600)}`);
      });
      expect((await checks(page)) > before, 'the plan was not checked again');
    });

    await results.check('Live edit: no uncaught errors in the page', () => {
      expect(uncaught(page).length === 0, uncaught(page).join('\n'));
    });
  } finally {
    await page.close();
  }
}
