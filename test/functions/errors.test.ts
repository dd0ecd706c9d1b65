import { describeFailure, placeOf } from '../../src/functions/errors';
import type { Issue } from '../../src/model/types';

const issue: Issue = {
  severity: 'error', table: 'Tasks', row: 7, column: 'Duration', cell: 'D7',
  message: "Task 2: 'abc' is not a duration. Write a number of working days.",
};

describe('errors', () => {
  it('names the table, row, column and cell first', () => {
    expect(placeOf(issue)).toBe('Tasks row 7, column Duration (cell D7)');
    expect(placeOf({ ...issue, row: null, cell: null, column: 'Value', table: 'Settings' })).toBe('Settings, column Value');
  });

  it('turns a plan error into #VALUE! with its place and how many more there are', () => {
    expect(describeFailure({ kind: 'issue', issue, more: 2 })).toEqual({
      kind: 'invalidValue',
      message: "Tasks row 7, column Duration (cell D7): Task 2: 'abc' is not a duration. Write a number of working days. (2 more errors: see PM.CHECK)",
    });
  });

  it('turns an unavailable answer into #N/A', () => {
    expect(describeFailure({ kind: 'notAvailable', message: 'PM.X is not available yet' })).toEqual({ kind: 'notAvailable', message: 'PM.X is not available yet' });
  });

  it('keeps messages short enough for Excel, cutting at a word', () => {
    const long = describeFailure({ kind: 'issue', issue: { ...issue, message: 'word '.repeat(100) }, more: 0 });
    expect(long.message.length).toBeLessThanOrEqual(255);
    expect(long.message.startsWith('Tasks row 7, column Duration (cell D7): ')).toBe(true);
    expect(long.message.endsWith('word…')).toBe(true);
  });
});
