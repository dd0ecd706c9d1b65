/** The computing commands, run in-process with hand-made engine results: arguments in, contract JSON out. */
import * as fs from 'fs';
import * as path from 'path';
import type { Engines } from '../../src/cli/engines';
import { loadExport } from '../../src/cli/engines';
import { NotAvailable } from '../../src/cli/errors';
import type { ScheduleOptions } from '../../src/engine/types';
import type { ReportDescription } from '../../src/report/description';
import type { SampleWorkbook } from '../../samples/layout';
import { readWorkbook } from '../../src/cli/readWorkbook';
import { writeSample } from '../../samples/writeSample';
import { day, TINY, tinyEarnedValue, tinyLevel, tinyLoading, tinySchedule } from './fixtures';
import { BROKEN, cli, tempDir } from './helpers';

const dir = tempDir();
const TINY_FILE = path.join(dir, 'tiny.xlsx');
const NO_STATUS_FILE = path.join(dir, 'no-status.xlsx');

const sample = (title: string, settings: unknown[][]): SampleWorkbook => ({
  title,
  tables: { tasks: TINY.tasks.values, settings: settings as SampleWorkbook['tables']['settings'] },
  placements: [
    { key: 'tasks', name: 'Tasks', sheet: 'Tasks', origin: 'A1', asTable: true },
    { key: 'settings', name: 'Settings', sheet: 'Settings', origin: 'A1', asTable: true },
  ],
});

beforeAll(async () => {
  await writeSample(sample('tiny', TINY.settings!.values), TINY_FILE);
  await writeSample(sample('no-status', [['Setting', 'Value'], ['Project Start', '2026-03-02']]), NO_STATUS_FILE);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it('the tiny workbook reads back as the tiny plan', async () => {
  expect((await readWorkbook(TINY_FILE)).tasks?.values).toEqual(TINY.tasks.values);
});

describe('schedule', () => {
  it('prints the contract JSON and passes --status-date on', async () => {
    const calls: (ScheduleOptions | undefined)[] = [];
    const engines: Partial<Engines> = { schedule: (_m, options) => (calls.push(options), tinySchedule()) };
    const run = await cli(['schedule', TINY_FILE, '--json'], engines);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(Object.keys(json)).toEqual(['project', 'tasks', 'issues']);
    expect(json.tasks.map((t: { id: string }) => t.id)).toEqual(['1', '2', '3']);
    await cli(['schedule', TINY_FILE, '--json', '--status-date', '2026-03-04'], engines);
    expect(calls).toEqual([{}, { statusDate: day('2026-03-04') }]);
  });

  it('exits 1 when the engine finds an error, and still prints the schedule', async () => {
    const issue = { severity: 'error' as const, table: 'Tasks', row: 3, column: 'Predecessors', cell: 'D3', message: 'cannot be met.' };
    const run = await cli(['schedule', TINY_FILE, '--json'], { schedule: () => tinySchedule([issue]) });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).issues).toEqual([issue]);
  });

  it('lists the plan errors instead of scheduling a broken plan', async () => {
    const schedule = jest.fn();
    const run = await cli(['schedule', BROKEN, '--json'], { schedule });
    expect(run.code).toBe(1);
    expect(schedule).not.toHaveBeenCalled();
    const json = JSON.parse(run.stdout);
    expect(Object.keys(json)).toEqual(['issues']);
    expect(json.issues.some((i: { severity: string }) => i.severity === 'error')).toBe(true);
    const text = await cli(['schedule', BROKEN], { schedule });
    expect(text.stdout).toMatch(/mend the errors, then run schedule again/);
  });

  it('prints a readable table', async () => {
    const run = await cli(['schedule', TINY_FILE], { schedule: () => tinySchedule() });
    expect(run.stdout).toMatch(/2026-03-02 to 2026-03-03, 2 critical tasks/);
    expect(run.stdout).toMatch(/^2\s+ {2}Pack\s+2026-03-02\s+2026-03-03/m);
  });
});

describe('level', () => {
  it('prints the schedule with each task\'s leveling delay', async () => {
    const run = await cli(['level', TINY_FILE, '--json'], { level: () => tinyLevel() });
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.tasks.map((t: { levelingDelay: number }) => t.levelingDelay)).toEqual([0, 2, 0]);
    const text = await cli(['level', TINY_FILE], { level: () => tinyLevel() });
    expect(text.stdout).toMatch(/Leveled: 1 task delayed/);
  });
});

