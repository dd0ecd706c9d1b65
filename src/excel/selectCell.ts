/** The Problems list's "go to cell": activate the sheet and select the cell, in one sync. */
import { withoutSheet } from './a1';
import { officeErrorCode } from './officeErrors';

/** Codes meaning the sheet or cell is no longer there (renamed, deleted, hidden): not a bug. */
const GONE = new Set(['ItemNotFound', 'InvalidArgument', 'InvalidOperation', 'InvalidSelection', 'InvalidReference']);

/**
 * Selects `address` (e.g. `D7`, or `Tasks!D7`) on `sheet`. Returns false when the sheet or cell
 * cannot be selected any more, so the pane can say so instead of failing.
 */
export async function selectCell(context: Excel.RequestContext, sheet: string, address: string): Promise<boolean> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRange(withoutSheet(address)).select();
  try {
    await context.sync();
    return true;
  } catch (error) {
    if (GONE.has(officeErrorCode(error) ?? '')) return false;
    throw error;
  }
}
