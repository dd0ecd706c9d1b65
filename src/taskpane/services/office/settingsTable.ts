/**
 * Writes the pane's project options into the Settings table (Setting | Value), so the custom
 * functions, the command line and the reports read the same values. Keys already there are
 * updated in place; missing ones are appended; a workbook without a Settings table gets one.
 */
import { matchHeaders, SETTING_HEADERS } from '../../../model/headers';
import { settingKey } from '../../../model/settings';
import type { ProjectOptions } from '../types';

export const SETTING_KEYS: Record<keyof ProjectOptions, string> = {
  workWeek: 'Work Week',
  hoursPerDay: 'Hours Per Day',
  currency: 'Currency',
  criticalFloat: 'Critical Float',
};

const OPTION_KEYS = Object.keys(SETTING_KEYS) as (keyof ProjectOptions)[];

/** Where the Setting and Value columns are (headed as the model reads them), or null when either is missing. */
function settingColumns(header: unknown[]): { keyCol: number; valueCol: number } | null {
  const { setting, value } = matchHeaders(header.map((h) => String(h ?? '')), SETTING_HEADERS);
  return setting === undefined || value === undefined ? null : { keyCol: setting, valueCol: value };
}

/** The option a Setting cell names, spelled any way the model accepts (`Critical Slack`). */
const optionOf = (text: unknown): keyof ProjectOptions | undefined => OPTION_KEYS.find((k) => k === settingKey(String(text ?? '')));

/** Reads the Settings table's values (header included), or null when there is none. */
export async function readSettingsTable(context: Excel.RequestContext, tableName: string): Promise<unknown[][] | null> {
  const table = context.workbook.tables.getItemOrNullObject(tableName);
  table.load('isNullObject');
  await context.sync();
  // A missing table's range cannot be loaded at all: ask for it only once the table is known.
  if (table.isNullObject) return null;
  const range = table.getRange().load('values');
  await context.sync();
  return range.values;
}

/** The project options the Settings table sets, as typed there. */
export function projectOptionsFromTable(values: unknown[][] | null): Partial<ProjectOptions> {
  if (!values || values.length < 2) return {};
  const columns = settingColumns(values[0]);
  if (!columns) return {};
  const { keyCol, valueCol } = columns;
  const found: Partial<ProjectOptions> = {};
  for (const row of values.slice(1)) {
    const key = optionOf(row[keyCol]);
    const value = row[valueCol];
    if (!key || value === '' || value === null || value === undefined) continue;
    if (key === 'hoursPerDay' || key === 'criticalFloat') {
      const n = typeof value === 'number' ? value : Number.parseFloat(String(value));
      if (Number.isFinite(n)) found[key] = n;
    } else {
      found[key] = String(value);
    }
  }
  return found;
}

/** Queue the writes (no sync) that make the Settings table hold `project`; reads happen first. */
export async function writeProjectOptions(context: Excel.RequestContext, tableName: string, project: ProjectOptions): Promise<void> {
  const values = await readSettingsTable(context, tableName);
  const wanted = OPTION_KEYS.map((k) => [k, SETTING_KEYS[k], project[k]] as [keyof ProjectOptions, string, string | number]);
  if (!values) {
    const sheet = context.workbook.worksheets.add(await freeSheetName(context, tableName));
    const rows = [['Setting', 'Value'], ...wanted.map(([, label, value]) => [label, value])];
    const range = sheet.getRange(`A1:B${rows.length}`);
    range.values = rows;
    const table = sheet.tables.add(`A1:B${rows.length}`, true);
    table.name = tableName;
    return;
  }
  const columns = settingColumns(values[0]);
  if (!columns) throw new Error(`The ${tableName} table needs the columns Setting and Value.`);
  const { keyCol, valueCol } = columns;
  const table = context.workbook.tables.getItem(tableName);
  const body = table.getDataBodyRange();
  const missing: (string | number)[][] = [];
  for (const [option, key, value] of wanted) {
    const at = values.findIndex((row, i) => i > 0 && optionOf(row[keyCol]) === option);
    if (at > 0) body.getCell(at - 1, valueCol).values = [[value]];
    else {
      const row: (string | number)[] = values[0].map(() => '');
      row[keyCol] = key;
      row[valueCol] = value;
      missing.push(row);
    }
  }
  if (missing.length) table.rows.add(undefined, missing);
}

async function freeSheetName(context: Excel.RequestContext, wanted: string): Promise<string> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
  if (!taken.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) if (!taken.has(`${wanted} (${n})`.toLowerCase())) return `${wanted} (${n})`;
}
