import { createHash } from 'crypto';
import { readFileSync } from 'fs';
import { join } from 'path';
import { buildModel } from '../../src/model/buildModel';
import { messyPlan, modelLines } from './messyPlan';

/**
 * The model of a messy plan, line by line, against what the model code made of it before it was
 * tuned for speed (fixtures/messyPlan.golden.json holds a short hash of each line). A failure lists
 * the lines that changed, as they are now.
 */
const golden = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'messyPlan.golden.json'), 'utf8')) as Record<string, { tasks: string[]; issues: string[]; rest: string }>;
const hash = (line: string) => createHash('sha256').update(line).digest('hex').slice(0, 16);

describe.each(['outline', 'wbs'] as const)('the messy plan with a %s hierarchy', (hierarchy) => {
  const lines = modelLines(buildModel(messyPlan(hierarchy)));
  const expected = golden[hierarchy];
  const changed = (now: string[], before: string[]) => now.filter((line, k) => hash(line) !== before[k]);

  it('has the same tasks', () => {
    expect(lines.tasks).toHaveLength(expected.tasks.length);
    expect(changed(lines.tasks, expected.tasks)).toEqual([]);
  });
  it('reports the same issues, in the same order', () => {
    expect(lines.issues).toHaveLength(expected.issues.length);
    expect(changed(lines.issues, expected.issues)).toEqual([]);
  });
  it('has the same resources, holidays, actuals, settings and tables', () => expect(changed([lines.rest], [expected.rest])).toEqual([]));
});
