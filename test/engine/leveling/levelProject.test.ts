import fc from 'fast-check';
import { levelProject } from '../../../src/engine/leveling/levelProject';
import type { LevelingLink, LevelingProblem } from '../../../src/engine/leveling/problem';
import { seededRandom } from '../../../src/engine/leveling/random';
import { checkPlan } from './checkPlan';

/** A problem with one resource of capacity 1 unless told otherwise. */
function problem(p: Partial<LevelingProblem> & { durations: number[] }): LevelingProblem {
  return {
    releases: p.durations.map(() => 0),
    links: [],
    demands: p.durations.map(() => [1]),
    capacity: [{ normal: 1 }],
    ...p,
  };
}

function level(p: LevelingProblem) {
  const plan = levelProject(p);
  return { plan, faults: checkPlan(p, plan) };
}

describe('levelProject', () => {
  it('keeps the early starts when nothing competes', () => {
    const p = problem({ durations: [3, 2, 0], links: [{ from: 0, to: 1, minLag: 3 }, { from: 1, to: 2, minLag: 2 }], capacity: [{ normal: 5 }] });
    const { plan, faults } = level(p);
    expect(faults).toEqual([]);
    expect(plan.starts).toEqual([0, 3, 5]);
    expect(plan.makespan).toBe(5);
    expect(plan.lowerBound).toBe(5);
  });

  it('delays one of two tasks that share a resource, never overlapping them', () => {
    const { plan, faults } = level(problem({ durations: [3, 3] }));
    expect(faults).toEqual([]);
    expect(plan.makespan).toBe(6);
    expect([...plan.starts].sort()).toEqual([0, 3]);
  });

  it('on equal length, lets the higher Priority go first', () => {
    expect(level(problem({ durations: [2, 2], priority: [500, 600] })).plan.starts).toEqual([2, 0]);
    expect(level(problem({ durations: [2, 2], priority: [600, 500] })).plan.starts).toEqual([0, 2]);
  });

  it('on equal Priority, lets the task with less total float go first', () => {
    expect(level(problem({ durations: [2, 2], totalFloat: [5, 0] })).plan.starts).toEqual([2, 0]);
    expect(level(problem({ durations: [2, 2], totalFloat: [0, 5] })).plan.starts).toEqual([0, 2]);
  });

  it('puts project length before Priority: a critical task is not pushed out for a floating one', () => {
    // A (high priority) has room to wait; B, on the critical path, does not.
    const p = problem({
      durations: [2, 2, 5],
      priority: [900, 100, 100],
      links: [{ from: 1, to: 2, minLag: 2 }],
      demands: [[1], [1], [0]],
    });
    const { plan, faults } = level(p);
    expect(faults).toEqual([]);
    expect(plan.starts).toEqual([2, 0, 2]);
    expect(plan.makespan).toBe(7);
  });

  it('moves a task longer than the gap between resource holidays past them (absolute ordinals)', () => {
    const base = 40_000;
    const p = problem({
      durations: [6, 4],
      releases: [base, base],
      demands: [[8], [8]],
      capacity: [{ normal: 8, exceptions: [{ from: base + 5, to: base + 5, units: 0 }, { from: base + 10, to: base + 10, units: 0 }] }],
    });
    const { plan, faults } = level(p);
    expect(faults).toEqual([]);
    // The 6-day task fits neither before day 5 nor between the holidays; the 4-day one does.
    expect(plan.starts).toEqual([base + 11, base]);
    expect(plan.makespan).toBe(17);
  });

  it('reports a task that alone needs more than a resource has, and places it ignoring that resource only', () => {
    const p = problem({
      durations: [3, 2, 1],
      demands: [[10, 1], [8, 0], [0, 1]],
      capacity: [{ normal: 8 }, { normal: 1 }],
    });
    const { plan, faults } = level(p);
    expect(plan.infeasible).toEqual([{ activity: 0, resource: 0, demand: 10, capacity: 8 }]);
    expect(faults).toEqual([]);
    expect(plan.starts[1]).toBe(0);
    // Still leveled on the resource it can have.
    const [a, , c] = plan.starts;
    expect(a + 3 <= c || c + 1 <= a).toBe(true);
  });

  it('never lets a milestone use a resource or be reported', () => {
    const p = problem({ durations: [2, 0], links: [{ from: 0, to: 1, minLag: 2 }], demands: [[1], [99]] });
    const { plan, faults } = level(p);
    expect(faults).toEqual([]);
    expect(plan.infeasible).toEqual([]);
    expect(plan.starts).toEqual([0, 2]);
  });

  it('keeps a negative lag: a successor may start before its predecessor', () => {
    // B ≥ A − 5 with A released on day 5: B may start on day 0, on another resource.
    const p = problem({
      durations: [4, 3],
      releases: [5, 0],
      links: [{ from: 0, to: 1, minLag: -5 }],
      demands: [[1, 0], [0, 1]],
      capacity: [{ normal: 1 }, { normal: 1 }],
    });
    const { plan, faults } = level(p);
    expect(faults).toEqual([]);
    expect(plan.starts).toEqual([5, 0]);
  });

  it('keeps a negative lag under a resource conflict', () => {
    // B ≥ A − 2 and both need the one unit: B cannot fit before A, so it follows it.
    const p = problem({ durations: [4, 3], releases: [5, 0], links: [{ from: 0, to: 1, minLag: -2 }] });
    const { plan, faults } = level(p);
    expect(faults).toEqual([]);
    expect(plan.starts).toEqual([5, 9]);
    expect(plan.makespan).toBe(12);
  });

  it('never moves a fixed task and levels the others around it', () => {
    const p = problem({ durations: [2, 4], releases: [3, 0], fixed: [true, false] });
    const { plan, faults } = level(p);
    expect(faults).toEqual([]);
    expect(plan.starts).toEqual([3, 5]);
  });

  it('finishes a fixed task’s predecessor in time when there is room', () => {
    // P must end before fixed F on day 3; X, which has float, waits.
    const p = problem({
      durations: [2, 2, 3],
      releases: [3, 0, 0],
      fixed: [true, false, false],
      links: [{ from: 1, to: 0, minLag: 2 }],
      priority: [500, 500, 900],
    });
    const { plan, faults } = level(p);
    expect(faults).toEqual([]);
    expect(plan.brokenLinks).toEqual([]);
    expect(plan.starts[0]).toBe(3);
    expect(plan.starts[1]).toBeLessThanOrEqual(1);
  });

  it('reports a link into a fixed task that cannot be kept', () => {
    const link: LevelingLink = { from: 1, to: 0, minLag: 2 };
    const p = problem({ durations: [2, 2], releases: [3, 2], fixed: [true, false], links: [link], demands: [[1], [0]] });
    const { plan, faults } = level(p);
    expect(plan.brokenLinks).toEqual([link]);
    expect(faults).toEqual(['link 1 -> 0 (lag 2) broken: 2 -> 3']);
  });

  it('reports days on which fixed work alone overloads a resource', () => {
    const p = problem({ durations: [3, 3], releases: [0, 2], fixed: [true, true] });
    expect(levelProject(p).fixedOverloads).toEqual([{ resource: 0, from: 2, to: 2 }]);
  });

  it('handles fractional hours and capacity that varies by day', () => {
    const p = problem({
      durations: [2, 2, 2],
      demands: [[2.4], [2.4], [3.2]],
      capacity: [{ normal: 8, exceptions: [{ from: 0, to: 1, units: 4 }] }],
    });
    const { plan, faults } = level(p);
    expect(faults).toEqual([]);
    expect(plan.makespan).toBe(4);
  });

  it('gives the same plan every time', () => {
    const random = seededRandom(7);
    const n = 60;
    const durations = Array.from({ length: n }, () => Math.floor(random.next() * 8));
    const links: LevelingLink[] = [];
    for (let to = 1; to < n; to++) {
      const from = Math.floor(random.next() * to);
      links.push({ from, to, minLag: durations[from] - 1 });
    }
    const p = problem({
      durations,
      links,
      demands: durations.map(() => [Math.ceil(random.next() * 3), Math.floor(random.next() * 3)]),
      capacity: [{ normal: 4 }, { normal: 3, exceptions: [{ from: 4, to: 6, units: 0 }] }],
    });
    const first = levelProject(p);
    expect(checkPlan(p, first)).toEqual([]);
    expect(levelProject(p)).toEqual(first);
    expect(levelProject(p, { seed: 99 }).makespan).toBeGreaterThanOrEqual(first.lowerBound);
  });

  it('refuses links that form a loop (the CPM pass reports those to the user)', () => {
    expect(() => levelProject(problem({ durations: [1, 1], links: [{ from: 0, to: 1, minLag: 1 }, { from: 1, to: 0, minLag: -3 }] }))).toThrow(/loop/);
  });

  it('handles an empty project', () => {
    expect(levelProject({ durations: [], releases: [], links: [], demands: [], capacity: [] })).toMatchObject({ starts: [], makespan: 0 });
  });
});

