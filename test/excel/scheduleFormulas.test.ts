import { insertScheduleFormula, insertScheduleValues, scheduleFormula } from '../../src/excel/scheduleFormulas';
import { createWorkbookHost } from '../host';
import { MAPPING, MONDAY, mappedHost, planHost } from './fixtures';

describe('scheduleFormula', () => {
  it('passes only the tables that exist, keeping argument positions', () => {
    expect(scheduleFormula({ tasks: 'Tasks', holidays: 'Holidays', settings: 'Settings' })).toBe('=PM.SCHEDULE(Tasks[#All], Holidays[#All], Settings[#All])');
    expect(scheduleFormula({ tasks: 'Tasks', settings: 'Settings' })).toBe('=PM.SCHEDULE(Tasks[#All], , Settings[#All])');
    expect(scheduleFormula({ tasks: 'Tasks' })).toBe('=PM.SCHEDULE(Tasks[#All])');
  });

  it('passes an input on a plain sheet as its range', () => {
    expect(scheduleFormula({ tasks: 'ProjectPlan', holidays: "'Days off'!$A$1:$B$9" })).toBe("=PM.SCHEDULE(ProjectPlan[#All], 'Days off'!$A$1:$B$9)");
  });
});

describe('insertScheduleFormula', () => {
  it('writes the formula two columns right of the Tasks table, in the header row, in three syncs', async () => {
    const host = planHost();
    const result = await insertScheduleFormula(host.requestContext());
    expect(result).toEqual({ ok: true, sheet: 'Plan', address: 'H1', message: 'Inserted =PM.SCHEDULE(Tasks[#All], Holidays[#All], settings[#All]) in Plan!H1.' });
    expect(host.syncCount).toBe(3);
    expect(host.cell('Plan', 'H1').formula).toBe('=PM.SCHEDULE(Tasks[#All], Holidays[#All], settings[#All])');
    expect(host.numberFormats('Plan', 'H1:O2')).toEqual([
      ['General', 'General', 'General', 'General', 'General', 'General', 'General', 'General'],
      ['General', 'yyyy-mm-dd', 'yyyy-mm-dd', 'yyyy-mm-dd', 'yyyy-mm-dd', 'General', 'General', 'General'],
    ]);
    expect(host.values('Plan', 'A1:F4')).toEqual(planHost().values('Plan', 'A1:F4'));
  });

  it('writes nothing when the cells it would spill into hold anything', async () => {
    const host = createWorkbookHost({
      sheets: [{ name: 'S', cells: [['ID', 'Name', null, null, null], [1, 'A', null, null, null], [2, 'B', null, null, 'typed']], tables: [{ name: 'Tasks', range: 'A1:B3' }] }],
    });
    const before = host.snapshot();
    const result = await insertScheduleFormula(host.requestContext());
    expect(result).toEqual({ ok: false, message: 'The schedule needs the empty cells D1:K3 on S, but E3 is not empty. Clear or move those cells, then try again.' });
    expect(host.snapshot()).toEqual(before);
    expect(host.syncCount).toBe(2);
    expect(Math.max(...host.syncs.map((s) => s.responseBytes))).toBeLessThan(500);
  });

  it('updates its own earlier formula rather than calling its spill area taken', async () => {
    const host = createWorkbookHost({
      sheets: [{ name: 'S', cells: [['ID', 'Name'], [1, 'A']], tables: [{ name: 'Tasks', range: 'A1:B2' }] }],
    });
    await insertScheduleFormula(host.requestContext());
    await host.run(async (context) => {
      context.workbook.worksheets.add('Holidays').tables.add('A1:A2', true).name = 'Holidays';
    });
    const result = await insertScheduleFormula(host.requestContext());
    expect(result).toMatchObject({ ok: true, address: 'D1', message: expect.stringMatching(/^Updated/) });
    expect(host.cell('S', 'D1').formula).toBe('=PM.SCHEDULE(Tasks[#All], Holidays[#All])');
  });

  it('says so when there is no Tasks table or no room beside it', async () => {
    const none = createWorkbookHost();
    expect(await insertScheduleFormula(none.requestContext())).toMatchObject({ ok: false, message: expect.stringMatching(/no Tasks table/) });
    const edge = createWorkbookHost({ sheets: [{ name: 'S', origin: 'XFB1', cells: [['ID', 'Name'], [1, 'A']], tables: [{ name: 'Tasks', range: 'XFB1:XFC2' }] }] });
    expect(await insertScheduleFormula(edge.requestContext())).toMatchObject({ ok: false, message: expect.stringMatching(/no room/) });
  });

  it('puts the block back when the write fails part-way', async () => {
    const host = planHost();
    const before = host.snapshot();
    host.failOn({ sync: 3, action: 1, after: true });
    await expect(insertScheduleFormula(host.requestContext())).rejects.toMatchObject({ code: 'GeneralException' });
    expect(host.snapshot()).toEqual(before);
  });

  it('puts back number formats someone gave the empty cells (one more sync to read them)', async () => {
    const host = planHost();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('Plan').getRange('J2:J4').numberFormat = [['0.00'], ['0.00'], ['0.00']];
    });
    host.resetCounters();
    const before = host.snapshot();
    host.failOn({ sync: 4, action: 1, after: true });
    await expect(insertScheduleFormula(host.requestContext())).rejects.toBeDefined();
    expect(host.snapshot()).toEqual(before);
    host.clearFailure();
    host.resetCounters();
    await insertScheduleFormula(host.requestContext());
    expect(host.syncCount).toBe(4);
    expect(host.numberFormats('Plan', 'J2:J4')).toEqual([['yyyy-mm-dd'], ['yyyy-mm-dd'], ['yyyy-mm-dd']]);
  });

  it('puts an earlier formula back when an update fails', async () => {
    const host = planHost();
    await insertScheduleFormula(host.requestContext());
    await host.run(async (context) => {
      context.workbook.tables.getItem('Holidays').name = 'Days';
    });
    const before = host.snapshot();
    host.resetCounters();
    host.failOn({ sync: 3, action: 0, after: true });
    await expect(insertScheduleFormula(host.requestContext())).rejects.toBeDefined();
    expect(host.snapshot()).toEqual(before);
  });
});

