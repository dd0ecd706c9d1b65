import { parseArgs } from '../../src/cli/args';
import { UsageError } from '../../src/cli/errors';
import { serialFromISO } from '../../src/model/dates';

const run = (argv: string[]) => {
  const parsed = parseArgs(argv);
  if (parsed.kind !== 'run') throw new Error(`expected a run, got ${parsed.kind}`);
  return parsed.args;
};

describe('parseArgs', () => {
  it('reads a command, its file and options in any order', () => {
    expect(run(['schedule', '--json', 'plan.xlsx', '--status-date', '2026-06-30'])).toEqual({
      command: 'schedule', file: 'plan.xlsx', json: true, statusDate: serialFromISO('2026-06-30'), period: null, output: null,
    });
    expect(run(['loading', 'plan.xlsx', '--period=month']).period).toBe('month');
    expect(run(['report', 'in.xlsx', '-o', 'out.xlsx']).output).toBe('out.xlsx');
    expect(run(['report', 'in.xlsx', '--output=out.xlsx']).output).toBe('out.xlsx');
  });

  it('answers help and version', () => {
    expect(parseArgs(['--help'])).toEqual({ kind: 'help', command: null });
    expect(parseArgs(['help', 'evm'])).toEqual({ kind: 'help', command: 'evm' });
    expect(parseArgs(['check', '-h'])).toEqual({ kind: 'help', command: 'check' });
    expect(parseArgs(['--version'])).toEqual({ kind: 'version' });
  });

  it.each([
    [[]],
    [['frobnicate', 'a.xlsx']],
    [['check']],
    [['check', 'a.xlsx', 'b.xlsx']],
    [['check', 'a.xlsx', '--status-date', '2026-06-30']],
    [['schedule', 'a.xlsx', '--status-date']],
    [['schedule', 'a.xlsx', '--status-date', '30/06/2026']],
    [['schedule', 'a.xlsx', '--status-date', '2026-02-30']],
    [['loading', 'a.xlsx', '--period', 'fortnight']],
    [['report', 'a.xlsx']],
    [['check', 'a.xlsx', '--json=yes']],
    [['level', 'a.xlsx', '--verbose']],
  ])('rejects %j as bad usage', (argv) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
  });
});
