/**
 * `npm run bench`: every benchmark in bench/, each in its own Node process so one's garbage and
 * JIT state do not weigh on the next. Leveling against PSPLIB is `npm run bench:level`.
 */
import { spawnSync } from 'child_process';
import { readdirSync } from 'fs';
import { join } from 'path';

const SKIP = new Set(['index.ts', 'level-psplib.ts']);

const files = readdirSync(__dirname).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !SKIP.has(f)).sort();
let failed = 0;
for (const file of files) {
  console.log(`\n== ${file}`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, file)], { stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
process.exitCode = failed > 0 ? 1 : 0;
