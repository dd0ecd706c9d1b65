/** Cancel, failure, keyboard alone and the Office themes, on the sample plan. */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { captureScreen, lastMeasure, runAction, waitForHome } from '../lib/pane';
import { expect } from '../lib/results';
import { openWorkbook, type RunContext } from '../lib/run';
import { clearFailure, failNthWrite, snapshot } from '../lib/workbook';

export async function interaction(run: RunContext): Promise<void> {
  await cancelAndFailure(run);
  await keyboard(run);
  await themes(run);
}

async function cancelAndFailure(run: RunContext): Promise<void> {
  const { results } = run;
  // Each sync takes 150 ms here, as a round trip to Excel on the web might: time to press Cancel.
  const page = await openWorkbook(run, '?workbook=sample&latency=150');
  try {
    await waitForHome(page);
    await results.check('Cancel: a long action shows progress and stops, changing nothing', async () => {
      const before = await snapshot(page);
      await page.getByRole('button', { name: 'Level resources' }).click();
      const cancel = page.getByRole('button', { name: 'Cancel' });
      await cancel.waitFor({ timeout: 5_000 });
      expect(await page.getByRole('progressbar').isVisible(), 'no progress bar while leveling');
      await page.screenshot({ path: join(run.outDir, 'progress.png'), fullPage: true });
      await cancel.click();
      await page.getByText('Cancelled', { exact: true }).waitFor({ timeout: 10_000 });
      await page.waitForFunction(() => !document.querySelector('[role="progressbar"]'), undefined, { timeout: 10_000 });
      expect(before === (await snapshot(page)), 'the workbook changed after Cancel');
    });
    await results.check('Failure: Excel refusing the write leaves nothing half-written and says so', async () => {
      const before = await snapshot(page);
      await failNthWrite(page, 1);
      const { notice } = await runAction(page, 'Level resources', 'level', 60_000);
      await clearFailure(page);
      expect(/Could not level resources/.test(notice) && /Nothing was changed/.test(notice), `notice: ${notice}`);
      expect(before === (await snapshot(page)), 'the workbook changed after the failed write');
      await page.screenshot({ path: join(run.outDir, 'failure.png'), fullPage: true });
    });
  } finally {
    await page.close();
  }
}

/** The accessible name of the focused element, and whether Fluent shows its focus ring. */
function focused(page: Page): Promise<{ name: string; role: string; visible: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return { name: '', role: '', visible: false };
    const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
    const style = getComputedStyle(el);
    const after = getComputedStyle(el, '::after');
    const ring = el.hasAttribute('data-fui-focus-visible') || style.outlineStyle !== 'none' || (after.borderStyle !== 'none' && after.borderStyle !== '');
    return { name, role: el.getAttribute('role') ?? el.tagName.toLowerCase(), visible: ring };
  });
}

async function tabTo(page: Page, name: RegExp, limit = 40): Promise<{ name: string; role: string; visible: boolean }> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (name.test(f.name)) return f;
  }
  throw new Error(`Tab never reached ${name}`);
}

async function keyboard(run: RunContext): Promise<void> {
  const { results } = run;
  const page = await openWorkbook(run, '?workbook=sample');
  try {
    await waitForHome(page);
    await results.check('Keyboard: Tab reaches the actions with a visible focus ring, Enter runs one', async () => {
      const f = await tabTo(page, /^Insert schedule formulas$/);
      expect(f.visible, 'the focused button shows no focus indicator');
      await page.screenshot({ path: join(run.outDir, 'keyboard-focus.png'), fullPage: true });
      const count = await page.evaluate(() => performance.getEntriesByName('cellpath:schedule').length);
      await page.keyboard.press('Enter');
      await page.waitForFunction((n) => performance.getEntriesByName('cellpath:schedule').length > n, count, { timeout: 10_000 });
      await page.getByTestId('notice').waitFor({ timeout: 5_000 });
      run.metrics['schedule (by keyboard)'] = await lastMeasure(page, 'schedule');
    });
    await results.check('Keyboard: arrow keys move between the screens', async () => {
      await page.getByRole('tab', { name: 'Home' }).focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      const selected = await page.getByRole('tab', { selected: true }).innerText();
      expect(/^Problems/.test(selected), `selected tab: ${selected}`);
      const f = await focused(page);
      expect(f.visible, 'the focused tab shows no focus indicator');
    });
  } finally {
    await page.close();
  }
}

async function themes(run: RunContext): Promise<void> {
  for (const [theme, kind] of [['dark', 'dark'], ['colorful', 'colorful'], ['contrast', 'highContrast']] as const) {
    const page = await openWorkbook(run, `?workbook=sample&theme=${theme}`);
    try {
      const ok = await run.results.check(`Theme ${theme}: the pane follows the Office theme`, async () => {
        await waitForHome(page);
        const applied = await page.locator('[data-theme]').first().getAttribute('data-theme');
        expect(applied === kind, `data-theme is ${applied}, wanted ${kind}`);
      });
      if (ok) await captureScreen(run, page, `Home (${theme} theme)`, `home-${theme}.png`);
    } finally {
      await page.close();
    }
  }
}
