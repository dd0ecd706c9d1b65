/** The undo of actions that add sheets: delete the ones they made, and nothing else. */

/**
 * Deletes whichever of `names` exist now (a failed batch may have made only some of them).
 * Returns the syncs used: one to look, and one more when there is something to delete.
 */
export async function removeSheets(context: Excel.RequestContext, names: readonly string[]): Promise<number> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();
  const ours = new Set(names.map((n) => n.toLowerCase()));
  const made = worksheets.items.filter((w) => ours.has(w.name.toLowerCase()));
  if (made.length === 0) return 1;
  for (const w of made) w.delete();
  await context.sync();
  return 2;
}
