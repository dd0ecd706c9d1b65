/**
 * The pane reacts when the Tasks table changes (contract §7): a user types a bad duration into the
 * sample plan and the Problems screen shows it with no click; typing the old value back clears it.
 */
import type { Page } from 'playwright-core';
import { inWorkbook, lastMeasure, openScreen, waitForHome } from '../lib/pane';
import { expect } from '../lib/results';
import { openPane, uncaught, type RunContext } from '../lib/run';

interface DurationCell {
  sheet: string;
  cell: string;
  value: string | number;
}

/** The first task row with a duration: its sheet, A1 address and value. */
function firstDuration(page: Page): Promise<DurationCell> {
  return inWorkbook(
    page,
    `const t = host.table('Tasks');
     const column = t.headers.findIndex((h) => h.toLowerCase() === 'duration');
     const values = host.values(t.sheet, t.address);
     const row = values.findIndex((r, i) => i > 0 && r[column] !== '');
     const [, letters, top] = /^([A-Z]+)(\\d+)/.exec(t.address);
     let left = 0;
     for (const ch of letters) left = left * 26 + ch.charCodeAt(0) - 64;
     let n = left + column, name = '';
     while (n > 0) { name = String.fromCharCode(65 + ((n - 1) % 26)) + name; n = Math.floor((n - 1) / 26); }
     return { sheet: t.sheet, cell: name + (Number(top) + row), value: values[row][column] };`,
  );
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
  const page = await openPane(run, { kind: 'host', script: run.hostScript }, undefined, '?workbook=sample');
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
