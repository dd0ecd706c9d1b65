/** Outside Excel (real Office.js in a plain browser) and without Office.js: the pane says so. */
import { join } from 'node:path';
import { axeViolations } from '../lib/axe';
import { expect } from '../lib/results';
import { openPane, type RunContext } from '../lib/run';

export async function withoutExcel(run: RunContext): Promise<void> {
  const { results } = run;

  const outside = await openPane(run, { kind: 'real' });
  await results.check('outside Excel: says the pane works inside Excel', async () => {
    const message = outside.getByTestId('unavailable');
    await message.waitFor({ timeout: 20_000 });
    expect((await message.getAttribute('data-reason')) === 'outsideExcel', 'expected the outside-Excel message');
    const text = await message.innerText();
    expect(/works inside Excel/.test(text), `unexpected text: ${text}`);
    await outside.screenshot({ path: join(run.outDir, 'outside-excel.png'), fullPage: true });
  });
  await results.check('outside Excel: no serious accessibility violations', async () => {
    const found = await axeViolations(outside);
    expect(found.length === 0, found.join('\n'));
  });
  await outside.close();

  const offline = await openPane(run, { kind: 'fail' });
  await results.check('Office.js cannot load: says so instead of a blank page', async () => {
    const message = offline.getByTestId('unavailable');
    await message.waitFor({ timeout: 20_000 });
    expect((await message.getAttribute('data-reason')) === 'noOffice', 'expected the no-Office message');
    const text = await message.innerText();
    expect(/Cannot connect to Excel/.test(text), `unexpected text: ${text}`);
    await offline.screenshot({ path: join(run.outDir, 'no-office.png'), fullPage: true });
  });
  await offline.close();
}
