import { parseDuration } from '../../src/model/parse/duration';
import { parseLinks } from '../../src/model/parse/links';
import { parseShare } from '../../src/model/parse/percent';
import { parseAssignments } from '../../src/model/parse/assignments';
import { parseConstraintType } from '../../src/model/parse/constraint';
import { parseWorkWeek } from '../../src/model/parse/workWeek';
import { cellDate, cellError, cellNumber, isBlank } from '../../src/model/parse/cells';
import { columnLetter, parseA1 } from '../../src/model/a1';
import { isoFromSerial, serialFromISO } from '../../src/model/dates';

const rules = { hoursPerDay: 8, daysPerWeek: 5, daysPerMonth: 20 };
const days = (text: string) => {
  const r = parseDuration(text, rules);
  return r.ok ? r.days : r.reason;
};

describe('durations as Microsoft Project writes them', () => {
  it.each([
    ['5', 5], ['5d', 5], ['5 days', 5], ['5 Days', 5], ['  5 days ', 5], ['2w', 10], ['2 wks', 10],
    ['4h', 0.5], ['30m', 30 / 480], ['1mo', 20], ['0d', 0], ['0', 0], ['3 days?', 3], ['1.5d', 1.5], ['2 weeks', 10],
  ])('%s is %d working days', (text, expected) => expect(days(text)).toBeCloseTo(expected as number, 9));

  it('marks estimated durations', () => expect(parseDuration('3 days?', rules)).toEqual({ ok: true, days: 3, estimated: true }));
  it('follows Settings for hours per day and days per week', () => {
    expect(parseDuration('12h', { ...rules, hoursPerDay: 6 })).toMatchObject({ days: 2 });
    expect(parseDuration('1w', { ...rules, daysPerWeek: 6 })).toMatchObject({ days: 6 });
  });
  it.each(['x5', '5x', '', 'five', '5 ed', '-3d', '5d5'])('rejects %p', (text) => expect(parseDuration(text, rules).ok).toBe(false));
});

describe('predecessor text', () => {
  const links = (text: string) => parseLinks(text, rules).map((p) => (p.ok ? p.link : p.reason));
  it('reads every link type and lag form', () => {
    expect(links('3, 3FS, 3SS+2d; 7FF-1, 4SF+3 days, 5FS+50%, 6 ss + 1w, 8FS-4h')).toEqual([
      expect.objectContaining({ id: '3', type: 'FS', lagDays: 0 }),
      expect.objectContaining({ id: '3', type: 'FS', lagDays: 0 }),
      expect.objectContaining({ id: '3', type: 'SS', lagDays: 2 }),
      expect.objectContaining({ id: '7', type: 'FF', lagDays: -1 }),
      expect.objectContaining({ id: '4', type: 'SF', lagDays: 3 }),
      expect.objectContaining({ id: '5', type: 'FS', lagDays: null, lagShare: 0.5 }),
      expect.objectContaining({ id: '6', type: 'SS', lagDays: 5 }),
      expect.objectContaining({ id: '8', type: 'FS', lagDays: -0.5 }),
    ]);
  });
  it('normalises numeric IDs stored as text or decimals', () => expect(links('03.0, 12')).toEqual([expect.objectContaining({ id: '3' }), expect.objectContaining({ id: '12' })]));
  it('keeps text IDs', () => expect(links('A1SS')).toEqual([expect.objectContaining({ id: 'A1', type: 'SS' })]));
  it('reports unreadable links', () => expect(links('3FS+2x, 4 5')).toEqual([expect.stringContaining('unknown lag unit'), 'is not a link']));
  it('ignores empty parts and trailing separators', () => expect(links(' 3, , 4; ')).toHaveLength(2));
});

describe('percentages in every form', () => {
  it.each([[0.5, 0.5], ['50%', 0.5], ['50', 0.5], [50, 0.5], [1, 1], ['100%', 1], [0, 0], ['0', 0], [' 75 % ', 0.75], ['12.5%', 0.125]])('%p is %p', (value, share) =>
    expect(parseShare(value)).toBeCloseTo(share, 9));
  it.each(['half', '', null, true, { error: '#N/A' }])('%p is unreadable', (value) => expect(parseShare(value as never)).toBeNull());
});

