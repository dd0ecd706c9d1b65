import { waitForOffice } from '../../src/taskpane/bootstrap/officeReady';

describe('waitForOffice', () => {
  it('knows Excel', async () => {
    const win = { Office: { onReady: () => Promise.resolve({ host: 'Excel', platform: 'PC' }) } };
    expect(await waitForOffice(win)).toEqual({ kind: 'excel' });
  });

  it('says when it runs outside Excel', async () => {
    const browser = { Office: { onReady: () => Promise.resolve({ host: null, platform: null }) } };
    expect(await waitForOffice(browser)).toEqual({ kind: 'outsideExcel', host: null });
    const word = { Office: { onReady: () => Promise.resolve({ host: 'Word', platform: 'PC' }) } };
    expect(await waitForOffice(word)).toEqual({ kind: 'outsideExcel', host: 'Word' });
  });

  it('says when Office.js failed to load or never starts', async () => {
    expect((await waitForOffice({})).kind).toBe('noOffice');
    expect((await waitForOffice({ __cellpathOfficeScript: 'failed' })).kind).toBe('noOffice');
    const stuck = { Office: { onReady: () => new Promise<never>(() => {}) } };
    const outcome = await waitForOffice(stuck, 20);
    expect(outcome).toEqual({ kind: 'noOffice', reason: 'Office.js did not start within 0 seconds.' });
  });
});
