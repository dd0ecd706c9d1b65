/**
 * A small plan for the report tests: summaries, milestones, a duration typed as text, units in
 * brackets, a rate typed as text, a range holiday, a ledger with undated, text-typed, name-typed,
 * unknown-task and after-the-status-date entries, and task names that look like formulas.
 * Results come from the engines, as the command line gets them.
 */
import { Workbook } from 'exceljs';
import { buildModel } from '../../src/model/buildModel';
import { serialFromISO } from '../../src/model/dates';
import type { CellValue, Model, WorkbookInput } from '../../src/model/types';
import { earnedValue } from '../../src/engine/earnedValue';
import { loading } from '../../src/engine/loading';
import { schedule } from '../../src/engine/schedule';
import type { Period } from '../../src/engine/types';
import type { ReportResults } from '../../src/report/context';

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
      ['ID', 'Name', 'Duration', 'Predecessors', 'Outline Level', '% Complete', 'Actual Start', 'Actual Finish', 'Baseline Start', 'Baseline Finish', 'Baseline Cost', 'Fixed Cost', 'Actual Cost', 'Resource Names'],
      [1, 'Design', null, null, 1, null, null, null, null, null, 8000, null, 7000, null],
      [2, 'Requirements', 5, null, 2, 1, D('2026-03-02'), D('2026-03-06'), D('2026-03-02'), D('2026-03-06'), 5000, null, 5100, null],
      [3, 'Architecture', '2 wks', 2, 2, '50%', D('2026-03-09'), null, D('2026-03-09'), '2026-03-23', null, 1000, 1900, 'Alice[50%], Bob'],
      [4, 'Design approved', 0, 3, 2, 0, null, null, D('2026-03-23'), D('2026-03-23'), null, null, null, null],
      [5, 'Build', null, null, 1, null, null, null, null, null, null, null, null, null],
      [6, INJECTION_NAME, 10, null, 2, 20, D('2026-03-18'), null, null, null, null, 250, 700, 'Concrete[20]'],
      [7, '+1+2', 5, 4, 2, 0, null, null, D('2026-03-16'), D('2026-03-20'), 3000, null, 85, null],
      [8, 'Launch', '0d', '6, 7', 1, 0, null, null, D('2026-03-31'), D('2026-03-31'), null, null, 40, null],
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

export interface Variant {
  /** The Work Week setting, e.g. `Sun-Thu`. */
  workWeek?: string;
  /** Leave the Actuals ledger out: actual cost then comes from the Actual Cost column. */
  withoutActuals?: boolean;
}

/** The fixture's tables, changed as the variant says. */
export function fixtureTables(variant: Variant = {}): Partial<typeof TABLES> {
  const tables: Partial<typeof TABLES> = { ...TABLES };
  if (variant.workWeek) {
    tables.settings = { ...TABLES.settings, values: TABLES.settings.values.map((r) => (r[0] === 'Work Week' ? ['Work Week', variant.workWeek as string] : r)) };
  }
  if (variant.withoutActuals) delete tables.actuals;
  return tables;
}

export function fixtureInput(variant: Variant = {}): WorkbookInput {
  const tables = fixtureTables(variant);
  const t = (k: keyof typeof TABLES) => {
    const table = tables[k];
    return table ? { values: table.values, sheet: table.sheet, origin: table.origin } : undefined;
  };
  return { tasks: t('tasks') as WorkbookInput['tasks'], resources: t('resources'), holidays: t('holidays'), actuals: t('actuals'), settings: t('settings') };
}

/** The fixture as an .xlsx, with an existing sheet named `Status` so the report's must take a suffix. */
export async function fixtureWorkbook(variant: Variant = {}): Promise<Buffer> {
  const wb = new Workbook();
  for (const table of Object.values(fixtureTables(variant))) {
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

export function fixtureModel(variant: Variant = {}): Model {
  return buildModel(fixtureInput(variant));
}

export const STATUS_DATE = '2026-03-20';

/** The engines' results on the fixture, as the command line computes them. */
export function fixtureResults(model: Model = fixtureModel(), statusDate = S(STATUS_DATE), period: Period = 'week'): ReportResults {
  const scheduled = schedule(model, { statusDate });
  return { schedule: scheduled, earnedValue: earnedValue(model, scheduled, statusDate), loading: loading(model, scheduled, period) };
}

export const MADE_AT = '2026-03-21T09:30:00Z';
