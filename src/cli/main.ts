/**
 * `cellpath`: the command line (contract §4). `runCli` does the work and returns the exit status,
 * so tests and the demo call it in-process; `main` is what bin/cellpath.js runs.
 */
import { version } from '../../package.json';
import { parseArgs, type CommandArgs } from './args';
import { commandInfo, usageText, type CommandName } from './commandList';
import { makeContext, processIO, type CliContext, type CliIO } from './context';
import { loadExport, type Engines } from './engines';
import { NotAvailable, UnreadableWorkbook, UsageError } from './errors';

type CommandRun = (args: CommandArgs, ctx: CliContext) => Promise<number>;

// Loaded on demand: `--help` must not pay for ExcelJS.
const COMMAND_CODE: Record<CommandName, [module: string, name: string]> = {
  check: ['./commands/check', 'check'],
  schedule: ['./commands/schedule', 'scheduleCommand'],
  level: ['./commands/level', 'levelCommand'],
  evm: ['./commands/evm', 'evmCommand'],
  loading: ['./commands/loading', 'loadingCommand'],
  report: ['./commands/report', 'reportCommand'],
};

export interface RunOptions {
  io?: CliIO;
  /** Engine functions to use instead of loading them (tests). */
  engines?: Partial<Engines>;
}

export async function runCli(argv: readonly string[], options: RunOptions = {}): Promise<number> {
  const io = options.io ?? processIO;
  let parsed;
  try {
    parsed = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`cellpath: ${error.message}`);
    io.err("Run 'cellpath --help' for usage.");
    return 2;
  }
  if (parsed.kind === 'help') {
    const info = parsed.command ? commandInfo(parsed.command) : undefined;
    io.out(info ? `Usage: cellpath ${info.synopsis}\n\n${info.summary}` : usageText());
    return 0;
  }
  if (parsed.kind === 'version') {
    io.out(version);
    return 0;
  }
  const { args } = parsed;
  try {
    const [module, name] = COMMAND_CODE[args.command];
    const run = loadExport<CommandRun>(module, name, args.command);
    return await run(args, makeContext(io, options.engines));
  } catch (error) {
    return failure(args.command, error, io);
  }
}

function failure(command: CommandName, error: unknown, io: CliIO): number {
  if (error instanceof NotAvailable) {
    io.err(`cellpath ${command}: not available yet`);
    if (process.env.CELLPATH_DEBUG) io.err(error.detail);
  } else if (error instanceof UsageError || error instanceof UnreadableWorkbook) {
    io.err(`cellpath ${command}: ${error.message}`);
  } else {
    // A fault of Cellpath, not of the workbook: say so plainly and keep the details.
    io.err(`cellpath ${command}: internal error: ${(error as Error)?.message ?? String(error)}`);
    if (process.env.CELLPATH_DEBUG) io.err(String((error as Error)?.stack ?? ''));
  }
  return 2;
}

/** Runs the command line and sets the process exit status (letting output drain first). */
export function main(argv: readonly string[]): void {
  // `cellpath schedule plan.xlsx | head` closes the pipe early: that is not a failure.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  runCli(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`cellpath: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
