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
export async function openPane(run: RunContext, mode: OfficeMode, query = ''): Promise<Page> {
  const page = await run.browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  ERRORS.set(page, errors);
  await routeOffice(page, mode);
  await page.goto(`${run.origin}/taskpane.html${query}`);
  return page;
}

/** The pane on the in-memory Excel host, with the workbook (and theme, latency) `query` names. */
export function openWorkbook(run: RunContext, query: string): Promise<Page> {
  return openPane(run, { kind: 'host', script: run.hostScript }, query);
}

const ERRORS = new WeakMap<Page, string[]>();

/** Uncaught errors the page has thrown so far. */
export function uncaught(page: Page): string[] {
  return ERRORS.get(page) ?? [];
}
