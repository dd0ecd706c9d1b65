/** The pane's actions: what each is called and which service call does it. */
import type { ActionControl, ActionResult, CellpathService, PaneOptions } from '../services/types';

export type ActionKey = 'starter' | 'schedule' | 'level' | 'clearLeveling' | 'report' | 'saveOptions';

export interface ActionSpec {
  /** Shown on progress ("Leveling resources…") and in failures ("Could not level resources"). */
  doing: string;
  failure: string;
  run(service: CellpathService, options: PaneOptions, control: ActionControl): Promise<ActionResult>;
}

export const ACTIONS: Record<ActionKey, ActionSpec> = {
  starter: {
    doing: 'Creating the starter tables',
    failure: 'Could not create the starter tables',
    run: (s, _o, c) => s.createStarterTables(c),
  },
  schedule: {
    doing: 'Inserting the schedule formulas',
    failure: 'Could not insert the schedule formulas',
    run: (s, o, c) => s.insertScheduleFormulas(o, c),
  },
  level: {
    doing: 'Leveling resources',
    failure: 'Could not level resources',
    run: (s, o, c) => s.level(o, c),
  },
  clearLeveling: {
    doing: 'Clearing the leveling delays',
    failure: 'Could not clear the leveling',
    run: (s, o, c) => s.clearLeveling(o, c),
  },
  report: {
    doing: 'Creating the report sheets',
    failure: 'Could not create the report',
    run: (s, o, c) => s.createReport(o, c),
  },
  saveOptions: {
    doing: 'Saving the settings',
    failure: 'Could not save the settings',
    run: async (s, o, c) => {
      await s.saveOptions(o, c);
      return { message: 'Settings saved in this workbook.' };
    },
  },
};
