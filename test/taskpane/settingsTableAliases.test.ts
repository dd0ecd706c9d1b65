import { createWorkbookHost, installHost } from '../host';
import { projectOptionsFromTable, writeProjectOptions } from '../../src/taskpane/services/office/settingsTable';

describe('the Settings table, spelled as the model reads it', () => {
  it('reads aliases and Key | Value columns as the model does', () => {
    expect(projectOptionsFromTable([['Key', 'Value'], ['Critical Slack', 2], ['Working Days', 'Sun-Thu'], ['Hours/Day', 7]])).toEqual({ criticalFloat: 2, workWeek: 'Sun-Thu' });
  });

  it('updates an aliased row in place instead of adding a second one', async () => {
    const host = createWorkbookHost({ sheets: [{ name: 'Settings', cells: [['Setting', 'Value'], ['Critical Slack', 0]], tables: [{ name: 'Settings', range: 'A1:B2' }] }] });
    installHost(globalThis as never, host);
    await Excel.run(async (context) => {
      await writeProjectOptions(context, 'Settings', { workWeek: 'Mon-Fri', hoursPerDay: 8, currency: 'EUR', criticalFloat: 3 });
      await context.sync();
    });
    const rows = host.values('Settings');
    expect(rows.filter((r) => /critical/i.test(String(r[0])))).toEqual([['Critical Slack', 3]]);
    expect(rows).toHaveLength(5);
  });
});
