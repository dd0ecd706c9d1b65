import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { Workbook } from 'exceljs';
import { UnreadableWorkbook } from '../../src/cli/errors';
import { readWorkbook } from '../../src/cli/readWorkbook';
import { brokenPlan } from '../../samples/brokenPlan';
import { officeRelocation } from '../../samples/officeRelocation';
import { BROKEN, SAMPLE, tempDir } from './helpers';

const digest = (file: string): string => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('readWorkbook on the samples', () => {
  it('reads every Excel table of the sample plan as the plan defines it, and leaves the file alone', async () => {
    const before = digest(SAMPLE);
    const found = await readWorkbook(SAMPLE);
    expect(digest(SAMPLE)).toBe(before);
    for (const key of ['tasks', 'resources', 'holidays', 'actuals', 'settings'] as const) {
      expect(found[key]?.values).toEqual(officeRelocation.tables[key]);
    }
    expect(found.actuals).toMatchObject({ sheet: 'Cost Ledger', origin: 'A1' });
    expect(found.settings).toMatchObject({ sheet: 'Settings', origin: 'B2' });
  });

  it('falls back to sheets named after the tables, with the header wherever the used range starts', async () => {
    const found = await readWorkbook(BROKEN);
    expect(found.tasks).toMatchObject({ sheet: 'Tasks', origin: 'B3' });
    expect(found.tasks?.values).toEqual(brokenPlan.tables.tasks);
    expect(found.resources).toMatchObject({ sheet: 'Team', origin: 'C4' });
    expect(found.holidays?.values).toEqual(brokenPlan.tables.holidays);
    expect(found.settings?.values[0]).toEqual(['Setting', 'Value']);
  });
});

describe('readWorkbook on hand-made workbooks', () => {
  const dir = tempDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function save(name: string, build: (wb: Workbook) => void): Promise<string> {
    const wb = new Workbook();
    build(wb);
    const file = path.join(dir, name);
    await wb.xlsx.writeFile(file);
    return file;
  }

  it('finds tables by name in any case, prefers a table to a sheet, and drops a totals row', async () => {
    const file = await save('tables.xlsx', (wb) => {
      wb.addWorksheet('Tasks').getCell('A1').value = 'not the task table';
      wb.addWorksheet('Plan').addTable({
        name: 'TASKS', ref: 'C5', totalsRow: true,
        columns: [{ name: 'ID', totalsRowLabel: 'Total' }, { name: 'Name' }, { name: 'Duration', totalsRowFunction: 'sum' }],
        rows: [[1, 'Kickoff', 1], [2, 'Brief', 3]],
      });
    });
    const found = await readWorkbook(file);
    expect(found.tasks).toEqual({ values: [['ID', 'Name', 'Duration'], [1, 'Kickoff', 1], [2, 'Brief', 3]], sheet: 'Plan', origin: 'C5' });
    expect(found.resources).toBeUndefined();
  });

  it('translates formulas, rich text, hyperlinks, errors and dates', async () => {
    const file = await save('values.xlsx', (wb) => {
      const ws = wb.addWorksheet('tasks');
      ws.getRow(2).values = [undefined, 'ID', 'Name', 'Start', 'Duration', 'Notes'] as never;
      ws.getRow(3).values = [
        undefined, 1, { richText: [{ text: 'Move ' }, { text: 'day', font: { bold: true } }] }, new Date(Date.UTC(2026, 8, 11)),
        { formula: '2*2', result: 4 }, { text: 'spec', hyperlink: 'https://example.com' },
      ] as never;
      ws.getRow(4).values = [undefined, 2, 'Broken', { error: '#N/A' }, null, null] as never;
      ws.getCell('B3').numFmt = 'General';
    });
    const found = await readWorkbook(file);
    // The array's first slot is column A, left empty: the table starts at B2.
    expect(found.tasks?.origin).toBe('B2');
    expect(found.tasks?.values).toEqual([
      ['ID', 'Name', 'Start', 'Duration', 'Notes'],
      [1, 'Move day', new Date(Date.UTC(2026, 8, 11)), 4, 'spec'],
      [2, 'Broken', { error: '#N/A' }, null, null],
    ]);
  });

  it('reads dates right in a workbook that uses the 1904 date system', async () => {
    const file = await save('1904.xlsx', (wb) => {
      wb.properties.date1904 = true;
      const ws = wb.addWorksheet('Settings');
      ws.addRow(['Setting', 'Value']);
      ws.addRow(['Project Start', new Date(Date.UTC(2026, 2, 2))]);
    });
    const found = await readWorkbook(file);
    expect(found.settings?.values[1]).toEqual(['Project Start', new Date(Date.UTC(2026, 2, 2))]);
  });

  it('takes the sheets of a Microsoft Project export when nothing is named Tasks', async () => {
    const file = await save('project-export.xlsx', (wb) => {
      wb.addWorksheet('Task_Table1').addRows([['ID', 'Name', 'Duration'], [1, 'Kickoff', '1 day']]);
      wb.addWorksheet('Resource_Table1').addRows([['Name', 'Max Units'], ['Bob', 1]]);
    });
    const found = await readWorkbook(file);
    expect(found.tasks).toMatchObject({ sheet: 'Task_Table1', origin: 'A1', values: [['ID', 'Name', 'Duration'], [1, 'Kickoff', '1 day']] });
    expect(found.resources?.sheet).toBe('Resource_Table1');
  });

  it('reports no tasks for a workbook without a Tasks table', async () => {
    const file = await save('empty.xlsx', (wb) => void wb.addWorksheet('Notes').addRow(['hello']));
    expect((await readWorkbook(file)).tasks).toBeUndefined();
  });

  it('refuses missing files, folders and files that are not workbooks', async () => {
    await expect(readWorkbook(path.join(dir, 'nope.xlsx'))).rejects.toThrow(UnreadableWorkbook);
    await expect(readWorkbook(dir)).rejects.toThrow(/folder/);
    const text = path.join(dir, 'plan.xlsx');
    fs.writeFileSync(text, 'ID,Name\n1,Kickoff\n');
    await expect(readWorkbook(text)).rejects.toThrow(/not an .xlsx workbook/);
  });
});
