/** Calls back when the Tasks table (or sheet) changes; Excel raises the event after each edit. */

export async function watchTable(tableOrSheet: { table: string | null; sheet: string }, onChange: () => void): Promise<() => void> {
  const handler = async () => {
    onChange();
  };
  const registration = await Excel.run(async (context) => {
    const source = tableOrSheet.table
      ? context.workbook.tables.getItem(tableOrSheet.table)
      : context.workbook.worksheets.getItem(tableOrSheet.sheet);
    const added = source.onChanged.add(handler);
    await context.sync();
    return added;
  });
  return () => {
    // Handlers are removed in the context that added them.
    void Excel.run(registration.context, async (context) => {
      registration.remove();
      await context.sync();
    }).catch(() => undefined);
  };
}
