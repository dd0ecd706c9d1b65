/**
 * Properties of random plans (fast-check): links hold, float is never negative without late
 * constraints, the critical tasks form an unbroken chain from the project start to the finish,
 * drivers name a link that binds, and scheduling a schedule's own output changes nothing.
 * Checks run on `result.moments` (moment k = the start of working day k; see docs/scheduling.md).
 */
import fc from 'fast-check';
import { schedule } from '../../../src/engine/schedule';
import type { ScheduleResult } from '../../../src/engine/types';
import { makeCalendar } from '../../../src/model/calendar';
import { isoFromSerial } from '../../../src/model/dates';
import { holidayDays } from '../../../src/model/holidays';
import type { Model } from '../../../src/model/types';
import { plan, type PlanOptions, type TaskRow } from '../../support/plan';

const TYPES = ['FS', 'SS', 'FF', 'SF'] as const;

interface Generated {
  rows: TaskRow[];
  options: PlanOptions;
}

function randomPlan(extras: { constraints: boolean; delays?: boolean }): fc.Arbitrary<Generated> {
  const link = fc.record({ at: fc.double({ min: 0, max: 0.999, noNaN: true }), type: fc.constantFrom(...TYPES), lag: fc.integer({ min: -3, max: 4 }) });
  const task = fc.record({
    duration: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 9 })),
    links: fc.array(link, { maxLength: 3 }),
    constraint: extras.constraints ? fc.option(fc.constantFrom('SNET', 'FNET', 'ALAP'), { freq: 3 }) : fc.constant(null),
    dateOffset: fc.integer({ min: 0, max: 25 }),
    delay: extras.delays ?? extras.constraints ? fc.option(fc.integer({ min: 1, max: 4 }), { freq: 4 }) : fc.constant(null),
  });
  return fc.record({
    tasks: fc.array(task, { minLength: 1, maxLength: 25 }),
    holidays: fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 6 }),
    week: fc.constantFrom('Mon-Fri', 'Mon-Sat', 'Sun-Thu'),
  }).map(({ tasks, holidays, week }) => {
    const monday = 46083;
    const rows: TaskRow[] = tasks.map((t, i) => {
      const seen = new Set<number>();
      const preds = i === 0 ? [] : t.links
        .map((l) => ({ ...l, p: Math.floor(l.at * i) }))
        .filter((l) => !seen.has(l.p) && seen.add(l.p))
        .map((l) => `${l.p + 1}${l.type}${l.lag >= 0 ? '+' : ''}${l.lag}`);
      const row: TaskRow = { id: i + 1, duration: `${t.duration}d`, predecessors: preds.join(', ') };
      if (t.constraint) {
        row.constraint = t.constraint;
        if (t.constraint !== 'ALAP') row.constraintDate = isoFromSerial(monday + t.dateOffset);
      }
      if (t.delay) row.delay = t.delay;
      return row;
    });
    return { rows, options: { workWeek: week, holidays: holidays.map((h) => isoFromSerial(monday + h)) } };
  });
}

function run(g: Generated): { model: Model; result: ScheduleResult } {
  const model = plan(g.rows, g.options);
  expect(model.issues.filter((i) => i.severity === 'error')).toEqual([]);
  return { model, result: schedule(model) };
}

/** How far link k into task s is from binding: ≥ 0 when it holds, 0 when it drives. */
function gap(model: Model, result: ScheduleResult, s: number, k: number): number {
  const m = result.moments!;
  const l = model.tasks[s].predecessors[k];
  const p = l.predecessor;
  switch (l.type) {
    case 'FS': return m.start[s] - (m.finish[p] + l.lag);
    case 'SS': return m.start[s] - (m.start[p] + l.lag);
    case 'FF': return m.finish[s] - (m.finish[p] + l.lag);
    default: return m.finish[s] - (m.start[p] + l.lag);
  }
}

const RUNS = { numRuns: 150, seed: 424242 };

// A shared machine can be slow; the work is fixed by the seed.
jest.setTimeout(120_000);

