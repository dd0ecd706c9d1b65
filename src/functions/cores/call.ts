/**
 * One call of a custom function: its arguments by parameter name, and where each one sits in
 * the workbook when Excel says (requiresParameterAddresses), so messages point at real cells.
 */
import type { TableInput, TableName, WorkbookInput } from '../../model/types';
import { requiredTable, tableArgument } from '../arguments';
import { ok, type Outcome } from './outcome';

export interface Call<A extends object> {
  args: A;
  /** `Sheet!A1:H20` by parameter name; empty outside Excel or on hosts that do not say. */
  addresses: Partial<Record<keyof A, string>>;
}

/** The table arguments a function may take; `tasks` is always required. */
export type TableArgs = { tasks: unknown } & Partial<Record<Exclude<keyof WorkbookInput, 'tasks'>, unknown>>;

const TABLES: Record<keyof WorkbookInput, TableName> = {
  tasks: 'Tasks',
  resources: 'Resources',
  holidays: 'Holidays',
  actuals: 'Actuals',
  settings: 'Settings',
};

/** The workbook tables among a call's arguments. `required` names tables besides Tasks that must be given. */
export function readWorkbook<A extends TableArgs>(call: Call<A>, required: Array<keyof WorkbookInput> = []): Outcome<WorkbookInput> {
  const tasks = requiredTable(call.args.tasks, 'Tasks', call.addresses.tasks);
  if (!tasks.ok) return tasks;
  const input: WorkbookInput = { tasks: tasks.value };
  for (const key of Object.keys(TABLES) as Array<keyof WorkbookInput>) {
    if (key === 'tasks' || !(key in call.args)) continue;
    const value = (call.args as Record<string, unknown>)[key];
    const address = (call.addresses as Record<string, string | undefined>)[key];
    const table: Outcome<TableInput | undefined> = required.includes(key)
      ? requiredTable(value, TABLES[key], address)
      : tableArgument(value, TABLES[key], address);
    if (!table.ok) return table;
    if (table.value) input[key] = table.value;
  }
  return ok(input);
}