/** Small random problems: forward links with leads and lags, holidays, fixed work. */
const arbitraryProblem = fc
  .record({
    n: fc.integer({ min: 1, max: 10 }),
    resources: fc.integer({ min: 1, max: 3 }),
    seed: fc.integer(),
    withFixed: fc.boolean(),
  })
  .map(({ n, resources, seed, withFixed }): LevelingProblem => {
    const random = seededRandom(seed);
    const int = (max: number): number => Math.floor(random.next() * (max + 1));
    const durations = Array.from({ length: n }, () => int(5));
    const links: LevelingLink[] = [];
    for (let to = 1; to < n; to++) for (let from = 0; from < to; from++) if (random.next() < 0.25) links.push({ from, to, minLag: int(12) - 4 });
    return {
      durations,
      releases: durations.map(() => 100 + int(4)),
      fixed: durations.map(() => withFixed && random.next() < 0.2),
      links,
      demands: durations.map(() => Array.from({ length: resources }, () => (random.next() < 0.6 ? int(4) : 0))),
      capacity: Array.from({ length: resources }, () => ({
        normal: 1 + int(4),
        exceptions: random.next() < 0.5 ? [{ from: 100 + int(10), to: 100 + int(14), units: int(2) }] : [],
      })),
      priority: durations.map(() => int(2) * 100),
      totalFloat: durations.map(() => int(3)),
    };
  });

describe('levelProject on random small problems', () => {
  it('always gives a sound plan; only what it reports may be off', () => {
    fc.assert(
      fc.property(arbitraryProblem, (p) => {
        const plan = levelProject(p, { maxSchedules: 60 });
        const overloaded = new Set<string>();
        for (const o of plan.fixedOverloads) for (let d = o.from; d <= o.to; d++) overloaded.add(`resource ${o.resource} loaded .* on day ${d},`);
        const broken = plan.brokenLinks.map((l) => `link ${l.from} -> ${l.to} (lag ${l.minLag}) broken`);
        for (const l of plan.brokenLinks) expect(p.fixed?.[l.to]).toBe(true);
        for (const fault of checkPlan(p, plan)) {
          const explained = broken.some((b) => fault.startsWith(b)) || [...overloaded].some((o) => new RegExp(`^${o}`).test(fault));
          expect(explained ? '' : fault).toBe('');
        }
        if (!p.fixed?.some(Boolean)) expect(plan.brokenLinks).toEqual([]);
        expect(plan.makespan).toBeGreaterThanOrEqual(plan.lowerBound);
      }),
      { numRuns: 500 },
    );
  });
});
