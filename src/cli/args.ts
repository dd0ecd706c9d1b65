/** Command-line arguments → checked options. Anything malformed is a UsageError (exit 2). */
import { serialFromISO } from '../model/dates';
import type { Serial } from '../model/types';
import { PERIODS } from '../engine/loading';
import type { Period } from '../engine/types';
import { commandInfo, type CommandName, type OptionName } from './commandList';
import { UsageError } from './errors';

export interface CommandArgs {
  command: CommandName;
  file: string;
  json: boolean;
  statusDate: Serial | null;
  period: Period | null;
  output: string | null;
}

export type ParsedArgs =
  | { kind: 'help'; command: CommandName | null }
  | { kind: 'version' }
  | { kind: 'run'; args: CommandArgs };

const FLAGS: Record<string, OptionName> = {
  '--json': 'json',
  '--status-date': 'statusDate',
  '--period': 'period',
  '-o': 'output',
  '--output': 'output',
};


export function parseArgs(argv: readonly string[]): ParsedArgs {
  if (argv.length === 0) throw new UsageError('no command given.');
  const [first, ...rest] = argv;
  if (first === '-h' || first === '--help' || first === 'help') {
    const about = rest[0] ? commandInfo(rest[0]) : undefined;
    return { kind: 'help', command: about ? about.name : null };
  }
  if (first === '-v' || first === '--version') return { kind: 'version' };
  const info = commandInfo(first);
  if (!info) throw new UsageError(`unknown command '${first}'.`);
  if (rest.includes('-h') || rest.includes('--help')) return { kind: 'help', command: info.name };

  const args: CommandArgs = { command: info.name, file: '', json: false, statusDate: null, period: null, output: null };
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const token = rest[i];
    if (!token.startsWith('-') || token === '-') {
      files.push(token);
      continue;
    }
    const eq = token.indexOf('=');
    const flag = eq > 0 ? token.slice(0, eq) : token;
    const option = FLAGS[flag];
    if (!option || !info.options.includes(option)) {
      throw new UsageError(`'${flag}' is not an option of ${info.name}. Usage: cellpath ${info.synopsis}`);
    }
    if (option === 'json') {
      if (eq > 0) throw new UsageError('--json takes no value.');
      args.json = true;
      continue;
    }
    let value: string | undefined;
    if (eq > 0) value = token.slice(eq + 1);
    else value = rest[++i];
    if (value === undefined || value === '') throw new UsageError(`${flag} needs a value. Usage: cellpath ${info.synopsis}`);
    setValue(args, option, value);
  }
  if (files.length === 0) throw new UsageError(`${info.name} needs a workbook. Usage: cellpath ${info.synopsis}`);
  if (files.length > 1) throw new UsageError(`${info.name} reads one workbook, not ${files.length} (${files.join(', ')}).`);
  args.file = files[0];
  if (info.options.includes('output') && args.output === null) {
    throw new UsageError(`${info.name} needs an output file: -o <out.xlsx>. Usage: cellpath ${info.synopsis}`);
  }
  return { kind: 'run', args };
}

function setValue(args: CommandArgs, option: OptionName, value: string): void {
  if (option === 'statusDate') {
    const serial = /^\d{4}-\d{2}-\d{2}$/.test(value) ? serialFromISO(value) : null;
    if (serial === null) throw new UsageError(`--status-date '${value}' is not a date. Write it as YYYY-MM-DD, e.g. 2026-05-29.`);
    args.statusDate = serial;
  } else if (option === 'period') {
    const period = value.toLowerCase() as Period;
    if (!PERIODS.includes(period)) throw new UsageError(`--period '${value}' is not day, week or month.`);
    args.period = period;
  } else if (option === 'output') {
    args.output = value;
  }
}
