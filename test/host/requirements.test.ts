/** The host's requirement sets: what isSetSupported answers, and what older hosts leave out. */
import { createWorkbookHost, DEFAULT_REQUIREMENTS, installHost, uninstallHost } from './index';

afterEach(() => uninstallHost(globalThis));

describe('requirement sets', () => {
  it('answers isSetSupported from the defaults, comparing versions part by part', () => {
    installHost(globalThis);
    const { isSetSupported } = Office.context.requirements;
    expect(isSetSupported('ExcelApi', DEFAULT_REQUIREMENTS.ExcelApi)).toBe(true);
    expect(isSetSupported('ExcelApi', '1.9')).toBe(true);
    expect(isSetSupported('ExcelApi', '1.18')).toBe(false);
    expect(isSetSupported('ExcelApi')).toBe(true);
    expect(isSetSupported('SharedRuntime', '1.1')).toBe(true);
    expect(isSetSupported('WordApi', '1.1')).toBe(false);
  });

  it('plays an older or newer host, from the options or later', () => {
    const host = installHost(globalThis, { requirements: { ExcelApi: '1.9', CustomFunctionsRuntime: null } });
    const { isSetSupported } = Office.context.requirements;
    expect(isSetSupported('ExcelApi', '1.9')).toBe(true);
    expect(isSetSupported('ExcelApi', '1.10')).toBe(false);
    expect(isSetSupported('CustomFunctionsRuntime', '1.1')).toBe(false);
    host.setSupported('ExcelApi', '1.19');
    expect(isSetSupported('ExcelApi', '1.19')).toBe(true);
    expect(host.supports('ExcelApi', '1.20')).toBe(false);
  });

  it('leaves triggerSource out of worksheet events below ExcelApi 1.14, as Excel does', async () => {
    const heard: Record<string, unknown>[] = [];
    for (const version of ['1.14', '1.13']) {
      const host = createWorkbookHost({ sheets: [{ name: 'Plan', cells: [['a']] }], requirements: { ExcelApi: version } });
      await host.run(async (context) => {
        context.workbook.worksheets.getItem('Plan').onChanged.add(async (e) => void heard.push(e as unknown as Record<string, unknown>));
        await context.sync();
      });
      await host.userEdit('Plan', 'A1', 'b');
    }
    expect(heard.map((e) => e.triggerSource)).toEqual(['Unknown', undefined]);
    expect('triggerSource' in heard[1]).toBe(false);
  });
});
