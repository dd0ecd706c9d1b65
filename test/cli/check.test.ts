import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { Workbook } from 'exceljs';
import { BROKEN_ROWS } from '../../samples/brokenPlan';
import { BROKEN, cli, ROOT, SAMPLE, tempDir } from './helpers';

interface IssueOut {
  severity: string;
  table: string;
  row: number | null;
  column: string | null;
  cell: string | null;
  message: string;
}

describe('cellpath check', () => {
  it('passes the sample plan: exit 0 and no errors', async () => {
    const run = await cli(['check', SAMPLE, '--json']);
    expect(run.code).toBe(0);
    const { issues } = JSON.parse(run.stdout) as { issues: IssueOut[] };
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('lists every mistake of the broken plan at its cell and exits 1', async () => {
    const run = await cli(['check', BROKEN, '--json']);
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout) as { issues: IssueOut[] };
    expect(Object.keys(json)).toEqual(['issues']);
    for (const issue of json.issues) {
      expect(Object.keys(issue)).toEqual(['severity', 'table', 'row', 'column', 'cell', 'message']);
      expect(['error', 'warning']).toContain(issue.severity);
      expect(issue.message.length).toBeGreaterThan(10);
    }
    const at = (row: number) => json.issues.filter((i) => i.table === 'Tasks' && i.row === row);
    for (const [mistake, row] of Object.entries(BROKEN_ROWS)) {
      // A loop may be reported once, on any of its rows.
      const found = ([] as number[]).concat(row).flatMap(at);
      expect({ mistake, found: found.length > 0 }).toEqual({ mistake, found: true });
    }
    // The header sits at B3, so the ID column is B and Duration is D.
    expect(at(BROKEN_ROWS.duplicateId)[0]).toMatchObject({ severity: 'error', column: 'ID', cell: `B${BROKEN_ROWS.duplicateId}` });
    expect(at(BROKEN_ROWS.badDuration)[0]).toMatchObject({ severity: 'error', column: 'Duration', cell: `D${BROKEN_ROWS.badDuration}` });
    expect(at(BROKEN_ROWS.percentOver100)[0]).toMatchObject({ column: '% Complete' });
    expect(json.issues.some((i) => i.table === 'Resources' && i.severity === 'error')).toBe(true);
    expect(json.issues.some((i) => i.table === 'Settings' && i.severity === 'error')).toBe(true);
  });

  it('prints a readable list: cell, severity, table, column and message', async () => {
    const run = await cli(['check', BROKEN]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/broken-plan\.xlsx: \d+ tasks, .*; \d+ errors, \d+ warnings?\./);
    expect(run.stdout).toMatch(/^D8\s+error\s+Tasks\s+Duration: .*five days/m);
    expect(run.stdout).toMatch(/^Team!C7\s+error\s+Resources\s+Name: /m);
    const sample = await cli(['check', SAMPLE]);
    expect(sample.stdout).toMatch(/98 tasks, 12 resources, 6 holidays, 102 cost entries; no problems\./);
  });

  it('treats a workbook without a Tasks table as a workbook error (exit 1)', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'notes.xlsx');
    const wb = new Workbook();
    wb.addWorksheet('Notes').addRow(['just notes']);
    await wb.xlsx.writeFile(file);
    const run = await cli(['check', file, '--json']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).issues[0]).toMatchObject({ severity: 'error', table: 'Tasks', cell: null });
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('exits 2 with a message on stderr for bad usage and unreadable files', async () => {
    for (const argv of [['check'], ['check', SAMPLE, '--period', 'week'], ['nonsense', SAMPLE], []]) {
      const run = await cli(argv);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^cellpath: /);
    }
    const missing = await cli(['check', path.join(ROOT, 'no-such-plan.xlsx')]);
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toMatch(/cannot find/);
    const notXlsx = await cli(['check', path.join(ROOT, 'package.json')]);
    expect(notXlsx.code).toBe(2);
    expect(notXlsx.stderr).toMatch(/not an .xlsx workbook/);
  });

  it('shows help on stdout with exit 0', async () => {
    const run = await cli(['--help']);
    expect(run.code).toBe(0);
    for (const command of ['check', 'schedule', 'level', 'evm', 'loading', 'report']) expect(run.stdout).toContain(`${command} <in.xlsx>`);
  });
});

describe('bin/cellpath.js', () => {
  const bin = path.join(ROOT, 'bin', 'cellpath.js');

  it('runs check as a real process, with exit status 1 on the broken plan', () => {
    const run = spawnSync(process.execPath, [bin, 'check', BROKEN, '--json'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout) as { issues: IssueOut[] };
    expect(json.issues.length).toBeGreaterThan(10);
  }, 60_000);

  it('exits 2 on bad usage as a real process', () => {
    const run = spawnSync(process.execPath, [bin, 'evm'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/evm needs a workbook/);
  }, 60_000);
});
