import { cellValue, choiceArgument, dateArgument, dateOfCell, isOmitted, locateRange, requiredTable, tableArgument } from '../../src/functions/arguments';
import { serialFromISO } from '../../src/model/dates';

describe('arguments', () => {
  it('treats null, undefined and all-blank ranges as omitted', () => {
    expect(isOmitted(null)).toBe(true);
    expect(isOmitted(undefined)).toBe(true);
    expect(isOmitted([['', ''], ['', null]])).toBe(true);
    expect(isOmitted([['', 'x']])).toBe(false);
    expect(isOmitted(0)).toBe(false);
  });

  it('reads a range with its header row as a table, blanks as null', () => {
    const t = tableArgument([['ID', 'Name', 'Duration'], [1, 'Design', ''], [2, 'Build', '3d']], 'Tasks', "'My plan'!$B$3:$D$5");
    expect(t).toEqual({
      ok: true,
      value: { values: [['ID', 'Name', 'Duration'], [1, 'Design', null], [2, 'Build', '3d']], sheet: 'My plan', origin: 'B3' },
    });
  });

  it('says so when the header row is missing (a table passed without [#All])', () => {
    const t = tableArgument([[1, 'Design', 5]], 'Tasks');
    expect(t.ok).toBe(false);
    if (!t.ok) expect(t.failure).toMatchObject({ kind: 'argument', message: expect.stringContaining('Tasks[#All]') });
  });

  it('requires the tables a function cannot do without', () => {
    expect(tableArgument(null, 'Holidays')).toEqual({ ok: true, value: undefined });
    const missing = requiredTable([['']], 'Resources');
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.failure).toMatchObject({ message: expect.stringContaining('Resources[#All]') });
  });

  it('reads rich values by their basic value and errors as errors', () => {
    expect(cellValue({ type: 'Double', basicValue: 46083, numberFormat: 'yyyy-mm-dd' })).toBe(46083);
    expect(cellValue({ type: 'Error', basicValue: '#N/A' })).toEqual({ error: '#N/A' });
    expect(cellValue('')).toBeNull();
  });

  it('finds the sheet and top-left cell of an address', () => {
    expect(locateRange('Sheet1!A1:H20')).toEqual({ sheet: 'Sheet1', origin: 'A1' });
    expect(locateRange("'Bob''s plan'!C4:D9")).toEqual({ sheet: "Bob's plan", origin: 'C4' });
    expect(locateRange('Tasks!A:H')).toEqual({ sheet: 'Tasks', origin: 'A1' });
    expect(locateRange(undefined)).toEqual({});
  });

  it('reads a status date as a serial, ISO text or a one-cell range', () => {
    const serial = serialFromISO('2026-03-31');
    expect(dateArgument(46112.75, 'statusDate')).toEqual({ ok: true, value: 46112 });
    expect(dateArgument('2026-03-31', 'statusDate')).toEqual({ ok: true, value: serial });
    expect(dateArgument([['2026-03-31']], 'statusDate')).toEqual({ ok: true, value: serial });
    expect(dateArgument(null, 'statusDate')).toEqual({ ok: true, value: null });
    expect(dateArgument('', 'statusDate')).toEqual({ ok: true, value: null });
    const bad = dateArgument('31/02/2026', 'statusDate');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.failure.kind === 'argument' && bad.failure.message).toContain('"31/02/2026" is not a date');
    expect(dateArgument(-3, 'statusDate').ok).toBe(false);
  });

  it('reads a date cell the same way for a status date and for a column of dates (PM.SCURVE)', () => {
    expect(dateOfCell(46112.75)).toBe(46112);
    expect(dateOfCell('2026-03-31')).toBe(46112);
    expect(dateOfCell(new Date(Date.UTC(2026, 2, 31)))).toBe(46112);
    expect(dateOfCell('31/02/2026')).toBeUndefined();
    expect(dateOfCell(0)).toBeUndefined();
    expect(dateOfCell(true)).toBeUndefined();
  });

  it('reads a choice case-insensitively, with a fallback when omitted', () => {
    const periods = ['day', 'week', 'month'] as const;
    expect(choiceArgument('Month', 'period', periods, 'week')).toEqual({ ok: true, value: 'month' });
    expect(choiceArgument(null, 'period', periods, 'week')).toEqual({ ok: true, value: 'week' });
    expect(choiceArgument('fortnight', 'period', periods, 'week').ok).toBe(false);
  });
});
