import { checkCore } from '../../../src/functions/cores/check';

const settings = [['Setting', 'Value'], ['Project Start', '2026-03-02']];

describe('PM.CHECK core', () => {
  it('says OK for a sound plan', () => {
    const tasks = [['ID', 'Name', 'Duration', 'Predecessors'], [1, 'Design', '5d', ''], [2, 'Build', 3, '1']];
    expect(checkCore({ args: { tasks, settings }, addresses: {} })).toEqual({ ok: true, value: [['OK']] });
  });

  it('lists each problem as severity, table, row, column, message, at its real sheet row', () => {
    const tasks = [['ID', 'Name', 'Duration', 'Predecessors'], [1, 'Design', '5d', ''], [2, 'Build', 'abc', '1'], [3, 'Test', 3, '9']];
    const result = checkCore({ args: { tasks, settings }, addresses: { tasks: 'Plan!B3:E6' } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.map((r) => r.slice(0, 4))).toEqual([
      ['error', 'Tasks', 5, 'Duration'],
      ['error', 'Tasks', 6, 'Predecessors'],
    ]);
    expect(result.value[0][4]).toContain("'abc' is not a duration");
  });

  it('fails when the tasks range has no header row', () => {
    const result = checkCore({ args: { tasks: [[1, 'Design', 5]] }, addresses: {} });
    expect(result.ok).toBe(false);
  });
});
