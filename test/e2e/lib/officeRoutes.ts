/**
 * The pane loads Office.js from Microsoft's CDN. The run never goes to the network: the CDN is
 * answered from node_modules (the real Office.js, for the "outside Excel" screen), with the
 * in-memory Excel host, or with a failure (Office.js cannot load).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import type { Page } from 'playwright-core';

const CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const OFFICE_DIST = join(require.resolve('@microsoft/office-js/package.json'), '..', 'dist');

export type OfficeMode = { kind: 'real' } | { kind: 'host'; script: string } | { kind: 'fail' };

export async function routeOffice(page: Page, mode: OfficeMode): Promise<void> {
  await page.route('https://appsforoffice.microsoft.com/**', async (route) => {
    const url = route.request().url();
    if (mode.kind === 'fail') return route.abort('internetdisconnected');
    if (mode.kind === 'host') {
      if (url.startsWith(`${CDN}office.js`)) return route.fulfill({ contentType: 'text/javascript', body: mode.script });
      return route.fulfill({ status: 404, body: '' });
    }
    const rel = normalize(url.slice(CDN.length).split('?')[0]);
    const file = join(OFFICE_DIST, rel);
    if (url.startsWith(CDN) && file.startsWith(OFFICE_DIST) && existsSync(file)) {
      return route.fulfill({ contentType: 'text/javascript', body: readFileSync(file, 'utf8') });
    }
    return route.fulfill({ status: 404, body: '' });
  });
  // Anything else off this machine (telemetry, fonts) is refused rather than waited for.
  await page.route(/^https?:\/\/(?!127\.0\.0\.1|appsforoffice\.microsoft\.com)/, (route) => route.abort());
}
