/**
 * A schedule depends on its plan alone. The engine keeps its working arrays between calls
 * (scratch.ts) and resets a task's bounds only when something bounds it this call, so the
 * plan scheduled before must never show through: here plans of the same size, with
 * constraints, deadlines, progress, summaries and leveling delays, are scheduled after one
 * another and each compared with the schedule it got first.
 */
import fc from 'fast-check';
import { schedule } from '../../../src/engine/schedule';
import type { ScheduleResult } from '../../../src/engine/types';
import { isoFromSerial } from '../../../src/model/dates';
import { plan, type TaskRow } from '../../support/plan';

const MONDAY = 46083;
const CONSTRAINTS = ['SNET', 'FNET', 'SNLT', 'FNLT', 'MSO', 'MFO', 'ALAP'] as const;

const row = fc.record({
  duration: fc.integer({ min: 0, max: 6 }),
  link: fc.option(fc.record({ back: fc.integer({ min: 1, max: 4 }), type: fc.constantFrom('FS', 'SS', 'FF', 'SF'), lag: fc.integer({ min: -2, max: 3 }) }), { freq: 2 }),
  constraint: fc.option(fc.record({ type: fc.constantFrom(...CONSTRAINTS), day: fc.integer({ min: 0, max: 30 }) }), { freq: 4 }),
  deadline: fc.option(fc.integer({ min: 3, max: 30 }), { freq: 5 }),
  progress: fc.option(fc.record({ complete: fc.constantFrom(25, 50, 100), day: fc.integer({ min: 0, max: 8 }) }), { freq: 5 }),
  delay: fc.option(fc.integer({ min: 1, max: 3 }), { freq: 6 }),
});

/** n rows; every fourth a summary over the three after it when `summaries`. */
function rows(n: number, summaries: boolean): fc.Arbitrary<TaskRow[]> {
  return fc.array(row, { minLength: n, maxLength: n }).map((made) => made.map((r, i): TaskRow => {
    const summary = summaries && i % 4 === 0 && i + 3 < n;
    const level = summaries ? (i % 4 === 0 && i + 3 < n ? 1 : 2) : undefined;
    const t: TaskRow = { id: i + 1, duration: summary ? null : `${r.duration}d`, level };
    if (summary) return t;
    const from = i + 1 - (r.link?.back ?? 0);
    if (r.link && from >= 1 && !(summaries && (from - 1) % 4 === 0)) t.predecessors = `${from}${r.link.type}${r.link.lag >= 0 ? '+' : ''}${r.link.lag}`;
    if (r.constraint) {
      t.constraint = r.constraint.type;
      if (r.constraint.type !== 'ALAP') t.constraintDate = isoFromSerial(MONDAY + r.constraint.day);
    }
    if (r.deadline) t.deadline = isoFromSerial(MONDAY + r.deadline);
    if (r.progress) {
      t.complete = `${r.progress.complete}%`;
      t.actualStart = isoFromSerial(MONDAY + r.progress.day);
    }
    if (r.delay) t.delay = r.delay;
    return t;
  }));
}

/** Everything a face can read of a schedule, as plain data. */
function seen(result: ScheduleResult): unknown {
  return JSON.parse(JSON.stringify({
    project: result.project, tasks: result.tasks, order: result.order, criticalPath: result.criticalPath,
    issues: result.issues, columns: Object.fromEntries(Object.entries(result.columns).map(([k, v]) => [k, Array.from(v as ArrayLike<number>)])),
    moments: { start: Array.from(result.moments!.start), finish: Array.from(result.moments!.finish) },
  }));
}

describe('a schedule depends on its plan alone', () => {
  it('whatever plan of the same size was scheduled before it', () => {
    const pair = fc.integer({ min: 4, max: 16 }).chain((n) => fc.tuple(rows(n, false), rows(n, true), fc.boolean()));
    fc.assert(fc.property(pair, ([first, second, statusDate]) => {
      const options = statusDate ? { statusDate: isoFromSerial(MONDAY + 10) } : {};
      const a = plan(first, options);
      const b = plan(second, options);
      const alone = seen(schedule(a));
      schedule(b);
      expect(seen(schedule(a))).toEqual(alone);
      const bAlone = seen(schedule(b));
      schedule(a);
      expect(seen(schedule(b))).toEqual(bAlone);
    }), { numRuns: 200, seed: 20261126 });
  });

  it('leveling delays asked for one call are gone in the next', () => {
    const model = plan([[1, '2d'], [2, '3d', '1'], [3, '1d', '2']]);
    const plain = seen(schedule(model));
    schedule(model, { levelingDelays: [0, 2, 1] });
    expect(seen(schedule(model))).toEqual(plain);
  });
});
