/**
 * A small plan for the report tests: summaries, milestones, a duration typed as text, units in
 * brackets, a rate typed as text, a range holiday, a ledger with undated, text-typed, name-typed,
 * unknown-task and after-the-status-date entries, and task names that look like formulas.
 * Results are hand-made (schedule, loading) or worked out by the reference in this folder (earned
 * value), until the engines land.
 */
import { Workbook } from 'exceljs';
import { buildModel } from '../../src/model/buildModel';
import { serialFromISO } from '../../src/model/dates';
import type { CellValue, Model, WorkbookInput } from '../../src/model/types';
import type { LoadingResult, ScheduleResult, TaskSchedule } from '../../src/engine/types';
import type { ReportResults } from '../../src/report/context';
import { referenceEarnedValue } from './referenceEarnedValue';

/** A date cell as ExcelJS hands it over: UTC midnight. */
export const D = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
export const S = (iso: string): number => serialFromISO(iso) as number;

export const INJECTION_NAME = '=HYPERLINK("http://example.com","click")';

interface FixtureTable {
  sheet: string;
  origin: string;
  values: CellValue[][];
}

export const TABLES: Record<'tasks' | 'resources' | 'holidays' | 'actuals' | 'settings', FixtureTable> = {
  tasks: {
    sheet: 'Tasks',
    origin: 'A1',
    values: [
      ['ID', 'Name', 'Duration', 'Outline Level', '% Complete', 'Actual Start', 'Actual Finish', 'Baseline Start', 'Baseline Finish', 'Baseline Cost', 'Fixed Cost', 'Resource Names'],
      [1, 'Design', null, 1, null, null, null, null, null, 8000, null, null],
      [2, 'Requirements', 5, 2, 1, D('2026-03-02'), D('2026-03-06'), D('2026-03-02'), D('2026-03-06'), 5000, null, null],
      [3, 'Architecture', '2 wks', 2, '50%', D('2026-03-09'), null, D('2026-03-09'), '2026-03-23', null, 1000, 'Alice[50%], Bob'],
      [4, 'Design approved', 0, 2, 0, null, null, D('2026-03-23'), D('2026-03-23'), null, null, null],
      [5, 'Build', null, 1, null, null, null, null, null, null, null, null],
      [6, INJECTION_NAME, 10, 2, 20, D('2026-03-18'), null, null, null, null, 250, 'Concrete[20]'],
      [7, '+1+2', 5, 2, 0, null, null, D('2026-03-16'), D('2026-03-20'), 3000, null, null],
      [8, 'Launch', '0d', 1, 0, null, null, D('2026-03-31'), D('2026-03-31'), null, null, null],
    ],
  },
  resources: {
    sheet: 'Resources',
    origin: 'A1',
    values: [
      ['Name', 'Type', 'Max Units', 'Std. Rate', 'Cost/Use'],
      ['Alice', 'Work', 1, 80, 0],
      ['Bob', 'Work', '100%', '$60/hr', null],
      ['Concrete', 'Material', null, 100, 50],
    ],
  },
  holidays: {
    sheet: 'Holidays',
    origin: 'A1',
    values: [
      ['Date', 'End Date', 'Name', 'Resource'],
      [D('2026-03-13'), null, 'Spring day', null],
      [D('2026-04-02'), D('2026-04-03'), 'Easter', null],
      [D('2026-03-16'), D('2026-03-17'), 'Bob off', 'Bob'],
    ],
  },
  actuals: {
    sheet: 'Cost Ledger',
    origin: 'B2',
    values: [
      ['Date', 'Task ID', 'Amount', 'Category', 'Note'],
      [D('2026-03-03'), 2, 2500, 'Labour', null],
      [D('2026-03-06'), 2, 2600, 'Labour', null],
      [D('2026-03-12'), 3, '$1,200', 'Labour', 'amount typed as text'],
      [null, 3, 300, 'Travel', 'undated'],
      [D('2026-03-18'), 'Architecture', 400, 'labour', 'task by name'],
      [D('2026-03-19'), 99, 150, 'Other', 'unknown task'],
      [D('2026-03-25'), 2, 999, 'Labour', 'after the status date'],
      ['2026-03-10', 6, 200, 'Materials', 'date typed as text'],
      [D('2026-03-11'), 6, 500, null, 'no category'],
      [D('2026-03-12'), 7, 75, 'Fees*', 'wildcard in category'],
      [D('2026-03-12'), 7, 10, '=SUM(1)', 'category like a formula'],
    ],
  },
  settings: {
    sheet: 'Settings',
    origin: 'A1',
    values: [
      ['Setting', 'Value'],
      ['Project Name', 'Demo plan'],
      ['Project Start', D('2026-03-02')],
      ['Status Date', D('2026-03-20')],
      ['Hours Per Day', 8],
      ['Work Week', 'Mon-Fri'],
      ['Currency', 'USD'],
    ],
  },
};

