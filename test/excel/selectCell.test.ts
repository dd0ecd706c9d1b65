import { selectCell } from '../../src/excel/selectCell';
import { planHost } from './fixtures';

describe('selectCell', () => {
  it('activates the sheet and selects the cell in one sync', async () => {
    const host = planHost({ activeSheet: 'Calendar' });
    expect(await selectCell(host.requestContext(), 'Plan', 'C3')).toBe(true);
    expect(host.selection()).toEqual({ sheet: 'Plan', address: 'C3' });
    expect(host.syncCount).toBe(1);
  });

  it('accepts an address that names its sheet', async () => {
    const host = planHost();
    expect(await selectCell(host.requestContext(), 'Options', 'Options!C3')).toBe(true);
    expect(host.selection()).toEqual({ sheet: 'Options', address: 'C3' });
  });

  it('returns false when the sheet is gone or hidden, changing nothing', async () => {
    const host = planHost();
    expect(await selectCell(host.requestContext(), 'Deleted', 'A1')).toBe(false);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('Calendar').visibility = 'Hidden' as Excel.SheetVisibility;
    });
    expect(await selectCell(host.requestContext(), 'Calendar', 'A1')).toBe(false);
    expect(host.selection()).toEqual({ sheet: 'Plan', address: 'A1' });
  });
});
