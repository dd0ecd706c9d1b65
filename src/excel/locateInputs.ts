/**
 * For the actions that write into or beside the input tables (leveling, the schedule formula):
 * which table or sheet plays each role, by the same rule and table mapping as reading, so an
 * action never writes into a different table from the one the pane checked. One sync.
 */
import type { TableName } from '../model/types';
import { type InputCandidate, type ReadOptions, loadWorkbookNames, locateInputs } from './readWorkbook';

export type TableMapping = NonNullable<ReadOptions['mapping']>;

export async function locateInputsNow(context: Excel.RequestContext, mapping: TableMapping = {}): Promise<InputCandidate[]> {
  const { tables, sheets } = loadWorkbookNames(context);
  await context.sync();
  return locateInputs(tables, sheets, mapping);
}

/** The name the user chose for a role, when it is not the role's own. */
export function chosenName(role: TableName, mapping: TableMapping = {}): string | null {
  const chosen = mapping[role];
  return chosen && chosen.toLowerCase() !== role.toLowerCase() ? chosen : null;
}

/** "There is no Tasks table." or, when the user chose another name for the role, that name. */
export function missingInput(role: TableName, mapping: TableMapping = {}): string {
  const chosen = chosenName(role, mapping);
  if (chosen) {
    return `There is no table or sheet named '${chosen}', the one chosen for ${role}. Choose another in Settings, or rename it back.`;
  }
  return `There is no ${role} table.`;
}

/** "The tasks on sheet 'Plan' are not in an Excel table": the start of an action's refusal. */
export function notATable(input: InputCandidate): string {
  return `The ${input.role.toLowerCase()} on sheet '${input.sheet}' are not in an Excel table`;
}

/** How to make one. */
export const MAKE_A_TABLE = 'Click in the list and press Ctrl+T to make it a table, then try again.';
