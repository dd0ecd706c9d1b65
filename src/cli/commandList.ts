/**
 * The sub-commands, their options and one-line help (contract §4). Kept apart from the command
 * code so `cellpath --help` loads nothing heavy.
 */

export type OptionName = 'json' | 'statusDate' | 'period' | 'output';

export interface CommandInfo {
  name: CommandName;
  synopsis: string;
  summary: string;
  options: readonly OptionName[];
}

export type CommandName = 'check' | 'schedule' | 'level' | 'evm' | 'loading' | 'report';

const COMMANDS: readonly CommandInfo[] = [
  { name: 'check', synopsis: 'check <in.xlsx> [--json]', summary: 'List every problem in the plan, at its cell.', options: ['json'] },
  {
    name: 'schedule',
    synopsis: 'schedule <in.xlsx> [--status-date YYYY-MM-DD] [--json]',
    summary: 'Critical-path schedule: dates, float and the critical tasks.',
    options: ['json', 'statusDate'],
  },
  { name: 'level', synopsis: 'level <in.xlsx> [--json]', summary: 'Delay tasks so no resource is over its capacity.', options: ['json'] },
  {
    name: 'evm',
    synopsis: 'evm <in.xlsx> --status-date YYYY-MM-DD [--json]',
    summary: 'Earned value at the status date (default: the Status Date setting).',
    options: ['json', 'statusDate'],
  },
  {
    name: 'loading',
    synopsis: 'loading <in.xlsx> [--period day|week|month] [--json]',
    summary: 'Hours of work against capacity per resource and period (default: week).',
    options: ['json', 'period'],
  },
  {
    name: 'report',
    synopsis: 'report <in.xlsx> [--status-date YYYY-MM-DD] -o <out.xlsx>',
    summary: 'Write a copy of the workbook with status report sheets added.',
    options: ['statusDate', 'output'],
  },
];

export function commandInfo(name: string): CommandInfo | undefined {
  return COMMANDS.find((c) => c.name === name);
}

export function usageText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.synopsis.length));
  return [
    'Usage: cellpath <command> <in.xlsx> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.synopsis.padEnd(width)}  ${c.summary}`),
    '',
    'Options:',
    '  --json                     print JSON instead of a readable table',
    '  --status-date YYYY-MM-DD   the data date for progress and earned value',
    '  --period day|week|month    loading periods',
    '  -o, --output <out.xlsx>    where the report workbook goes (never the input file)',
    '  -h, --help                 this help',
    '  -v, --version              the version',
    '',
    'The input workbook is only read, never changed.',
    'Exit status: 0 done (warnings allowed), 1 the workbook has errors, 2 bad usage or unreadable file.',
  ].join('\n');
}
