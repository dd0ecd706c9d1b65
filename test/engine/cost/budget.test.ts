/** Budgets at completion (contract §3), worked by hand. */
import { taskBudgets } from '../../../src/engine/cost/budget';
import { plan } from '../../support/costPlan';

const resources = [
  ['Name', 'Type', 'Std. Rate', 'Cost/Use', 'Max Units'],
  ['Alice', 'Work', 50, 100, '100%'],
  ['Crew', 'Work', '$400/day', 0, 3],
  ['Concrete', 'Material', 120, 0, null],
  ['Travel', 'Cost', 0, 500, null],
  ['Permit', 'Cost', 1, 0, null],
];

describe('task budgets', () => {
  it('prices work by the hour, materials by the unit, and adds Cost/Use and Fixed Cost', () => {
    const model = plan([
      ['ID', 'Name', 'Duration', 'Fixed Cost', 'Resource Names'],
      // 200 + 50% × 8 h × 5 d × 50 + 100 = 1300
      [1, 'Design', '5d', 200, 'Alice[50%]'],
      // 10 units × 120 + Travel's 500 per use = 1700
      [2, 'Pour', '3d', 0, 'Concrete[10], Travel'],
      // $400/day is 50 an hour: 2 crews × 8 h × 2 d × 50 = 1600; an amount typed as units: 750 × 1
      [3, 'Dig', '2d', 0, 'Crew[2], Permit[750]'],
      // A milestone costs only its per-use charges.
      [4, 'Sign-off', '0d', 0, 'Alice'],
    ], { resources });
    const { bac, total, issues } = taskBudgets(model);
    expect(Array.from(bac)).toEqual([1300, 1700, 2350, 100]);
    expect(total).toBe(5450);
    expect(issues).toEqual([]);
  });

  it('takes Baseline Cost (or Budget) over everything else, and skips unknown resources', () => {
    const model = plan([
      ['ID', 'Name', 'Duration', 'Budget', 'Fixed Cost', 'Resource Names'],
      [1, 'Design', '5d', 999, 200, 'Alice'],
      [2, 'Test', '1d', null, 10, 'Ghost'],
    ], { resources });
    expect(Array.from(taskBudgets(model).bac)).toEqual([999, 10]);
    // The unknown name is the model's warning, not the budget's.
    expect(model.issues.some((i) => i.message.includes("'Ghost'"))).toBe(true);
    expect(taskBudgets(model).issues).toEqual([]);
  });

  it('rolls subtasks up into summaries and counts each leaf once', () => {
    const model = plan([
      ['ID', 'Name', 'Outline Level', 'Duration', 'Baseline Cost', 'Fixed Cost'],
      [1, 'Phase 1', 1, null, 300, 0],
      [2, 'A', 2, '1d', 100, 0],
      [3, 'Stage', 2, null, null, 0],
      [4, 'B', 3, '1d', 150, 0],
      [5, 'C', 3, '1d', 50, 0],
      [6, 'Phase 2', 1, null, 999, 40],
      [7, 'D', 2, '1d', 1000, 0],
    ]);
    const { bac, total, issues } = taskBudgets(model);
    expect(Array.from(bac)).toEqual([300, 100, 200, 150, 50, 1000, 1000]);
    expect(total).toBe(1300);
    // Phase 1's typed 300 agrees with its subtasks; Phase 2's 999 and its fixed cost do not count.
    expect(issues.map((i) => [i.row, i.column, i.cell])).toEqual([[7, 'Baseline Cost', 'E7'], [7, 'Fixed Cost', 'F7']]);
    expect(issues[0].message).toContain('sum of its subtasks (1,000)');
  });

  it('warns that a summary’s own resources are not counted', () => {
    const model = plan([
      ['ID', 'Name', 'Outline Level', 'Duration', 'Resource Names'],
      [1, 'Phase', 1, null, 'Alice'],
      [2, 'A', 2, '2d', 'Alice'],
    ], { resources });
    const { bac, issues } = taskBudgets(model);
    expect(Array.from(bac)).toEqual([900, 900]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: 'warning', row: 2, column: 'Resource Names', cell: 'E2' });
  });
});