export function fixtureInput(): WorkbookInput {
  const t = (k: keyof typeof TABLES) => ({ values: TABLES[k].values, sheet: TABLES[k].sheet, origin: TABLES[k].origin });
  return { tasks: t('tasks'), resources: t('resources'), holidays: t('holidays'), actuals: t('actuals'), settings: t('settings') };
}

/** The fixture as an .xlsx, with an existing sheet named `Status` so the report's must take a suffix. */
export async function fixtureWorkbook(): Promise<Buffer> {
  const wb = new Workbook();
  for (const table of Object.values(TABLES)) {
    const ws = wb.addWorksheet(table.sheet);
    const m = /^([A-Z]+)(\d+)$/.exec(table.origin) as RegExpExecArray;
    const left = m[1].charCodeAt(0) - 64;
    const top = Number(m[2]);
    table.values.forEach((row, i) =>
      row.forEach((value, j) => {
        if (value === null || value === undefined) return;
        const cell = ws.getCell(top + i, left + j);
        cell.value = value as never;
        if (value instanceof Date) cell.numFmt = 'yyyy-mm-dd';
      }),
    );
  }
  wb.addWorksheet('Status').getCell('A1').value = 'an existing sheet the report must not touch';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function fixtureModel(): Model {
  return buildModel(fixtureInput());
}

const DATES: Record<string, [string, string]> = {
  '1': ['2026-03-02', '2026-03-27'],
  '2': ['2026-03-02', '2026-03-06'],
  '3': ['2026-03-09', '2026-03-27'],
  '4': ['2026-03-27', '2026-03-27'],
  '5': ['2026-03-18', '2026-04-01'],
  '6': ['2026-03-18', '2026-04-01'],
  '7': ['2026-03-23', '2026-03-27'],
  '8': ['2026-04-01', '2026-04-01'],
};
const CRITICAL = new Set(['2', '3', '4', '6', '8']);

export function fixtureSchedule(model: Model): ScheduleResult {
  const tasks: TaskSchedule[] = model.tasks.map((t) => {
    const [start, finish] = DATES[t.id].map(S);
    const critical = CRITICAL.has(t.id);
    return {
      task: t.index, start, finish, lateStart: start, lateFinish: finish,
      totalFloat: critical ? 0 : 3, freeFloat: critical ? 0 : 3, critical, summary: t.summary,
      milestone: !t.summary && t.duration === 0, remainingDuration: t.duration, levelingDelay: 0,
      driver: { kind: 'projectStart' },
    };
  });
  const order = tasks.slice().sort((a, b) => a.start - b.start || a.task - b.task).map((t) => t.task);
  return {
    project: { start: S('2026-03-02'), finish: S('2026-04-01') },
    tasks, order, criticalPath: order.filter((i) => tasks[i].critical && !tasks[i].summary),
    statusDate: S('2026-03-20'), issues: [],
  };
}

export function fixtureLoading(): LoadingResult {
  const periods = ['2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23', '2026-03-30'].map(S);
  return {
    period: 'week',
    periods,
    resources: [
      { name: 'Alice', capacity: [40, 32, 40, 40, 24], load: [0, 16, 20, 20, 0], overallocated: [false, false, false, false, false], cost: [0, 1280, 1600, 1600, 0] },
      { name: 'Bob', capacity: [40, 32, 24, 40, 24], load: [0, 32, 40, 40, 0], overallocated: [false, false, true, false, false], cost: [0, 1920, 2400, 2400, 0] },
    ],
    issues: [],
  };
}

export function fixtureResults(model: Model = fixtureModel()): ReportResults {
  const schedule = fixtureSchedule(model);
  return { schedule, earnedValue: referenceEarnedValue(model, schedule, S('2026-03-20')), loading: fixtureLoading() };
}

export const MADE_AT = '2026-03-21T09:30:00Z';
