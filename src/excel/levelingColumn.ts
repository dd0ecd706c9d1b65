/**
 * The `Leveling Delay` column of the Tasks table, as Microsoft Project keeps it: the working days
 * the leveler delayed each task. Writing adds the column (or updates it); clearing removes it.
 * Nothing else in the table changes. Three syncs each: find the table, read it, write. The table is
 * the one playing Tasks, as the pane's table mapping says (the same rule as reading).
 */
import { TASK_HEADERS, matchHeaders } from '../model/headers';
import { cellText } from '../model/parse/cells';
import { normaliseId } from '../model/parse/links';
import type { CellValue } from '../model/types';
import { MAKE_A_TABLE, type TableMapping, locateInputsNow, missingInput, notATable } from './locateInputs';
import { officeErrorCode } from './officeErrors';

const LEVELING_DELAY = 'Leveling Delay';

export type LevelingResult =
  | { ok: true; added: boolean; written: number; message: string }
  | { ok: false; message: string };

export type ClearResult = { ok: true; removed: boolean; message: string } | { ok: false; message: string };

interface TasksTable {
  table: Excel.Table;
  values: unknown[][];
  idColumn: number | undefined;
  delayColumn: number | undefined;
}

/**
 * The table playing Tasks (by the mapping), or why leveling cannot use it. Tasks on a plain sheet
 * are refused: the column is added, found and removed as one of the table's own.
 */
async function findTasksTable(context: Excel.RequestContext, mapping: TableMapping | undefined, onSheet: string): Promise<Excel.Table | string> {
  const tasks = (await locateInputsNow(context, mapping)).find((c) => c.role === 'Tasks');
  if (!tasks) return `${missingInput('Tasks', mapping)} Leveling writes its delays into the Excel table that holds the tasks.`;
  if (!tasks.table) return `${notATable(tasks)}, ${onSheet}`;
  return tasks.table;
}

/** Finds the Tasks table and reads it whole (header, IDs and any existing delays). */
async function readTasksTable(context: Excel.RequestContext, mapping: TableMapping | undefined): Promise<TasksTable | string> {
  const table = await findTasksTable(context, mapping, `so leveling cannot add its ${LEVELING_DELAY} column there. ${MAKE_A_TABLE}`);
  if (typeof table === 'string') return table;
  const range = table.getRange().load('values');
  await context.sync();
  const headers = (range.values[0] ?? []).map((h) => String(h ?? ''));
  const columns = matchHeaders(headers, TASK_HEADERS);
  return { table, values: range.values, idColumn: columns.id, delayColumn: columns.levelingDelay };
}

/** A task ID as the model reads it (so `7.0` typed as text matches task 7). */
function idText(value: unknown): string {
  return normaliseId(cellText(value as CellValue));
}

/**
 * Writes each task's delay (working days) into the Leveling Delay column of the table playing Tasks
 * (the mapping as for reading), adding the column if needed.
 */
export async function writeLevelingDelay(context: Excel.RequestContext, delaysById: ReadonlyMap<string, number>, mapping?: TableMapping): Promise<LevelingResult> {
  const found = await readTasksTable(context, mapping);
  if (typeof found === 'string') return { ok: false, message: found };
  const { table, values, idColumn, delayColumn } = found;
  if (idColumn === undefined) return { ok: false, message: `The ${table.name} table has no ID column, so delays cannot be matched to tasks. Add an ID column.` };

  const rows = values.slice(1);
  let written = 0;
  const column = rows.map((row) => {
    const delay = delaysById.get(idText(row[idColumn]));
    if (delay === undefined) return [delayColumn === undefined ? '' : null];
    written += 1;
    return [delay];
  });

  if (delayColumn === undefined) {
    // One action: if it fails, Excel has added nothing.
    table.columns.add(undefined, [[LEVELING_DELAY], ...column.map(([v]) => [v ?? ''])]);
    try {
      await context.sync();
    } catch (error) {
      await removeColumnNamed(context, table, LEVELING_DELAY).catch(() => undefined);
      throw error;
    }
    return { ok: true, added: true, written, message: `Added a ${LEVELING_DELAY} column with ${written} task delays.` };
  }

  const body = table.getDataBodyRange().getColumn(delayColumn);
  body.values = column;
  try {
    await context.sync();
  } catch (error) {
    body.values = rows.map((row) => [row[delayColumn] ?? '']);
    await context.sync().catch(() => undefined);
    throw error;
  }
  return { ok: true, added: false, written, message: `Updated ${written} task delays in the ${LEVELING_DELAY} column.` };
}

async function removeColumnNamed(context: Excel.RequestContext, table: Excel.Table, name: string): Promise<void> {
  const column = table.columns.getItemOrNullObject(name);
  await context.sync();
  if (!column.isNullObject) {
    column.delete();
    await context.sync();
  }
}

/** Removes the Leveling Delay column; nothing to do (two syncs) when there is none. */
export async function clearLeveling(context: Excel.RequestContext, mapping?: TableMapping): Promise<ClearResult> {
  const table = await findTasksTable(context, mapping, `and leveling writes only into a table: there is no ${LEVELING_DELAY} column of its to remove.`);
  if (typeof table === 'string') return { ok: false, message: table };
  const header = table.getHeaderRowRange().load('values');
  await context.sync();
  const headers = (header.values[0] ?? []).map((h) => String(h ?? ''));
  const delayColumn = matchHeaders(headers, TASK_HEADERS).levelingDelay;
  if (delayColumn === undefined) return { ok: true, removed: false, message: 'There was no leveling to clear.' };
  table.columns.getItemAt(delayColumn).delete();
  try {
    await context.sync();
  } catch (error) {
    if (officeErrorCode(error) === 'ItemNotFound') return { ok: true, removed: false, message: 'There was no leveling to clear.' };
    throw error;
  }
  return { ok: true, removed: true, message: `Removed the ${headers[delayColumn]} column.` };
}
