/** Workbooks the adapter tests start from. */
import { type HostOptions, createWorkbookHost } from '../host';

/** 2026-03-02, a Monday. */
export const MONDAY = 46083;

/** A small plan: Tasks (A1:F4) with a note beside it, Holidays and Settings tables. */
export function planHost(extra: Partial<HostOptions> = {}) {
  return createWorkbookHost({
    sheets: [
      {
        name: 'Plan',
        cells: [
          ['ID', 'Name', 'Duration', 'Predecessors', 'Resource Names', '% Complete', null, null, null, null, null, null, null, null, null, null, 'Notes'],
          [1, 'Design', 5, null, 'Alice', 0, null, null, null, null, null, null, null, null, null, null, 'keep me'],
          [2, 'Build', 10, '1', 'Bob', 0],
          ['A.3', 'Ship', 0, '2', null, null],
        ],
        tables: [{ name: 'Tasks', range: 'A1:F4' }],
      },
      {
        name: 'Calendar',
        cells: [['Date', 'Name'], [MONDAY + 7, 'Spring day']],
        tables: [{ name: 'Holidays', range: 'A1:B2' }],
      },
      {
        name: 'Options',
        origin: 'B2',
        cells: [['Setting', 'Value'], ['Project Start', MONDAY], ['Currency', 'EUR']],
        tables: [{ name: 'settings', range: 'B2:C4' }],
      },
    ],
    ...extra,
  });
}

/**
 * The plan under names of the user's choosing: tasks in the table ProjectPlan on sheet Schedule,
 * holidays in Days, settings in Options; a decoy table literally named Tasks holds something else.
 */
export function mappedHost(extra: Partial<HostOptions> = {}) {
  return createWorkbookHost({
    sheets: [
      {
        name: 'Schedule',
        cells: [
          ['ID', 'Name', 'Duration', 'Predecessors', 'Resource Names'],
          [1, 'Design', 5, null, 'Alice'],
          [2, 'Build', 10, '1', 'Bob'],
          ['A.3', 'Ship', 0, '2', null],
        ],
        tables: [{ name: 'ProjectPlan', range: 'A1:E4' }],
      },
      { name: 'Calendar', cells: [['Date', 'Name'], [MONDAY + 7, 'Spring day']], tables: [{ name: 'Days', range: 'A1:B2' }] },
      { name: 'Setup', cells: [['Setting', 'Value'], ['Project Start', MONDAY]], tables: [{ name: 'Options', range: 'A1:B2' }] },
      { name: 'Chores', cells: [['Chore', 'Who'], ['Water plants', 'Alice']], tables: [{ name: 'Tasks', range: 'A1:B2' }] },
    ],
    ...extra,
  });
}

export const MAPPING = { Tasks: 'ProjectPlan', Holidays: 'Days', Settings: 'Options' };

