/** What the Home screen shows and the actions it offers, from the shared plan state. */
import { usePlan } from '../../state/PlanContext';
import { TABLE_ROLES, type FoundTable, type TableRole } from '../../services/types';
import { plural, showDate, showRatio } from '../../components/format';
import type { ScreenKey } from '../screens';

export interface TableRow {
  role: TableRole;
  found: FoundTable | null;
}

export interface Stat {
  label: string;
  value: string;
  alert?: boolean;
  /** Takes the whole row (a list of names). */
  wide?: boolean;
}

export function useHome(navigate: (screen: ScreenKey) => void) {
  const plan = usePlan();
  const status = plan.status;
  const tables: TableRow[] = TABLE_ROLES.map((role) => ({ role, found: status?.tables.find((t) => t.role === role) ?? null }));
  const hasTasks = tables[0].found !== null;
  const errors = status?.problems.filter((p) => p.severity === 'error').length ?? 0;
  const warnings = (status?.problems.length ?? 0) - errors;
  const over = status?.overAllocations ?? [];
  const stats: Stat[] = status && hasTasks
    ? [
        { label: 'Start', value: showDate(status.start) },
        { label: 'Finish', value: showDate(status.finish) },
        { label: 'Critical tasks', value: `${status.criticalIds.length} of ${status.taskCount}` },
        { label: 'Status date', value: showDate(status.statusDate) },
        { label: 'SPI', value: showRatio(status.spi), alert: status.spi !== null && status.spi < 1 },
        { label: 'CPI', value: showRatio(status.cpi), alert: status.cpi !== null && status.cpi < 1 },
        {
          label: status.statusDate ? 'Over-allocated after the status date' : 'Over-allocated',
          value: over.length === 0 ? 'None' : over.map((o) => `${o.resource} (${plural(o.days, 'day')})`).join(', '),
          alert: over.length > 0,
          wide: over.length > 1,
        },
      ]
    : [];
  return {
    projectName: status?.projectName ?? '',
    loading: plan.checking && !status,
    checking: plan.checking,
    checkError: plan.checkError,
    busy: plan.busy !== null,
    tables,
    hasTasks,
    missing: tables.filter((t) => !t.found).map((t) => t.role),
    stats,
    errors,
    warnings,
    leveled: status?.leveled ?? false,
    createStarterTables: () => void plan.run('starter'),
    insertSchedule: () => void plan.run('schedule'),
    level: () => void plan.run('level'),
    clearLeveling: () => void plan.run('clearLeveling'),
    recheck: () => void plan.recheck(),
    showProblems: () => navigate('problems'),
    showReport: () => navigate('report'),
  };
}
