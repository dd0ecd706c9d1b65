/** The broken sample plan: every problem listed, each button selecting its own cell. */
import { captureScreen, inWorkbook, openScreen, waitForHome } from '../lib/pane';
import { expect } from '../lib/results';
import { openWorkbook, type RunContext } from '../lib/run';

export async function brokenPlan(run: RunContext): Promise<void> {
  const { results } = run;
  const page = await openWorkbook(run, '?workbook=broken');
  try {
    await results.check('broken plan: Home counts the errors', async () => {
      await waitForHome(page);
      const text = await page.locator('main').innerText();
      expect(/[1-9]\d* errors?,/.test(text), `Home:\n${text.slice(0, 800)}`);
    });
    await openScreen(page, 'Problems');
    await captureScreen(run, page, 'Problems (broken plan)', 'problems.png');
    await results.check('broken plan: each Go to button selects its cell', async () => {
      const buttons = page.getByRole('button', { name: /^Go to / });
      const count = await buttons.count();
      expect(count >= 3, `only ${count} problems with a cell`);
      // The first, a middle and the last: enough to show each button has its own cell.
      for (const i of Array.from(new Set([0, Math.floor(count / 2), count - 1]))) {
        const label = (await buttons.nth(i).getAttribute('aria-label')) ?? '';
        const m = /^Go to (\S+) on (.+)$/.exec(label);
        expect(m, `unexpected label ${label}`);
        await buttons.nth(i).click();
        await page.waitForFunction(
          ([sheet, cell]) => {
            const s = (window as unknown as { __e2e: { host: { selection(): { sheet: string; address: string } } } }).__e2e.host.selection();
            return s.sheet === sheet && s.address.replace(/\$/g, '') === cell;
          },
          [m[2], m[1]] as const,
          { timeout: 5_000 },
        ).catch(async () => {
          const s = await inWorkbook(page, 'return host.selection();');
          throw new Error(`after "${label}" the selection is ${JSON.stringify(s)}`);
        });
      }
    });
    await results.check('broken plan: errors come before warnings', async () => {
      const badges = await page.locator('ul[aria-label="Problems"] li').evaluateAll((items) => items.map((li) => (/Error/.test(li.textContent ?? '') ? 'e' : 'w')).join(''));
      expect(/^e*w*$/.test(badges), `order: ${badges}`);
    });
  } finally {
    await page.close();
  }
}
