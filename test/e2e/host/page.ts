/**
 * Stands in for office.js in the browser run: installs the in-memory Excel host, loaded with the
 * workbook the page's query names (?workbook=sample|broken|empty&theme=light|dark|colorful|contrast
 * &latency=ms), and leaves hooks on `window.__e2e` for the run to look inside.
 */
import { createWorkbookHost, installHost, type OfficeThemeColors } from '../../host';
import { workbookOptions } from './workbooks';

const THEMES: Record<string, 'light' | 'dark' | OfficeThemeColors> = {
  light: 'light',
  dark: 'dark',
  colorful: { bodyBackgroundColor: '#E6E6E6', bodyForegroundColor: '#262626', controlBackgroundColor: '#217346', controlForegroundColor: '#FFFFFF' },
  contrast: { bodyBackgroundColor: '#000000', bodyForegroundColor: '#FFFFFF', controlBackgroundColor: '#000000', controlForegroundColor: '#FFFFFF' },
};

const params = new URLSearchParams(location.search);
const host = createWorkbookHost({
  ...workbookOptions(params.get('workbook') ?? 'sample'),
  theme: THEMES[params.get('theme') ?? 'light'] ?? 'light',
  syncLatencyMs: Number(params.get('latency') ?? 0),
});

// When each sync ran, on the page's clock, to count the syncs inside each action's measure.
const syncTimes: number[] = [];
const runBatch = host._runBatch.bind(host);
host._runBatch = (actions) => {
  syncTimes.push(performance.now());
  return runBatch(actions);
};

installHost(window, host);

// The shared runtime's functions.js registers PM.* on load; record what it registers.
const associated: string[] = [];
(window as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  associate: (id: string) => void associated.push(id),
};

(window as unknown as { __e2e: unknown }).__e2e = { host, syncTimes, associated };
