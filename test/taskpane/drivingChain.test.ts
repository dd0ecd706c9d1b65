/** The reasons the Why screen gives, in a project manager's words. */
import { describeDriver } from '../../src/taskpane/services/drivingChain';
import type { Model } from '../../src/model/types';

const model = { tasks: [{ id: '1', name: 'Pack' }] } as unknown as Model;

describe('describeDriver', () => {
  it('says how a link places a task, with its lag or lead in working days', () => {
    expect(describeDriver({ kind: 'link', predecessor: 0, type: 'FS', lag: 0 }, model)).toBe('Starts after 1 Pack finishes (FS).');
    expect(describeDriver({ kind: 'link', predecessor: 0, type: 'SS', lag: 1 }, model)).toBe('Starts when 1 Pack starts, 1 working day later (SS+1d).');
    expect(describeDriver({ kind: 'link', predecessor: 0, type: 'FS', lag: -2 }, model)).toBe('Starts after 1 Pack finishes, 2 working days earlier (a lead) (FS-2d).');
  });

  it('counts a leveling delay in working days', () => {
    expect(describeDriver({ kind: 'leveling', delay: 1 }, model)).toBe('Delayed 1 working day by resource leveling.');
    expect(describeDriver({ kind: 'leveling', delay: 3 }, model)).toBe('Delayed 3 working days by resource leveling.');
  });
});