describe('schedule properties', () => {
  it('every link is satisfied and no task starts before the project start', () => {
    fc.assert(fc.property(randomPlan({ constraints: true }), (g) => {
      const { model, result } = run(g);
      const m = result.moments!;
      for (const t of model.tasks) {
        expect(m.start[t.index]).toBeGreaterThanOrEqual(m.projectStart);
        expect(m.finish[t.index] - m.start[t.index]).toBe(t.duration);
        t.predecessors.forEach((_, k) => expect(gap(model, result, t.index, k)).toBeGreaterThanOrEqual(0));
      }
    }), RUNS);
  });

  it('float is never negative without late constraints, and free float never exceeds total float', () => {
    fc.assert(fc.property(randomPlan({ constraints: true }), (g) => {
      const { result } = run(g);
      for (const t of result.tasks) {
        expect(t.totalFloat).toBeGreaterThanOrEqual(0);
        expect(t.freeFloat).toBeGreaterThanOrEqual(0);
        expect(t.freeFloat).toBeLessThanOrEqual(t.totalFloat);
        expect(t.lateFinish).toBeGreaterThanOrEqual(t.finish);
      }
    }), RUNS);
  });

  it('the critical tasks form an unbroken chain from the project start to the project finish', () => {
    fc.assert(fc.property(randomPlan({ constraints: false }), (g) => {
      const { model, result } = run(g);
      const m = result.moments!;
      const critical = new Set(result.criticalPath);
      expect(critical.size).toBeGreaterThan(0);
      const successors = new Map<number, [number, number][]>();
      for (const t of model.tasks) t.predecessors.forEach((l, k) => {
        successors.set(l.predecessor, [...(successors.get(l.predecessor) ?? []), [t.index, k]]);
      });
      let reachesFinish = false;
      for (const i of critical) {
        // Backwards: at the project start, or after a critical predecessor through a binding link.
        const fromStart = m.start[i] === m.projectStart
          || model.tasks[i].predecessors.some((l, k) => critical.has(l.predecessor) && gap(model, result, i, k) === 0);
        // Forwards: at the project finish, or before a critical successor through a binding link.
        const toFinish = m.finish[i] === m.projectFinish
          || (successors.get(i) ?? []).some(([s, k]) => critical.has(s) && gap(model, result, s, k) === 0);
        expect({ task: i, fromStart, toFinish }).toEqual({ task: i, fromStart: true, toFinish: true });
        if (m.finish[i] === m.projectFinish) reachesFinish = true;
      }
      expect(reachesFinish).toBe(true);
    }), RUNS);
  });

  it('a link driver names a link that binds', () => {
    fc.assert(fc.property(randomPlan({ constraints: true }), (g) => {
      const { model, result } = run(g);
      for (const t of result.tasks) {
        const d = t.driver.kind === 'leveling' ? t.driver.from! : t.driver;
        if (d.kind !== 'link' || t.driver.kind === 'leveling') continue;
        const k = model.tasks[t.task].predecessors.findIndex((l) => l.predecessor === d.predecessor && l.type === d.type && l.lag === d.lag);
        expect(k).toBeGreaterThanOrEqual(0);
        expect(gap(model, result, t.task, k)).toBe(0);
      }
    }), RUNS);
  });

  it("scheduling a schedule's own output (its starts as fixed Starts) changes nothing", () => {
    // Without leveling delays: a delay moves with its predecessors and a fixed Start does not, so
    // with delays only the dates come back the same (next test).
    fc.assert(fc.property(randomPlan({ constraints: true, delays: false }), (g) => {
      const first = run(g).result;
      const again: Generated = {
        rows: g.rows.map((r, i) => ({ ...r, start: isoFromSerial(first.tasks[i].start), delay: undefined })),
        options: g.options,
      };
      const second = run(again).result;
      const view = (r: ScheduleResult) => r.tasks.map((t) => [t.start, t.finish, t.lateStart, t.lateFinish, t.totalFloat, t.freeFloat, t.critical]);
      expect(view(second)).toEqual(view(first));
      expect(second.project).toEqual(first.project);
    }), RUNS);
  });

  it('with leveling delays, the dates come back the same', () => {
    // Not for ALAP (its late dates count the delays after it) nor delayed milestones (a milestone
    // one moment after the project start shows the project start day too).
    fc.assert(fc.property(randomPlan({ constraints: true }), (plain) => {
      const rows = plain.rows.map((r) => ({
        ...r,
        constraint: r.constraint === 'ALAP' ? undefined : r.constraint,
        delay: r.duration === '0d' ? undefined : r.delay,
      }));
      const g = { rows, options: plain.options };
      const first = run(g).result;
      const second = run({ rows: g.rows.map((r, i) => ({ ...r, start: isoFromSerial(first.tasks[i].start), delay: undefined })), options: g.options }).result;
      expect(second.tasks.map((t) => [t.start, t.finish])).toEqual(first.tasks.map((t) => [t.start, t.finish]));
    }), RUNS);
  });

  it('with progress and a status date, no remaining work lies before it and links between open tasks hold', () => {
    const progress = fc.array(fc.record({ done: fc.constantFrom(0, 0, 0, 0.3, 0.5, 1), startedOn: fc.integer({ min: 0, max: 12 }) }), { minLength: 25, maxLength: 25 });
    fc.assert(fc.property(randomPlan({ constraints: true }), progress, fc.integer({ min: 0, max: 20 }), (g, p, statusOffset) => {
      const monday = 46083;
      const rows = g.rows.map((r, i) => (p[i].done > 0 && r.duration !== '0d'
        ? { ...r, complete: p[i].done, actualStart: isoFromSerial(monday + p[i].startedOn) }
        : r));
      const { model, result } = run({ rows, options: { ...g.options, statusDate: isoFromSerial(monday + statusOffset) } });
      const calendar = makeCalendar(model.settings.workWeek, holidayDays(model.holidays));
      const dataDate = calendar.ordinalOnOrAfter(monday + statusOffset + 1);
      const m = result.moments!;
      for (const t of result.tasks) {
        expect(t.totalFloat).toBeGreaterThanOrEqual(0);
        if (t.remainingDuration > 0) expect(m.finish[t.task] - t.remainingDuration).toBeGreaterThanOrEqual(dataDate);
      }
      const untouched = (i: number) => rows[i].complete === undefined;
      for (const t of model.tasks) {
        if (!untouched(t.index)) continue;
        t.predecessors.forEach((l, k) => {
          if (untouched(l.predecessor)) expect(gap(model, result, t.index, k)).toBeGreaterThanOrEqual(0);
        });
      }
    }), RUNS);
  });
});
