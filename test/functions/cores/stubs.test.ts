/** Cores whose engines are not built yet: they check their arguments, then answer #N/A. */
import { criticalPathCore } from '../../../src/functions/cores/criticalPath';
import { evmCore } from '../../../src/functions/cores/evm';
import { finishCore } from '../../../src/functions/cores/finish';
import { levelCore } from '../../../src/functions/cores/level';
import { loadingCore } from '../../../src/functions/cores/loading';
import { scheduleCore } from '../../../src/functions/cores/schedule';

const tasks = [['ID', 'Name', 'Duration'], [1, 'Design', 5]];
const resources = [['Name', 'Max Units'], ['Alice', 1]];
const call = <A extends object>(args: A) => ({ args, addresses: {} });

describe('cores still waiting for their engines', () => {
  it.each([
    ['SCHEDULE', () => scheduleCore(call({ tasks }))],
    ['FINISH', () => finishCore(call({ tasks }))],
    ['CRITICALPATH', () => criticalPathCore(call({ tasks }))],
    ['LEVEL', () => levelCore(call({ tasks, resources }))],
  ])('PM.%s answers not available', (name, run) => {
    expect(run()).toEqual({ ok: false, failure: { kind: 'notAvailable', message: `PM.${name} is not available yet` } });
  });

  it('still rejects bad arguments first', () => {
    expect(scheduleCore(call({ tasks, statusDate: 'soon' }))).toMatchObject({ ok: false, failure: { kind: 'argument' } });
    expect(loadingCore(call({ tasks, resources: null }))).toMatchObject({ ok: false, failure: { kind: 'argument' } });
    expect(loadingCore(call({ tasks, resources, period: 'year' }))).toMatchObject({ ok: false, failure: { kind: 'argument' } });
    expect(evmCore(call({ tasks, statusDate: null, metric: 'ROI' }))).toMatchObject({ ok: false, failure: { kind: 'argument' } });
  });
});
