/** Every core rejects bad arguments before it computes anything. */
import { evmCore } from '../../../src/functions/cores/evm';
import { loadingCore } from '../../../src/functions/cores/loading';
import { scheduleCore } from '../../../src/functions/cores/schedule';

const tasks = [['ID', 'Name', 'Duration'], [1, 'Design', 5]];
const resources = [['Name', 'Max Units'], ['Alice', 1]];
const call = <A extends object>(args: A) => ({ args, addresses: {} });

describe('cores check their arguments first', () => {
  it('rejects a bad status date, a missing range, an unknown period or metric', () => {
    expect(scheduleCore(call({ tasks, statusDate: 'soon' }))).toMatchObject({ ok: false, failure: { kind: 'argument' } });
    expect(loadingCore(call({ tasks, resources: null }))).toMatchObject({ ok: false, failure: { kind: 'argument' } });
    expect(loadingCore(call({ tasks, resources, period: 'year' }))).toMatchObject({ ok: false, failure: { kind: 'argument' } });
    expect(evmCore(call({ tasks, statusDate: null, metric: 'ROI' }))).toMatchObject({ ok: false, failure: { kind: 'argument' } });
  });
});