describe('insertScheduleValues', () => {
  const schedule = [
    ['ID', 'Start', 'Finish', 'Late Start', 'Late Finish', 'Total Float', 'Free Float', 'Critical'],
    ['1.10', MONDAY, MONDAY + 4, MONDAY, MONDAY + 4, 0, 0, true],
    ['=cmd', new Date(Date.UTC(2026, 2, 9)), MONDAY + 7, MONDAY + 8, MONDAY + 9, 1, 1, false],
  ];

  it('writes values with dates formatted, keeping text as text', async () => {
    const host = planHost();
    const result = await insertScheduleValues(host.requestContext(), schedule);
    expect(result).toMatchObject({ ok: true, sheet: 'Plan', address: 'H1:O3' });
    expect(host.syncCount).toBe(3);
    expect(host.values('Plan', 'H2:O3')).toEqual([
      ['1.10', MONDAY, MONDAY + 4, MONDAY, MONDAY + 4, 0, 0, true],
      ['=cmd', MONDAY + 7, MONDAY + 7, MONDAY + 8, MONDAY + 9, 1, 1, false],
    ]);
    expect(host.cell('Plan', 'H3').formula).toBeNull();
    expect(host.numberFormats('Plan', 'H2:O2')[0].slice(0, 6)).toEqual(['General', 'yyyy-mm-dd', 'yyyy-mm-dd', 'yyyy-mm-dd', 'yyyy-mm-dd', 'General']);
  });

  it('leaves nothing behind when the write fails part-way', async () => {
    const host = planHost();
    const before = host.snapshot();
    host.failOn({ sync: 3, action: 1, after: true });
    await expect(insertScheduleValues(host.requestContext(), schedule)).rejects.toBeDefined();
    expect(host.snapshot()).toEqual(before);
  });

  it('refuses to write over a note beside the table', async () => {
    const host = planHost();
    const wide = schedule.map((r) => [...r, 'x', 'y']);
    const before = host.snapshot();
    const result = await insertScheduleValues(host.requestContext(), wide);
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/but Q1:Q2 are not empty/) });
    expect(host.snapshot()).toEqual(before);
  });
});

describe('with a table mapping', () => {
  it('puts the formula beside the table chosen for Tasks, over the chosen tables', async () => {
    const host = mappedHost();
    const result = await insertScheduleFormula(host.requestContext(), MAPPING);
    expect(result).toEqual({ ok: true, sheet: 'Schedule', address: 'G1', message: 'Inserted =PM.SCHEDULE(ProjectPlan[#All], Days[#All], Options[#All]) in Schedule!G1.' });
    expect(host.syncCount).toBe(3);
    expect(host.cell('Schedule', 'G1').formula).toBe('=PM.SCHEDULE(ProjectPlan[#All], Days[#All], Options[#All])');
    expect(host.formulas('Chores')).toEqual([['Chore', 'Who'], ['Water plants', 'Alice']]);
  });

  it('updates that formula in place, and writes values beside the chosen table', async () => {
    const host = mappedHost();
    await insertScheduleFormula(host.requestContext(), MAPPING);
    expect(await insertScheduleFormula(host.requestContext(), MAPPING)).toMatchObject({ ok: true, address: 'G1', message: expect.stringMatching(/^Updated/) });
    const values = await insertScheduleValues(mappedHost().requestContext(), [['ID', 'Start'], [1, MONDAY]], { mapping: MAPPING });
    expect(values).toMatchObject({ ok: true, sheet: 'Schedule', address: 'G1:H2' });
  });

  it('passes Holidays kept on a plain sheet as the range it fills, and says so', async () => {
    const host = createWorkbookHost({
      sheets: [
        { name: 'Schedule', cells: [['ID', 'Name', 'Duration'], [1, 'A', 5]], tables: [{ name: 'ProjectPlan', range: 'A1:C2' }] },
        { name: 'Days off', cells: [['Date', 'Name'], [MONDAY, 'x'], [MONDAY + 1, 'y']] },
      ],
    });
    const result = await insertScheduleFormula(host.requestContext(), { Tasks: 'ProjectPlan', Holidays: 'Days off' });
    expect(host.syncCount).toBe(3);
    expect(host.cell('Schedule', 'E1').formula).toBe("=PM.SCHEDULE(ProjectPlan[#All], 'Days off'!$A$1:$B$3)");
    expect(result).toMatchObject({ ok: true, message: expect.stringMatching(/Holidays is passed as a fixed range: make it a table \(Ctrl\+T\)/) });
  });

  it('says what is missing: the chosen name, or a table to hold the tasks', async () => {
    const host = mappedHost();
    const before = host.snapshot();
    expect(await insertScheduleFormula(host.requestContext(), { Tasks: 'Plan2026' })).toEqual({
      ok: false,
      message: "There is no table or sheet named 'Plan2026', the one chosen for Tasks. Choose another in Settings, or rename it back.",
    });
    expect(host.snapshot()).toEqual(before);
    const plain = createWorkbookHost({ sheets: [{ name: 'Tasks', cells: [['ID', 'Name', 'Duration'], [1, 'A', 5]] }] });
    expect(await insertScheduleFormula(plain.requestContext())).toMatchObject({ ok: false, message: expect.stringMatching(/^The tasks on sheet 'Tasks' are not in an Excel table/) });
  });
});

