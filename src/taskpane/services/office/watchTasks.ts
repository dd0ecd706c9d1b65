/** Calls back when the Tasks table (or sheet) changes; Excel raises the event after each edit. */

type ChangeEvent = Excel.TableChangedEventArgs | Excel.WorksheetChangedEventArgs;

export async function watchTable(tableOrSheet: { table: string | null; sheet: string }, onChange: () => void): Promise<() => void> {
  const handler = async (event: ChangeEvent) => {
    // Our own writes re-check when their action ends. Only a sheet's event says who wrote
    // (ExcelApi 1.14); a table's event may be ours, and the pane ignores it while an action runs.
    if ((event as Partial<Excel.WorksheetChangedEventArgs>)?.triggerSource === 'ThisLocalAddin') return;
    onChange();
  };
  const registration = await Excel.run(async (context) => {
    const source = tableOrSheet.table
      ? context.workbook.tables.getItem(tableOrSheet.table)
      : context.workbook.worksheets.getItem(tableOrSheet.sheet);
    const added = (source.onChanged as OfficeExtension.EventHandlers<ChangeEvent>).add(handler);
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
