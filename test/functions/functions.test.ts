/** The PM.* functions as Excel calls them: registered on load, spilling arrays, throwing error values. */
class FakeError {
  constructor(public code: string, public message?: string) {}
}
const registered = new Map<string, (...args: unknown[]) => unknown>();
const fakeRuntime = {
  associate: (id: string, fn: (...args: unknown[]) => unknown) => registered.set(id, fn),
  Error: FakeError,
  ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' },
};

beforeAll(async () => {
  Object.assign(globalThis, { CustomFunctions: fakeRuntime });
  await jest.isolateModulesAsync(async () => {
    await import('../../src/functions/functions');
  });
});
afterAll(() => {
  delete (globalThis as { CustomFunctions?: unknown }).CustomFunctions;
});

const tasks = [['ID', 'Name', 'Duration'], [1, 'Design', '5d'], [2, 'Build', 'abc']];
const settings = [['Setting', 'Value'], ['Project Start', '2026-03-02']];
const thrown = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error as FakeError;
  }
  throw new Error('expected an error value');
};

describe('PM custom functions', () => {
  it('registers every function on load', () => {
    expect([...registered.keys()].sort()).toEqual(['CHECK', 'CRITICALPATH', 'EVM', 'FINISH', 'LEVEL', 'LOADING', 'SCHEDULE', 'SCURVE']);
  });

  it('PM.CHECK spills the problems, at the rows of the sheet the table sits on', () => {
    const invocation = { parameterAddresses: ['Plan!A10:C12', '', '', '', 'Plan!F1:G2'] };
    const result = registered.get('CHECK')!(tasks, null, null, null, settings, invocation) as unknown[][];
    expect(result).toHaveLength(1);
    expect(result[0].slice(0, 4)).toEqual(['error', 'Tasks', 12, 'Duration']);
  });

  it('PM.CHECK says OK on a sound plan, with optional tables omitted', () => {
    const sound = tasks.slice(0, 2);
    expect(registered.get('CHECK')!(sound, undefined, undefined, undefined, settings)).toEqual([['OK']]);
  });

  it('bad arguments give #VALUE! saying what to mend', () => {
    const error = thrown(() => registered.get('CHECK')!([[1, 'Design', 5]]));
    expect(error).toBeInstanceOf(FakeError);
    expect(error.code).toBe('#VALUE!');
    expect(error.message).toContain('Tasks[#All]');
    expect(thrown(() => registered.get('SCHEDULE')!(tasks, null, null, 'next week')).message).toContain('"next week" is not a date');
  });

  it('a plan with errors gives an error value naming the row and column, never a number', () => {
    const invocation = { parameterAddresses: ['Plan!A10:C12', '', 'Plan!F1:G2', ''] };
    const error = thrown(() => registered.get('SCHEDULE')!(tasks, null, settings, null, invocation));
    expect(error).toBeInstanceOf(FakeError);
    expect(error.message).toMatch(/row 12/i);
    expect(error.message).toMatch(/Duration/);
  });

  it('PM.SCHEDULE spills a header and a row per task on a sound plan', () => {
    const result = registered.get('SCHEDULE')!(tasks.slice(0, 2), null, settings, null) as unknown[][];
    expect(result[0]).toEqual(['ID', 'Start', 'Finish', 'Late Start', 'Late Finish', 'Total Float', 'Free Float', 'Critical']);
    expect(result).toHaveLength(2);
  });
});
