import { levelCore } from '../../../src/functions/cores/level';

const settings = [['Setting', 'Value'], ['Project Start', '2026-03-02']];
const resources = [['Name', 'Max Units'], ['Ann', '100%']];
const call = <A extends object>(args: A) => ({ args, addresses: {} });

describe('PM.LEVEL core', () => {
  it('delays the second of two tasks that need the same person on the same days', () => {
    // Both 3-day tasks start Monday 2026-03-02 and need Ann full time: one must wait 3 working days.
    const tasks = [['ID', 'Name', 'Duration', 'Resource Names'], [1, 'Pack', 3, 'Ann'], [2, 'Label', 3, 'Ann']];
    const result = levelCore(call({ tasks, resources, settings }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [header, ...rows] = result.value;
    expect(header).toEqual(['ID', 'Start', 'Finish', 'Late Start', 'Late Finish', 'Total Float', 'Free Float', 'Critical', 'Leveling Delay']);
    const delays = rows.map((r) => r[8]).sort();
    expect(delays).toEqual([0, 3]);
  });

  it('gives the plan error instead of numbers', () => {
    const tasks = [['ID', 'Name', 'Duration'], [1, 'Pack', 'soon']];
    expect(levelCore(call({ tasks, resources, settings }))).toMatchObject({ ok: false });
  });
});
