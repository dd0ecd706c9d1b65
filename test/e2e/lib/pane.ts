/** Driving the pane like a user, and looking into the in-memory workbook behind it. */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe';
import { expect } from './results';
import type { RunContext } from './run';

export interface Measure {
  syncs: number;
  ms: number;
}

/** The page's host (window.__e2e.host), for page.evaluate bodies. */
export const HOST = '(window.__e2e.host)';

/** Waits until the first check is done: the Tables heading is on the Home screen. */
export async function waitForHome(page: Page): Promise<void> {
  const home = page.getByRole('heading', { name: 'Tables' });
  const unavailable = page.getByTestId('unavailable');
  await home.or(unavailable).first().waitFor({ timeout: 20_000 });
  if (await unavailable.isVisible()) throw new Error(`the pane did not start: ${await unavailable.innerText()}`);
  await page.waitForFunction(() => performance.getEntriesByName('cellpath:check').length > 0, undefined, { timeout: 20_000 });
}

export async function openScreen(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
}

function measures(page: Page, action: string): Promise<number> {
  return page.evaluate((name) => performance.getEntriesByName(`cellpath:${name}`).length, action);
}

/** The last run of an action: its time and the syncs that fell inside it. */
export async function lastMeasure(page: Page, action: string): Promise<Measure> {
  return page.evaluate((name) => {
    const all = performance.getEntriesByName(`cellpath:${name}`);
    const m = all[all.length - 1];
    const counts = (window as unknown as { __e2e: { syncsByMeasure: Record<string, number[]> } }).__e2e.syncsByMeasure[`cellpath:${name}`] ?? [];
    return { syncs: counts[counts.length - 1] ?? -1, ms: Math.round(m.duration * 10) / 10 };
  }, action);
}

/**
 * Clicks a button that starts `action` and waits for the action to end (and the re-check after
 * it); returns the notice text and the action's measure.
 */
export async function runAction(page: Page, button: string | RegExp, action: string, timeout = 30_000): Promise<{ notice: string; measure: Measure }> {
  const before = await measures(page, action);
  const checks = await measures(page, 'check');
  await page.getByRole('button', { name: button }).click();
  await page.waitForFunction(
    ([name, n]) => performance.getEntriesByName(`cellpath:${name}`).length > (n as number),
    [action, before] as const,
    { timeout },
  );
  await page.waitForFunction((n) => performance.getEntriesByName('cellpath:check').length > n, checks, { timeout });
  const notice = (await page.getByTestId('notice').innerText().catch(() => '')).replace(/\s+/g, ' ');
  return { notice, measure: await lastMeasure(page, action) };
}

/** A screenshot of the whole pane and an axe check of it, as two checks. */
export async function captureScreen(run: RunContext, page: Page, name: string, file: string): Promise<void> {
  await run.results.check(`${name}: screenshot`, async () => {
    await page.screenshot({ path: join(run.outDir, file), fullPage: true });
  });
  await run.results.check(`${name}: no serious or critical accessibility violations`, async () => {
    const found = await axeViolations(page);
    expect(found.length === 0, found.join('\n'));
  });
}

/** Something from the workbook, read in the page through the host. */
export function inWorkbook<T>(page: Page, body: string): Promise<T> {
  return page.evaluate(`(() => { const host = ${HOST}; ${body} })()`) as Promise<T>;
}
