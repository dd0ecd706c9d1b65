/**
 * The end-to-end run (contract §7): the built task pane (dist/, from `npm run build`) in headless
 * Chromium against the in-memory Excel host. Writes screenshots and metrics.json to $E2E_OUT
 * (default test/e2e/out) and ends with `e2e: N passed, M failed`; non-zero exit on any failure.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launch } from './lib/browser';
import { bundleHost } from './lib/bundle';
import { Results } from './lib/results';
import type { RunContext } from './lib/run';
import { serveFolder } from './lib/server';
import { withoutExcel } from './scenarios/withoutExcel';
import { samplePlan } from './scenarios/samplePlan';
import { emptyWorkbook } from './scenarios/emptyWorkbook';
import { brokenPlan } from './scenarios/brokenPlan';
import { interaction } from './scenarios/interaction';
import { liveEdit } from './scenarios/liveEdit';

const ROOT = resolve(__dirname, '..', '..');
const DIST = join(ROOT, 'dist');
const OUT = resolve(process.env.E2E_OUT || join(ROOT, 'test', 'e2e', 'out'));
/** The whole run's budget; a hung browser must not hang CI. */
const DEADLINE_MS = 170_000;

async function main(): Promise<number> {
  const results = new Results();
  if (!existsSync(join(DIST, 'taskpane.html'))) {
    results.fail('dist/taskpane.html exists', new Error('Run `npm run build` first: the e2e run builds nothing itself.'));
    console.log(results.summary());
    return 1;
  }
  mkdirSync(OUT, { recursive: true });
  const started = Date.now();
  const server = await serveFolder(DIST);
  const browser = await launch();
  const run: RunContext = { results, browser, origin: server.origin, outDir: OUT, hostScript: '', metrics: {} };
  const timer = setTimeout(() => {
    results.fail('finishes in time', new Error(`still running after ${DEADLINE_MS / 1000} s`));
    console.log(results.summary());
    process.exit(1);
  }, DEADLINE_MS);
  try {
    await withoutExcel(run);
    run.hostScript = await bundleHost();
    await samplePlan(run);
    await brokenPlan(run);
    await liveEdit(run);
    await interaction(run);
    await emptyWorkbook(run);
  } catch (error) {
    results.fail('the run itself', error);
  } finally {
    clearTimeout(timer);
    writeFileSync(join(OUT, 'metrics.json'), `${JSON.stringify(run.metrics, null, 2)}\n`);
    await browser.close();
    await server.close();
  }
  console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s; screenshots and metrics.json in ${OUT})`);
  console.log(results.summary());
  return results.failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    console.log('e2e: 0 passed, 1 failed');
    process.exit(1);
  },
);
