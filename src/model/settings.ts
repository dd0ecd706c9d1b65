/** The Settings table: two columns, Setting and Value. */
import { STANDARD_WORK_WEEK } from './calendar';
import { normaliseHeader, SETTING_HEADERS } from './headers';
import { RowReader } from './fields';
import { parseWorkWeek } from './parse/workWeek';
import { readTable, type ReadTable } from './table';
import type { Issue, Settings, TableInput, TableLocation } from './types';

const KEYS: Record<string, keyof Settings> = {
  projectname: 'projectName', project: 'projectName', name: 'projectName',
  projectstart: 'projectStart', startdate: 'projectStart', start: 'projectStart',
  statusdate: 'statusDate', datadate: 'statusDate',
  hoursperday: 'hoursPerDay', hoursday: 'hoursPerDay',
  daysperweek: 'daysPerWeek',
  dayspermonth: 'daysPerMonth',
  workweek: 'workWeek', workdays: 'workWeek', workingdays: 'workWeek',
  currency: 'currency',
  criticalfloat: 'criticalFloat', criticalslack: 'criticalFloat',
};

/** The setting a Setting cell names (`Critical Slack` → criticalFloat), or undefined. */
export function settingKey(text: string): keyof Settings | undefined {
  return KEYS[normaliseHeader(text)];
}

/** The numeric settings: what to write, and the values allowed. */
const NUMBERS: Record<'hoursPerDay' | 'daysPerWeek' | 'daysPerMonth' | 'criticalFloat', { what: string; range: { min?: number; max?: number } }> = {
  hoursPerDay: { what: 'hours in a working day, from 1 to 24', range: { min: 0.01, max: 24 } },
  daysPerWeek: { what: 'working days in a week, from 1 to 7', range: { min: 1, max: 7 } },
  daysPerMonth: { what: 'working days in a month, from 1 to 31', range: { min: 1, max: 31 } },
  criticalFloat: { what: 'a number of working days, such as 0 or 2', range: {} },
};

export function defaultSettings(): Settings {
  return {
    projectName: '',
    projectStart: null,
    statusDate: null,
    hoursPerDay: 8,
    daysPerWeek: 5,
    daysPerMonth: 20,
    workWeek: STANDARD_WORK_WEEK.slice(),
    currency: 'USD',
    criticalFloat: 0,
  };
}

export function readSettings(input: TableInput | undefined, issues: Issue[]): { settings: Settings; location: TableLocation | null } {
  const settings = defaultSettings();
  if (!input) return { settings, location: null };
  const table: ReadTable<keyof typeof SETTING_HEADERS> = readTable('Settings', input, SETTING_HEADERS);
  if (table.columns.setting === undefined || table.columns.value === undefined) {
    issues.push(table.issue('error', null, null, 'Settings needs two columns headed Setting and Value. Rename the headers.'));
    return { settings, location: table.location };
  }
  for (const { values, row } of table.rows) {
    const r = new RowReader(table, values, row, issues, 'Setting');
    const name = r.text('setting');
    r.label = `Setting '${name}'`;
    const key = settingKey(name);
    if (key === undefined) {
      r.report('warning', 'setting', `'${name}' is not a Cellpath setting, so it is ignored. Known settings: Project Name, Project Start, Status Date, Hours Per Day, Days Per Week, Days Per Month, Work Week, Currency, Critical Float.`);
      continue;
    }
    if (!r.has('value')) {
      if (r.text('value') === '' && key !== 'projectName') continue;
    }
    switch (key) {
      case 'projectName':
      case 'currency':
        settings[key] = r.text('value') || settings[key];
        break;
      case 'projectStart':
      case 'statusDate':
        settings[key] = r.date('value');
        break;
      case 'hoursPerDay':
      case 'daysPerWeek':
      case 'daysPerMonth':
      case 'criticalFloat': {
        const { what, range } = NUMBERS[key];
        const n = r.number('value', what, range);
        if (n !== null) settings[key] = n;
        break;
      }
      case 'workWeek': {
        const text = r.text('value');
        const week = parseWorkWeek(text);
        if (week) settings.workWeek = week;
        else r.report('error', 'value', `'${text}' is not a work week. Write the working days like Mon-Fri, Sun-Thu or Mon,Tue,Thu.`);
        break;
      }
    }
  }
  return { settings, location: table.location };
}
