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
