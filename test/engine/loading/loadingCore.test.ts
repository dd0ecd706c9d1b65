/** PM.LOADING from tables to cells, through the real model and scheduler. */
import { loadingCore } from '../../../src/functions/cores/loading';
import { dateCell } from '../../../src/functions/cores/outcome';
import { day } from '../../support/costPlan';

const call = <A extends object>(args: A) => ({ args, addresses: {} });
const tasks = [
  ['ID', 'Name', 'Duration', 'Predecessors', 'Resource Names'],
  [1, 'Design', '3d', '', 'Alice[50%]'],
  [2, 'Build', '4d', '1', 'Bob, Concrete[5]'],
];
const resources = [['Name', 'Type', 'Std. Rate'], ['Alice', 'Work', 50], ['Bob', 'Work', 40], ['Concrete', 'Material', 100]];
const settings = [['Setting', 'Value'], ['Project Start', '2026-03-04']];

describe('PM.LOADING', () => {
  it('gives a header of week starts and a row of hours per work resource', () => {
    const out = loadingCore(call({ tasks, resources, settings }));
    // Design Wed–Fri, Build Mon–Thu of the next week.
    expect(out.ok && out.value).toEqual([
      ['Resource', dateCell(day('2026-03-02')), dateCell(day('2026-03-09'))],
      ['Alice', 12, 0],
      ['Bob', 0, 32],
    ]);
  });

  it('goes by day or month when asked', () => {
    const days = loadingCore(call({ tasks, resources, settings, period: 'Day' }));
    expect(days.ok && days.value[0].length).toBe(1 + 7);
    const months = loadingCore(call({ tasks, resources, settings, period: 'month' }));
    expect(months.ok && months.value).toEqual([['Resource', dateCell(day('2026-03-01'))], ['Alice', 12], ['Bob', 32]]);
  });
});
