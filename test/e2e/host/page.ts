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

// Count syncs as they are requested, and note the count when the pane marks an action's start
// and measures its end (state/timing.ts): the difference is that action's syncs, exactly, even
// when the next action starts within the same millisecond.
let requested = 0;
const runBatch = host._runBatch.bind(host);
host._runBatch = (actions) => {
  requested += 1;
  return runBatch(actions);
};
const syncsAtMark = new Map<string, number>();
/** Syncs of each `cellpath:<action>` measure, in order. */
const syncsByMeasure: Record<string, number[]> = {};
const mark = performance.mark.bind(performance);
const measure = performance.measure.bind(performance);
performance.mark = ((name: string, options?: PerformanceMarkOptions) => {
  if (name.startsWith('cellpath:')) syncsAtMark.set(name, requested);
  return mark(name, options);
}) as typeof performance.mark;
performance.measure = ((name: string, start?: string | PerformanceMeasureOptions, end?: string) => {
  if (typeof start === 'string' && syncsAtMark.has(start)) {
    (syncsByMeasure[name] ??= []).push(requested - (syncsAtMark.get(start) ?? requested));
    syncsAtMark.delete(start);
  }
  return measure(name, start as string, end as string);
}) as typeof performance.measure;

installHost(window, host);

// The shared runtime's functions.js registers PM.* on load; record what it registers.
const associated: string[] = [];
(window as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  associate: (id: string) => void associated.push(id),
};

(window as unknown as { __e2e: unknown }).__e2e = { host, syncsByMeasure, associated };
