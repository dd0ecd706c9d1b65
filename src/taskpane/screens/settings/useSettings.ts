/** The Settings screen's draft of the project options and the table mapping. */
import { useEffect, useState } from 'react';
import { usePlan } from '../../state/PlanContext';
import { TABLE_ROLES, type PaneOptions, type ProjectOptions, type TableRole } from '../../services/types';

export const WORK_WEEKS = ['Mon-Fri', 'Mon-Sat', 'Sun-Thu', 'Sun-Fri', 'Mon-Thu'];

export function useSettings() {
  const plan = usePlan();
  const [draft, setDraft] = useState<PaneOptions>(plan.options);
  useEffect(() => setDraft(plan.options), [plan.options]);

  const p = draft.project;
  const errors: Partial<Record<keyof ProjectOptions, string>> = {};
  if (!(p.hoursPerDay > 0 && p.hoursPerDay <= 24)) errors.hoursPerDay = 'Between 0 and 24 hours.';
  if (!(Number.isInteger(p.criticalFloat) && p.criticalFloat >= 0)) errors.criticalFloat = 'A whole number of working days, 0 or more.';
  if (!p.currency.trim()) errors.currency = 'A currency code or symbol, such as USD or €.';

  const candidates = plan.status?.candidates ?? [];
  const dirty = JSON.stringify(draft) !== JSON.stringify(plan.options);
  const setProject = <K extends keyof ProjectOptions>(key: K, value: ProjectOptions[K]) =>
    setDraft((d) => ({ ...d, project: { ...d.project, [key]: value } }));
  return {
    project: p,
    mapping: draft.mapping,
    roles: TABLE_ROLES,
    workWeeks: WORK_WEEKS.includes(p.workWeek) ? WORK_WEEKS : [...WORK_WEEKS, p.workWeek],
    candidates,
    errors,
    valid: Object.keys(errors).length === 0,
    dirty,
    busy: plan.busy !== null,
    setProject,
    setTable: (role: TableRole, name: string) =>
      setDraft((d) => {
        const mapping = { ...d.mapping };
        if (name) mapping[role] = name;
        else delete mapping[role];
        return { ...d, mapping };
      }),
    save: () => void plan.run('saveOptions', draft),
    revert: () => setDraft(plan.options),
  };
}