describe('resource names with units', () => {
  it('reads units as a percentage or a count', () =>
    expect(parseAssignments('Alice, Bob[50%], Crane[2]; Cement[20 tons]')).toEqual([
      { name: 'Alice', units: 1, badUnits: null },
      { name: 'Bob', units: 0.5, badUnits: null },
      { name: 'Crane', units: 2, badUnits: null },
      { name: 'Cement', units: 20, badUnits: null },
    ]));
  it('keeps names with spaces, and does not split on a comma inside brackets', () =>
    expect(parseAssignments('Ann Lee[1,5], IT Team')).toEqual([{ name: 'Ann Lee', units: 1, badUnits: '1,5' }, { name: 'IT Team', units: 1, badUnits: null }]));
  it('flags unreadable units', () => expect(parseAssignments('Bob[lots]')[0].badUnits).toBe('lots'));
});

describe('constraint names', () => {
  it.each([['SNET', 'SNET'], ['snet', 'SNET'], ['Start No Earlier Than', 'SNET'], ['must  finish on', 'MFO'], ['As Late As Possible', 'ALAP'], ['soon', null]])('%s → %s', (text, type) =>
    expect(parseConstraintType(text)).toBe(type));
});

describe('work weeks', () => {
  const names = (w: boolean[] | null) => w && ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].filter((_, i) => w[i]).join(',');
  it.each([['Mon-Fri', 'Mon,Tue,Wed,Thu,Fri'], ['Mon-Sat', 'Mon,Tue,Wed,Thu,Fri,Sat'], ['Sun-Thu', 'Sun,Mon,Tue,Wed,Thu'], ['Mon-Sun', 'Sun,Mon,Tue,Wed,Thu,Fri,Sat'], ['Fri-Mon', 'Sun,Mon,Fri,Sat'], ['Monday, Wednesday', 'Mon,Wed'], ['Mon-Thu, Sat', 'Mon,Tue,Wed,Thu,Sat']])('%s', (text, days) =>
    expect(names(parseWorkWeek(text))).toBe(days));
  it.each(['', 'weekdays', 'Mon-Xyz'])('rejects %p', (text) => expect(parseWorkWeek(text)).toBeNull());
});

describe('cells as real workbooks hold them', () => {
  it('reads numbers stored as text, with separators and currency', () => {
    expect(cellNumber(' 42 ')).toBe(42);
    expect(cellNumber('1,250.50')).toBe(1250.5);
    expect(cellNumber('$1,250')).toBe(1250);
    expect(cellNumber('(300)')).toBe(-300);
    expect(cellNumber('12abc')).toBeNull();
    expect(cellNumber(Number.NaN)).toBeNull();
  });
  it('recognises error values in both forms', () => {
    expect(cellError({ error: '#N/A' })).toBe('#N/A');
    expect(cellError('#DIV/0!')).toBe('#DIV/0!');
    expect(cellError('#hashtag')).toBeNull();
  });
  it('treats blank strings as blank', () => expect([null, undefined, '', '   '].every((v) => isBlank(v))).toBe(true));
  it('reads dates as serials, ISO text, numeric text and Date objects', () => {
    expect(cellDate(46112)).toBe(46112);
    expect(cellDate(46112.75)).toBe(46112);
    expect(cellDate('2026-03-31')).toBe(46112);
    expect(cellDate('46112')).toBe(46112);
    expect(cellDate(new Date(Date.UTC(2026, 2, 31)))).toBe(46112);
    expect(cellDate('2026-02-30')).toBeNull();
    expect(cellDate('31/03/2026')).toBeNull();
  });
});

describe("Excel's 1900 date system", () => {
  it('counts the fictitious 1900-02-29 as serial 60', () => {
    expect(serialFromISO('1900-02-28')).toBe(59);
    expect(serialFromISO('1900-02-29')).toBe(60);
    expect(serialFromISO('1900-03-01')).toBe(61);
    expect(serialFromISO('1900-01-01')).toBe(1);
    expect(isoFromSerial(60)).toBe('1900-02-29');
    expect(isoFromSerial(61)).toBe('1900-03-01');
    expect(isoFromSerial(1)).toBe('1900-01-01');
  });
  it('round-trips modern dates', () => {
    for (const iso of ['1999-12-31', '2000-02-29', '2026-03-31', '2099-01-01']) expect(isoFromSerial(serialFromISO(iso) as number)).toBe(iso);
  });
});

describe('A1 addresses', () => {
  it('names columns past Z', () => expect([0, 25, 26, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']));
  it('parses addresses with sheets and dollars', () => expect(parseA1("'My Sheet'!$C$12")).toEqual({ row: 12, column: 2 }));
});