describe('evm', () => {
  const engines = (seen: number[]): Partial<Engines> => ({
    schedule: () => tinySchedule(),
    earnedValue: (_m, _s, statusDate) => (seen.push(statusDate), tinyEarnedValue(statusDate)),
  });

  it('uses --status-date, else the Status Date setting', async () => {
    const seen: number[] = [];
    const given = await cli(['evm', TINY_FILE, '--status-date', '2026-03-05', '--json'], engines(seen));
    const fromSettings = await cli(['evm', TINY_FILE, '--json'], engines(seen));
    expect([given.code, fromSettings.code]).toEqual([0, 0]);
    expect(seen).toEqual([day('2026-03-05'), day('2026-03-03')]);
    expect(JSON.parse(given.stdout).statusDate).toBe('2026-03-05');
  });

  it('is bad usage without any status date', async () => {
    const run = await cli(['evm', NO_STATUS_FILE], engines([]));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cellpath evm: needs a status date/);
  });

  it('reads as a short statement', async () => {
    const run = await cli(['evm', TINY_FILE], engines([]));
    expect(run.stdout).toMatch(/^Earned value at 2026-03-03/);
    expect(run.stdout).toMatch(/^SPI\s+0\.50/m);
    expect(run.stdout).toMatch(/^CPI\s+-/m);
  });
});

describe('loading', () => {
  it('defaults to weeks and passes --period on', async () => {
    const periods: string[] = [];
    const engines: Partial<Engines> = { schedule: () => tinySchedule(), loading: (_m, _s, period) => (periods.push(period), tinyLoading()) };
    const run = await cli(['loading', TINY_FILE, '--json'], engines);
    await cli(['loading', TINY_FILE, '--period', 'month'], engines);
    expect(run.code).toBe(0);
    expect(periods).toEqual(['week', 'month']);
    const text = await cli(['loading', TINY_FILE], engines);
    expect(text.stdout).toMatch(/^Bob\s+48\s+40\s+120%\s+2026-03-02$/m);
  });
});

describe('report', () => {
  it('hands the results to the report builder and writer', async () => {
    const written: string[] = [];
    const out = path.join(dir, 'reports', 'status.xlsx');
    const run = await cli(['report', TINY_FILE, '-o', out], {
      schedule: () => tinySchedule(),
      earnedValue: () => tinyEarnedValue(),
      loading: () => tinyLoading(),
      buildReport: (model, results, options) =>
        ({ sheets: [`${model.tasks.length} tasks`, results.earnedValue.statusDate, options?.input?.tasks.origin] }) as unknown as ReportDescription,
      writeReportWorkbook: async (input, report) => {
        written.push(input.worksheets.map((w) => w.name).join(','), JSON.stringify(report));
        return { sheets: ['Status', 'Gantt'], notes: ['charts left out'], buffer: Buffer.from('xlsx bytes') };
      },
    });
    expect(run.code).toBe(0);
    // The input tables go along, so the report's figures can be formulas over them.
    // The workbook as the command read it (read once), and the description built from it.
    expect(written[0].split(',')).toEqual(expect.arrayContaining(['Tasks', 'Settings']));
    expect(written[1]).toBe(`{"sheets":["3 tasks",${day('2026-03-03')},"A1"]}`);
    expect(fs.readFileSync(out, 'utf8')).toBe('xlsx bytes');
    expect(run.stdout).toMatch(/Report written to .*status\.xlsx: sheets Status, Gantt added/);
    expect(run.stdout).toMatch(/^Note: charts left out$/m);
  });

  it('is bad usage without any status date, as evm is, and writes nothing', async () => {
    const out = path.join(dir, 'no-status-report.xlsx');
    const run = await cli(['report', NO_STATUS_FILE, '-o', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cellpath report: needs a status date/);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('never writes over the input, and wants an .xlsx', async () => {
    expect((await cli(['report', TINY_FILE, '-o', TINY_FILE])).code).toBe(2);
    const run = await cli(['report', TINY_FILE, '-o', path.join(dir, 'report.csv')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/\.xlsx/);
  });
});

describe('parts not written yet, and faults', () => {
  it('say "not available yet" and exit 2', async () => {
    const missing = () => {
      throw new NotAvailable('schedule', 'no module');
    };
    const run = await cli(['schedule', TINY_FILE], { schedule: missing });
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'cellpath schedule: not available yet' });
    expect(() => loadExport('./no-such-engine', 'x', 'x')).toThrow(NotAvailable);
  });

  it('report a fault of Cellpath itself as an internal error, exit 2', async () => {
    const run = await cli(['schedule', TINY_FILE], {
      schedule: () => {
        throw new Error('boom');
      },
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('cellpath schedule: internal error: boom');
  });
});
