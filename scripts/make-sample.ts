/**
 * `npm run sample`: writes samples/office-relocation.xlsx (the realistic plan) and
 * samples/broken-plan.xlsx (a plan full of mistakes) from their definitions in samples/.
 */
import * as path from 'path';
import { brokenPlan } from '../samples/brokenPlan';
import { officeRelocation } from '../samples/officeRelocation';
import { writeSample } from '../samples/writeSample';

async function main(): Promise<void> {
  const folder = path.join(__dirname, '..', 'samples');
  for (const sample of [officeRelocation, brokenPlan]) {
    const file = path.join(folder, `${sample.title}.xlsx`);
    await writeSample(sample, file);
    const tasks = (sample.tables.tasks?.length ?? 1) - 1;
    console.log(`wrote ${path.relative(process.cwd(), file)} (${tasks} task rows)`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
