/** What the plan looked like when baselined and where each task stood at the status date. */
import type { Calendar } from '../../src/model/calendar';
import type { Serial } from '../../src/model/types';
import { daysOf, forwardPass, iso, linksOf, projectCalendar, type PlanLink } from './plannedDates';
import { TASKS, type TaskSpec } from './tasks';
import { HOLIDAYS, SETTINGS } from './team';

export interface TaskHistory {
  spec: TaskSpec;
  id: number;
  summary: boolean;
  outlineLevel: number;
  links: PlanLink[];
  baselineStart: Serial | null;
  baselineFinish: Serial | null;
  /** 0..1 at the status date. */
  percent: number;
  actualStart: Serial | null;
  actualFinish: Serial | null;
  /** Working days actually worked by the status date. */
  daysWorked: number;
}

export interface PlanHistory {
  calendar: Calendar;
  projectStart: Serial;
  statusDate: Serial;
  tasks: TaskHistory[];
}

export function planHistory(): PlanHistory {
  const projectWide = HOLIDAYS.filter((h) => !h.resource).map((h) => iso(h.date));
  const calendar = projectCalendar(projectWide);
  const projectStart = iso(SETTINGS.projectStart);
  const statusDate = iso(SETTINGS.statusDate);
  const indexByWbs = new Map(TASKS.map((t, i) => [t.wbs, i]));
  const links = TASKS.map((t) => linksOf(t, indexByWbs, (i) => String(i + 1)));
  const summary = TASKS.map((t) => TASKS.some((u) => u.wbs.startsWith(t.wbs + '.')));

  const baseline = forwardPass(TASKS, links, TASKS.map((t) => t.baselineDays ?? t.days ?? 0), calendar, projectStart, TASKS.map(() => 0));
  const actual = forwardPass(TASKS, links, TASKS.map((t) => t.days ?? 0), calendar, projectStart, TASKS.map((t) => t.slip ?? 0));
  // The status date's day is fully worked: its end is the boundary after it.
  const statusEnd = calendar.ordinalOnOrBefore(statusDate) + 1;

  const tasks = TASKS.map((spec, i): TaskHistory => {
    const history: TaskHistory = {
      spec, id: i + 1, summary: summary[i], outlineLevel: spec.wbs.split('.').length, links: links[i],
      baselineStart: null, baselineFinish: null, percent: 0, actualStart: null, actualFinish: null, daysWorked: 0,
    };
    if (summary[i]) return history;
    const planned = daysOf(baseline, i, calendar, projectStart);
    history.baselineStart = planned.first;
    history.baselineFinish = planned.last;
    const days = spec.days ?? 0;
    const held = daysOf(actual, i, calendar, projectStart);
    if (actual.end[i] <= statusEnd && (days > 0 || actual.start[i] <= statusEnd)) {
      Object.assign(history, { percent: 1, actualStart: held.first, actualFinish: held.last, daysWorked: days });
    } else if (actual.start[i] < statusEnd && days > 0) {
      const elapsed = statusEnd - actual.start[i];
      const byTime = Math.min(0.95, Math.max(0.05, Math.floor((elapsed / days) * 20) / 20));
      Object.assign(history, { percent: spec.percent ?? byTime, actualStart: held.first, daysWorked: elapsed });
    }
    return history;
  });
  return { calendar, projectStart, statusDate, tasks };
}
