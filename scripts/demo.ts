/**
 * `npm run demo`: the command line on the sample plan, the way a project manager would use it:
 * check, schedule, earned value at the Status Date setting, loading and the status report.
 * Each step runs through the CLI's own `runCli`; a part not written yet is reported, not crashed on.
 */
import * as path from 'path';
import type { EvmJson } from '../src/cli/format/evmJson';
import type { IssueJson } from '../src/cli/format/issues';
import type { LoadingJson } from '../src/cli/format/loadingJson';
import type { ScheduleJson } from '../src/cli/format/scheduleJson';
import { plural } from '../src/cli/format/textTable';
import { runCli } from '../src/cli/main';

const ROOT = path.join(__dirname, '..');
const SAMPLE = path.relative(process.cwd(), path.join(ROOT, 'samples', 'office-relocation.xlsx')) || 'office-relocation.xlsx';
const REPORT = path.relative(process.cwd(), path.join(ROOT, 'out', 'office-relocation-report.xlsx'));

interface Step {
  code: number;
  stdout: string;
  stderr: string;
  seconds: number;
}

async function run(argv: string[]): Promise<Step> {
  const out: string[] = [];
  const err: string[] = [];
  const started = process.hrtime.bigint();
  const code = await runCli(argv, { io: { out: (t) => void out.push(t), err: (t) => void err.push(t) } });
  return { code, stdout: out.join('\n'), stderr: err.join('\n'), seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

/** The JSON a step printed, or why there is none. */
function outcome<T>(name: string, step: Step): { json: T } | { say: string } {
  if (/not available yet/.test(step.stderr)) return { say: 'not available yet' };
  if (step.code === 2) return { say: `failed: ${step.stderr.split('\n')[0]}` };
  try {
    return { json: JSON.parse(step.stdout) as T };
  } catch {
    return { say: `${name} printed no JSON` };
  }
}

const money = (n: number | null): string => (n === null ? '-' : n.toLocaleString('en-US', { maximumFractionDigits: 0 }));
const ratio = (n: number | null): string => (n === null ? '-' : n.toFixed(2));

function line(label: string, text: string, step: Step): void {
  console.log(`${label.padEnd(10)} ${text}  (${step.seconds.toFixed(2)} s)`);
}

function issuesText(issues: IssueJson[] | undefined): string {
  const list = issues ?? [];
  const errors = list.filter((i) => i.severity === 'error').length;
  return list.length === 0 ? 'no problems' : `${plural(errors, 'error')}, ${plural(list.length - errors, 'warning')}`;
}

async function main(): Promise<void> {
  console.log(`Cellpath demo on ${SAMPLE}\n`);

  const check = await run(['check', SAMPLE, '--json']);
  const c = outcome<{ issues: IssueJson[] }>('check', check);
  line('check', 'json' in c ? issuesText(c.json.issues) : c.say, check);

  const schedule = await run(['schedule', SAMPLE, '--json']);
  const s = outcome<ScheduleJson>('schedule', schedule);
  if ('json' in s) {
    const tasks = s.json.tasks ?? [];
    const critical = tasks.filter((t) => t.critical && !t.summary).length;
    line('schedule', `${s.json.project.start} to ${s.json.project.finish}; ${plural(critical, 'critical task')} of ${tasks.length}; ${issuesText(s.json.issues)}`, schedule);
  } else line('schedule', s.say, schedule);

  const evm = await run(['evm', SAMPLE, '--json']);
  const e = outcome<EvmJson>('evm', evm);
  if ('json' in e) {
    const v = e.json;
    line('evm', `at ${v.statusDate}: BAC ${money(v.bac)}, PV ${money(v.pv)}, EV ${money(v.ev)}, AC ${money(v.ac)}; SPI ${ratio(v.spi)}, CPI ${ratio(v.cpi)}; EAC ${money(v.eac)}; forecast finish ${v.forecastFinish ?? '-'}`, evm);
  } else line('evm', e.say, evm);

  const loading = await run(['loading', SAMPLE, '--period', 'week', '--json']);
  const l = outcome<LoadingJson>('loading', loading);
  if ('json' in l) {
    const over = l.json.resources
      .map((r) => ({ name: r.name, weeks: r.overallocated.filter(Boolean).length }))
      .filter((r) => r.weeks > 0)
      .map((r) => `${r.name} (${plural(r.weeks, 'week')})`);
    line('loading', `${plural(l.json.periods.length, 'week')}; over-allocated: ${over.length ? over.join(', ') : 'nobody'}`, loading);
  } else line('loading', l.say, loading);

  const report = await run(['report', SAMPLE, '-o', REPORT]);
  if (report.code !== 2) line('report', report.stdout.split('\n')[0].replace(/^Report w/, 'w'), report);
  else line('report', /not available yet/.test(report.stderr) ? 'not available yet' : `failed: ${report.stderr.split('\n')[0]}`, report);

  console.log(`\nTry it yourself: npx cellpath schedule ${SAMPLE}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
