/** What every scenario gets: the checks tally, the browser, the server and where to write. */
import type { Page } from 'playwright-core';
import type { Browser } from './browser';
import { routeOffice, type OfficeMode } from './officeRoutes';
import type { Results } from './results';

export interface RunContext {
  results: Results;
  browser: Browser;
  origin: string;
  outDir: string;
  /** The in-memory Excel host, bundled for the browser (stands in for office.js). */
  hostScript: string;
  metrics: Record<string, { syncs: number; ms: number }>;
}

/** A fresh page on the built pane, with Office.js answered as `mode` says. */
export async function openPane(run: RunContext, mode: OfficeMode, init?: string): Promise<Page> {
  const page = await run.browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  (page as Page & { pageErrors?: string[] }).pageErrors = errors;
  await routeOffice(page, mode);
  if (init) await page.addInitScript({ content: init });
  await page.goto(`${run.origin}/taskpane.html`);
  return page;
}

export function pageErrors(page: Page): string[] {
  return (page as Page & { pageErrors?: string[] }).pageErrors ?? [];
}
