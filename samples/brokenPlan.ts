/**
 * A small plan full of the mistakes people make, one or more per row, for `cellpath check` and its
 * tests. Tasks and Holidays are plain sheets (no Excel table), Tasks' header sits at B3, and the
 * Resources table lives on a sheet called Team.
 */
import type { CellValue } from '../src/model/types';
import { DATE_FORMAT, PERCENT_FORMAT, type SampleWorkbook } from './layout';

const d = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** What each task row gets wrong, by its row in the Tasks sheet: used by tests to find the issues. */
export const BROKEN_ROWS = {
  duplicateId: 6,
  missingId: 7,
  badDuration: 8,
  badDate: 9,
  badLink: 10,
  unknownPredecessor: 11,
  cycle: [12, 13],
  percentOver100: 14,
  constraintWithoutDate: 15,
  unknownResource: 16,
  negativeDuration: 17,
  unknownConstraintType: 18,
  errorValue: 19,
  finishBeforeStart: 20,
} as const;

const tasks: CellValue[][] = [
  ['ID', 'Name', 'Duration', 'Predecessors', 'Start', 'Constraint Type', 'Constraint Date', '% Complete', 'Actual Start', 'Actual Finish', 'Resource Names'],
  [1, 'Kickoff meeting', '1d', null, null, null, null, 1, d('2026-03-02'), d('2026-03-02'), 'Ann'],
  [2, 'Gather requirements', '5 days', '1', null, null, null, 0.4, d('2026-03-03'), null, 'Ann, Ben[50%]'],
  [2, 'Write the brief (ID used twice)', '3d', '1', null, null, null, null, null, null, 'Ben'],
  [null, 'Task without an ID', '2d', '2', null, null, null, null, null, null, null],
  [4, 'Duration in words', 'five days', '2', null, null, null, null, null, null, null],
  [5, 'Start that is not a date', '3d', '2', '2026-02-30', null, null, null, null, null, null],
  [6, 'Link that cannot be read', '2d', '2XX+3', null, null, null, null, null, null, null],
  [7, 'Link to a task that does not exist', '2d', '99', null, null, null, null, null, null, null],
  [8, 'Waits for task 9', '2d', '9', null, null, null, null, null, null, null],
  [9, 'Waits for task 8', '2d', '8FS+1d', null, null, null, null, null, null, null],
  [10, 'More than done', '4d', '2', null, null, null, 150, d('2026-03-05'), null, 'Ann'],
  [11, 'Constraint without a date', '3d', '2', null, 'SNET', null, null, null, null, null],
  [12, 'Someone not on the team', '2d', '2', null, null, null, null, null, null, 'Zed'],
  [13, 'Negative duration', -3, '2', null, null, null, null, null, null, null],
  [14, 'Unknown constraint type', '2d', '2', null, 'Start Sometime', d('2026-04-01'), null, null, null, null],
  [15, 'Duration is an error value', { error: '#N/A' }, '2', null, null, null, null, null, null, null],
  [16, 'Finished before it started', '2d', '1', null, null, null, 1, d('2026-03-10'), d('2026-03-06'), null],
  [17, 'Sign-off', '0d', '4, 5, 6, 10, 11, 12, 13, 14, 15, 16', null, null, null, null, null, null, null],
];

const resources: CellValue[][] = [
  ['Name', 'Type', 'Max Units', 'Std. Rate'],
  ['Ann', 'Work', 1, 80],
  ['Ben', 'Work', 1, 60],
  ['Ben', 'Work', 0.5, 60],
  ['Cleo', 'Human', 1, 'fifty'],
];

const holidays: CellValue[][] = [
  ['Date', 'End Date', 'Name', 'Resource'],
  [d('2026-04-03'), null, 'Good Friday', null],
  ['31/02/2026', null, 'Day that never was', null],
  [d('2026-05-08'), d('2026-05-04'), 'Ends before it starts', 'Ann'],
];

const actuals: CellValue[][] = [
  ['Date', 'Task ID', 'Amount', 'Category', 'Note'],
  [d('2026-03-02'), 1, 640, 'Labor', 'Kickoff'],
  [d('2026-03-06'), 2, null, 'Labor', 'Amount forgotten'],
  [d('2026-03-09'), 77, 1200, 'Vendor', 'Task that does not exist'],
];

const settings: CellValue[][] = [
  ['Setting', 'Value'],
  ['Project Name', 'Broken plan'],
  ['Project Start', d('2026-03-02')],
  ['Hours Per Day', 30],
  ['Work Week', 'Mon-Funday'],
];

export const brokenPlan: SampleWorkbook = {
  title: 'broken-plan',
  tables: { tasks, resources, holidays, actuals, settings },
  placements: [
    { key: 'tasks', name: 'Tasks', sheet: 'Tasks', origin: 'B3', asTable: false, formats: { Start: DATE_FORMAT, 'Constraint Date': DATE_FORMAT, 'Actual Start': DATE_FORMAT, 'Actual Finish': DATE_FORMAT, '% Complete': PERCENT_FORMAT } },
    { key: 'resources', name: 'Resources', sheet: 'Team', origin: 'C4', asTable: true },
    { key: 'holidays', name: 'Holidays', sheet: 'Holidays', origin: 'A1', asTable: false, formats: { Date: DATE_FORMAT, 'End Date': DATE_FORMAT } },
    { key: 'actuals', name: 'Actuals', sheet: 'Actuals', origin: 'A1', asTable: true, formats: { Date: DATE_FORMAT } },
    { key: 'settings', name: 'Settings', sheet: 'Settings', origin: 'A1', asTable: false },
  ],
};
