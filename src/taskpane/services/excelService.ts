/** The CellpathService for a real (or in-memory) Excel host. Filled in as the adapter lands. */
import { NotAvailableError } from './errors';
import type { CellpathService } from './types';

export function createExcelService(): CellpathService {
  const missing = (what: string) => () => Promise.reject(new NotAvailableError(what));
  return {
    check: missing('Checking the plan'),
    selectProblem: missing('Selecting a cell'),
    createStarterTables: missing('Creating starter tables'),
    insertScheduleFormulas: missing('Inserting schedule formulas'),
    level: missing('Leveling'),
    clearLeveling: missing('Clearing leveling'),
    createReport: missing('Creating reports'),
    explain: missing('Explaining dates'),
    selectedTaskId: missing('Reading the active cell'),
    loadOptions: missing('Loading options'),
    saveOptions: missing('Saving options'),
    watchTasks: missing('Watching the Tasks table'),
  };
}
