/** Where the user's active cell is: its sheet and 1-based row. */

export async function activeCellPlace(): Promise<{ sheet: string; row: number } | null> {
  return Excel.run(async (context) => {
    const cell = context.workbook.getActiveCell();
    cell.load('rowIndex');
    cell.worksheet.load('name');
    await context.sync();
    return { sheet: cell.worksheet.name, row: cell.rowIndex + 1 };
  });
}
