import fc from 'fast-check';
import { buildModel } from '../../src/model/buildModel';
import { parseDuration } from '../../src/model/parse/duration';
import { parseLinks } from '../../src/model/parse/links';
import { parseShare } from '../../src/model/parse/percent';
import { parseAssignments } from '../../src/model/parse/assignments';
import { parseWorkWeek } from '../../src/model/parse/workWeek';
import { cellDate, cellNumber } from '../../src/model/parse/cells';
import { makeCalendar } from '../../src/model/calendar';
import type { CellValue } from '../../src/model/types';

const rules = { hoursPerDay: 8, daysPerWeek: 5, daysPerMonth: 20 };

/** Anything a cell can hold, biased towards what plans hold. */
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string(),
  fc.constantFrom('', ' ', '5d', '2 wks', '3SS+2d', '50%', '#N/A', '2026-03-31', 'SNET', 'Bob[50%]', '1,2;3', '[', ']]', '?', '-', '0d', '1.2.3'),
  fc.double(),
  fc.integer({ min: -5, max: 60 }),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.date({ noInvalidDate: false }),
  fc.record({ error: fc.constantFrom('#N/A', '#REF!', '#VALUE!') }),
);

describe('no parser throws on any input', () => {
  it('text parsers', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        parseDuration(text, rules);
        parseLinks(text, rules);
        parseAssignments(text);
        parseWorkWeek(text);
        parseShare(text);
        cellNumber(text);
        cellDate(text);
      }),
      { numRuns: 2000 },
    );
  });
  it('cell readers', () => {
    fc.assert(fc.property(cell, (value) => {
      parseShare(value);
      cellNumber(value);
      cellDate(value);
    }), { numRuns: 2000 });
  });
});

const HEADERS = ['ID', 'Name', 'Duration', 'Predecessors', 'Outline Level', 'WBS', '% Complete', 'Constraint Type', 'Constraint Date', 'Start', 'Resource Names', 'Actual Start', 'Baseline Cost', 'Leveling Delay'];

describe('buildModel never throws and every issue points somewhere sensible', () => {
  it('on arbitrary tables', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(HEADERS, { minLength: 1 }),
        fc.array(fc.array(cell, { maxLength: 16 }), { maxLength: 25 }),
        fc.array(fc.array(cell, { maxLength: 3 }), { maxLength: 6 }),
        (header, rows, settings) => {
          const model = buildModel({
            tasks: { values: [header, ...rows] },
            resources: { values: [['Name', 'Max Units'], ...rows.slice(0, 3).map((r) => r.slice(0, 2))] },
            holidays: { values: [['Date', 'End Date', 'Resource'], ...rows.slice(0, 3).map((r) => r.slice(0, 3))] },
            actuals: { values: [['Date', 'Task ID', 'Amount'], ...rows.slice(0, 3).map((r) => r.slice(0, 3))] },
            settings: { values: [['Setting', 'Value'], ...settings] },
          });
          for (const issue of model.issues) {
            expect(issue.message).toBeTruthy();
            if (issue.cell !== null) expect(issue.cell).toMatch(/^[A-Z]{1,3}\d+$/);
          }
          for (const task of model.tasks) {
            expect(Number.isInteger(task.duration) && task.duration >= 0).toBe(true);
            for (const link of task.predecessors) expect(Number.isInteger(link.lag)).toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('the calendar', () => {
  it('adds and counts working days consistently', () => {
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
        fc.array(fc.integer({ min: 46000, max: 46400 }), { maxLength: 30 }),
        fc.integer({ min: 45900, max: 46500 }),
        fc.integer({ min: -300, max: 300 }),
        (week, holidays, day, n) => {
          const cal = makeCalendar(week, holidays);
          const start = cal.nextWorkingDay(day - 1);
          const end = cal.addWorkingDays(start, n);
          expect(cal.isWorkingDay(end)).toBe(true);
          if (n >= 0) expect(cal.workingDaysBetween(start, end)).toBe(n + 1);
          else expect(cal.workingDaysBetween(end, start)).toBe(1 - n);
          expect(cal.dateOf(cal.ordinalOnOrAfter(end))).toBe(end);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
