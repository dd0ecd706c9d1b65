import { makeCalendar } from '../../src/model/calendar';
import { serialFromISO } from '../../src/model/dates';

const serial = (iso: string): number => serialFromISO(iso) as number;

describe('calendar.datesOf: a table of working days', () => {
  const weeks: Record<string, boolean[]> = {
    'Mon-Fri': [false, true, true, true, true, true, false],
    'Mon-Sat': [false, true, true, true, true, true, true],
    'Sun-Thu': [true, true, true, true, true, false, false],
    'Tue only': [false, false, true, false, false, false, false],
  };
  const holidays = [serial('2026-03-04'), serial('2026-03-05'), serial('2026-03-07'), serial('2026-03-08'), serial('2026-04-06'), serial('2027-01-01')];

  it.each(Object.keys(weeks))('gives what dateOf gives, ordinal by ordinal (%s, with holidays)', (name) => {
    const calendar = makeCalendar(weeks[name], holidays);
    const from = calendar.ordinalOnOrAfter(serial('2026-02-20'));
    const table = calendar.datesOf(from, 400);
    expect(table).toHaveLength(400);
    for (let k = 0; k < table.length; k++) expect(table[k]).toBe(calendar.dateOf(from + k));
  });

  it('starts on a holiday-adjacent day and across the fictitious 1900-02-29 (serial 60) as dateOf does', () => {
    const calendar = makeCalendar(weeks['Mon-Fri'], [58, 61]);
    const from = calendar.ordinalOnOrAfter(40);
    const table = calendar.datesOf(from, 40);
    for (let k = 0; k < table.length; k++) expect(table[k]).toBe(calendar.dateOf(from + k));
  });

  it('is empty for no days', () => {
    expect(makeCalendar().datesOf(100, 0)).toHaveLength(0);
    expect(makeCalendar().datesOf(100, -3)).toHaveLength(0);
  });

  it('keeps to the calendar with more days off', () => {
    const calendar = makeCalendar(weeks['Mon-Fri'], holidays).withDaysOff([serial('2026-03-03')]);
    const from = calendar.ordinalOnOrAfter(serial('2026-03-02'));
    expect(Array.from(calendar.datesOf(from, 3))).toEqual([serial('2026-03-02'), serial('2026-03-06'), serial('2026-03-09')]);
  });
});
