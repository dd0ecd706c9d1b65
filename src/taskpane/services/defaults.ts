/** The options a workbook starts with before the user changes any. */
import { PERIODS } from '../../engine/loading';
import type { PaneOptions } from './types';

export const DEFAULT_OPTIONS: PaneOptions = {
  mapping: {},
  project: { workWeek: 'Mon-Fri', hoursPerDay: 8, currency: 'USD', criticalFloat: 0 },
  report: { statusDate: null, sheets: { status: true, gantt: true, loading: true }, period: 'week' },
};

/** Fill in whatever a stored (perhaps older or hand-edited) value leaves out. */
export function completeOptions(stored: unknown): PaneOptions {
  const s = (typeof stored === 'object' && stored !== null ? stored : {}) as Partial<PaneOptions>;
  const d = DEFAULT_OPTIONS;
  const project = { ...d.project, ...(isObject(s.project) ? s.project : {}) };
  const report = { ...d.report, ...(isObject(s.report) ? s.report : {}) };
  report.sheets = { ...d.report.sheets, ...(isObject(s.report?.sheets) ? s.report?.sheets : {}) };
  if (!PERIODS.includes(report.period)) report.period = d.report.period;
  if (!Number.isFinite(project.hoursPerDay) || project.hoursPerDay <= 0) project.hoursPerDay = d.project.hoursPerDay;
  if (!Number.isFinite(project.criticalFloat)) project.criticalFloat = d.project.criticalFloat;
  const mapping: PaneOptions['mapping'] = {};
  if (isObject(s.mapping)) {
    for (const [role, name] of Object.entries(s.mapping)) {
      if (typeof name === 'string' && name.trim()) mapping[role as keyof PaneOptions['mapping']] = name;
    }
  }
  return { mapping, project, report };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
