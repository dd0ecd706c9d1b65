/** The Report screen's draft: status date, which sheets, loading period. */
import { useEffect, useState } from 'react';
import { usePlan } from '../../state/PlanContext';
import type { ReportOptions } from '../../services/types';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function useReport() {
  const plan = usePlan();
  const [draft, setDraft] = useState<ReportOptions>(plan.options.report);
  // Follow the remembered options when they arrive from the workbook.
  useEffect(() => setDraft(plan.options.report), [plan.options.report]);

  const dateError = draft.statusDate && !ISO.test(draft.statusDate) ? 'Use a date such as 2026-03-31.' : null;
  const noSheet = !draft.sheets.status && !draft.sheets.gantt && !draft.sheets.loading;
  return {
    draft,
    planStatusDate: plan.status?.statusDate ?? null,
    dateError,
    noSheet,
    busy: plan.busy !== null,
    hasTasks: plan.status?.tables.some((t) => t.role === 'Tasks') ?? false,
    setStatusDate: (value: string) => setDraft((d) => ({ ...d, statusDate: value.trim() ? value.trim() : null })),
    setSheet: (sheet: keyof ReportOptions['sheets'], on: boolean) => setDraft((d) => ({ ...d, sheets: { ...d.sheets, [sheet]: on } })),
    setPeriod: (period: ReportOptions['period']) => setDraft((d) => ({ ...d, period })),
    create: () => void plan.run('report', { ...plan.options, report: draft }),
  };
}
