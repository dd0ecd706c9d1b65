/**
 * Where the input tables' cells are, and what they hold, so report formulas can point at them.
 * A quantity becomes a reference only when the cell holds it as a plain number or date; text that
 * Cellpath had to parse (`2 wks`, `$85/hr`, `50%` typed as text) cannot be read by a formula.
 */
import { parseA1 } from '../model/a1';
import { cellDate } from '../model/parse/cells';
import { ACTUAL_HEADERS, HOLIDAY_HEADERS, matchHeaders, RESOURCE_HEADERS, SETTING_HEADERS, TASK_HEADERS } from '../model/headers';
import { settingKey } from '../model/settings';
import type { CellValue, Model, Settings, TableInput, TableName, Task, TaskField, WorkbookInput } from '../model/types';
import { addr, letter, onSheet } from './refs';

export interface InputCell {
  /** `'Tasks'!$P$5` */
  ref: string;
  raw: CellValue;
}

const SYNONYMS: Record<TableName, Record<string, readonly string[]>> = {
  Tasks: TASK_HEADERS,
  Resources: RESOURCE_HEADERS,
  Holidays: HOLIDAY_HEADERS,
  Actuals: ACTUAL_HEADERS,
  Settings: SETTING_HEADERS,
};

const INPUT_KEY: Record<TableName, keyof WorkbookInput> = {
  Tasks: 'tasks',
  Resources: 'resources',
  Holidays: 'holidays',
  Actuals: 'actuals',
  Settings: 'settings',
};

interface Located {
  sheet: string;
  top: number;
  left: number;
  values: CellValue[][];
  columns: Record<string, number | undefined>;
}

export class InputCells {
  private readonly tables = new Map<TableName, Located>();

  /** `input` is what buildModel read; without it nothing can be referenced. */
  constructor(model: Model, input?: WorkbookInput) {
    if (!input) return;
    for (const name of Object.keys(SYNONYMS) as TableName[]) {
      const location = model.tables[name];
      const table: TableInput | undefined = input[INPUT_KEY[name]];
      if (!location || !table || !Array.isArray(table.values)) continue;
      const origin = parseA1(location.origin);
      if (!origin) continue;
      this.tables.set(name, {
        sheet: location.sheet,
        top: origin.row,
        left: origin.column + 1,
        values: table.values,
        columns: matchHeaders(location.headers, SYNONYMS[name]),
      });
    }
  }

  get available(): boolean {
    return this.tables.size > 0;
  }

  has(table: TableName, field: string): boolean {
    return this.tables.get(table)?.columns[field] !== undefined;
  }

  /** The cell of `field` in sheet row `row`. */
  cell(table: TableName, field: string, row: number): InputCell | null {
    const t = this.tables.get(table);
    const column = t?.columns[field];
    if (!t || column === undefined) return null;
    const raw = t.values[row - t.top]?.[column];
    return { ref: onSheet(t.sheet, addr(row, t.left + column)), raw };
  }

  task(task: Task, field: TaskField): InputCell | null {
    return this.cell('Tasks', field, task.row);
  }

  /** The data rows of a column: `'Actuals'!$C$2:$C$40`; null when absent or empty. */
  column(table: TableName, field: string): string | null {
    const t = this.tables.get(table);
    const column = t?.columns[field];
    if (!t || column === undefined || t.values.length < 2) return null;
    const l = letter(t.left + column);
    return onSheet(t.sheet, `${l}${t.top + 1}:${l}${t.top + t.values.length - 1}`);
  }

  /** The Value cell of a setting, however the Setting cell spells it (the model's rule). */
  setting(wanted: keyof Settings): InputCell | null {
    const t = this.tables.get('Settings');
    const key = t?.columns.setting;
    if (!t || key === undefined) return null;
    for (let i = 1; i < t.values.length; i++) {
      const text = t.values[i]?.[key];
      if (typeof text === 'string' && settingKey(text) === wanted) return this.cell('Settings', 'value', t.top + i);
    }
    return null;
  }
}

/** The reference when the cell holds exactly `expected` as a number; else null. */
export function numberRef(cell: InputCell | null, expected: number): string | null {
  if (!cell || typeof cell.raw !== 'number' || !Number.isFinite(cell.raw)) return null;
  return Math.abs(cell.raw - expected) <= 1e-9 * Math.max(1, Math.abs(expected)) ? cell.ref : null;
}

/** The reference when the cell holds the date `expected` as a date or serial; else null. */
export function dateRef(cell: InputCell | null, expected: number): string | null {
  if (!cell || !(typeof cell.raw === 'number' || cell.raw instanceof Date)) return null;
  return cellDate(cell.raw) === expected && (typeof cell.raw !== 'number' || Number.isInteger(cell.raw)) ? cell.ref : null;
}

/** A share (1 = 100%) as a formula over its cell: `50` in the cell means 50%. */
export function shareRef(cell: InputCell | null, expected: number): string | null {
  if (!cell || typeof cell.raw !== 'number' || !Number.isFinite(cell.raw)) return null;
  const raw = cell.raw;
  if (Math.abs(raw) <= 1) return Math.abs(raw - expected) < 1e-12 ? cell.ref : null;
  return Math.abs(raw / 100 - expected) < 1e-12 ? `${cell.ref}/100` : null;
}
