/**
 * The leveling problem compiled for the search: times shifted so that the earliest release is 0,
 * links as adjacency arrays, the capacity left after fixed work as one flat day-by-day array,
 * and the static figures every priority rule and bound needs (earliest and latest starts).
 */
import type { FixedOverload, InfeasibleDemand, LevelingLink, LevelingProblem } from './problem';

/** Loads and capacities are hours that may carry fractions (a 30% assignment). */
export const EPS = 1e-9;

export interface Instance {
  n: number;
  resourceCount: number;
  /** Absolute ordinal of relative day 0. */
  origin: number;
  /** Days held by the capacity arrays: room enough for any schedule the search can build. */
  horizon: number;
  duration: Int32Array;
  release: Int32Array;
  fixed: Uint8Array;
  /** Activities that the search places, in input order. */
  movable: Int32Array;
  /** Per activity, its used resources: useResource[useStart[j]..useStart[j+1]), with useAmount. */
  useStart: Int32Array;
  useResource: Int32Array;
  useAmount: Float64Array;
  /** Links by successor (pred*) and by predecessor (succ*), as compressed rows. */
  predStart: Int32Array;
  predOf: Int32Array;
  predLag: Int32Array;
  succStart: Int32Array;
  succOf: Int32Array;
  succLag: Int32Array;
  /** Capacity per resource and day less the fixed activities' load: avail[r * horizon + t]. */
  baseAvail: Float64Array;
  /** Earliest start from releases and links, ignoring resources. */
  earliest: Int32Array;
  /** Latest start that keeps the critical-path finish and every fixed successor. */
  latest: Int32Array;
  /** Latest start allowed by fixed successors alone (large when none). */
  deadline: Int32Array;
  /** A topological order of all activities. */
  topo: Int32Array;
  /** Rank in the user's tie order: higher priority first, then less total float, then input order. */
  tieRank: Int32Array;
  /** Activities in that tie order. */
  tieOrder: Int32Array;
  priority: Float64Array;
  /** Finish (relative, exclusive) that no plan can beat. */
  lowerBound: number;
  /** Finish of the fixed activities (relative, exclusive): every plan ends at or after it. */
  fixedFinish: number;
  infeasible: InfeasibleDemand[];
  fixedOverloads: FixedOverload[];
}

const FAR = 1 << 30;

function checkLengths(p: LevelingProblem): void {
  const n = p.durations.length;
  const same = (name: string, a: readonly unknown[] | undefined): void => {
    if (a !== undefined && a.length !== n) throw new RangeError(`leveling: ${name} has ${a.length} entries for ${n} activities`);
  };
  same('releases', p.releases);
  same('fixed', p.fixed);
  same('demands', p.demands);
  same('priority', p.priority);
  same('totalFloat', p.totalFloat);
  same('asLateAsPossible', p.asLateAsPossible);
  for (let j = 0; j < n; j++) {
    if (!Number.isInteger(p.durations[j]) || p.durations[j] < 0) throw new RangeError(`leveling: duration of activity ${j} is not a whole number ≥ 0`);
    if (!Number.isInteger(p.releases[j])) throw new RangeError(`leveling: release of activity ${j} is not a whole ordinal`);
  }
  for (const l of p.links) {
    if (!(l.from >= 0 && l.from < n && l.to >= 0 && l.to < n) || !Number.isInteger(l.minLag)) {
      throw new RangeError(`leveling: link ${l.from} -> ${l.to} is out of range or has a fractional lag`);
    }
  }
}

/** Compressed rows of the links grouped by their `to` (predecessors) or, when !byTo, their `from` (successors). */
function adjacency(n: number, links: readonly LevelingLink[], byTo: boolean): [Int32Array, Int32Array, Int32Array] {
  const start = new Int32Array(n + 1);
  for (const l of links) start[(byTo ? l.to : l.from) + 1]++;
  for (let j = 0; j < n; j++) start[j + 1] += start[j];
  const fill = start.slice(0, n);
  const other = new Int32Array(links.length);
  const lag = new Int32Array(links.length);
  for (const l of links) {
    const at = fill[byTo ? l.to : l.from]++;
    other[at] = byTo ? l.from : l.to;
    lag[at] = l.minLag;
  }
  return [start, other, lag];
}

function topologicalOrder(n: number, succStart: Int32Array, succOf: Int32Array, predStart: Int32Array): Int32Array {
  const waiting = new Int32Array(n);
  for (let j = 0; j < n; j++) waiting[j] = predStart[j + 1] - predStart[j];
  const order = new Int32Array(n);
  let head = 0;
  let tail = 0;
  for (let j = 0; j < n; j++) if (waiting[j] === 0) order[tail++] = j;
  while (head < tail) {
    const j = order[head++];
    for (let e = succStart[j]; e < succStart[j + 1]; e++) if (--waiting[succOf[e]] === 0) order[tail++] = succOf[e];
  }
  // The CPM pass reports loops to the user; reaching here with one is a caller's mistake.
  if (tail < n) throw new RangeError('leveling: the links form a loop');
  return order;
}

export function buildInstance(p: LevelingProblem): Instance {
  checkLengths(p);
  const n = p.durations.length;
  const resourceCount = p.capacity.length;
  const fixedIn = p.fixed ?? [];
  const origin = n === 0 ? 0 : Math.min(...p.releases);

  const duration = Int32Array.from(p.durations);
  const release = Int32Array.from(p.releases, (r) => r - origin);
  const fixed = Uint8Array.from({ length: n }, (_, j) => (fixedIn[j] ? 1 : 0));
  const movable = Int32Array.from(Array.from({ length: n }, (_, j) => j).filter((j) => !fixed[j]));
  const priority = Float64Array.from({ length: n }, (_, j) => p.priority?.[j] ?? 0);
  const float = Float64Array.from({ length: n }, (_, j) => p.totalFloat?.[j] ?? 0);

  // Resource use, with demands no day could ever meet set aside and reported.
  const infeasible: InfeasibleDemand[] = [];
  const useStart = new Int32Array(n + 1);
  const useResource: number[] = [];
  const useAmount: number[] = [];
  for (let j = 0; j < n; j++) {
    const row = p.demands[j] ?? [];
    for (let r = 0; r < resourceCount; r++) {
      const demand = row[r] ?? 0;
      if (!(demand > EPS) || duration[j] === 0) continue;
      const normal = Math.max(0, p.capacity[r].normal);
      if (demand > normal + EPS) {
        infeasible.push({ activity: j, resource: r, demand, capacity: normal });
        continue;
      }
      useResource.push(r);
      useAmount.push(demand);
    }
    useStart[j + 1] = useResource.length;
  }

  const [predStart, predOf, predLag] = adjacency(n, p.links, true);
  const [succStart, succOf, succLag] = adjacency(n, p.links, false);
  const topo = topologicalOrder(n, succStart, succOf, predStart);

  // Enough days for any serial or parallel schedule: past every release, fixed finish and
  // capacity change, each activity in turn fits after everything placed before it.
  // Capacity changes that start beyond every possible placement (a holiday years ahead) are
  // never reached and need no days.
  let base = 0;
  let fixedFinish = 0;
  let work = 0;
  for (let j = 0; j < n; j++) {
    base = Math.max(base, release[j]);
    if (fixed[j]) fixedFinish = Math.max(fixedFinish, release[j] + duration[j]);
    else work += duration[j];
  }
  // A link adds room only by how far it reaches past its predecessor's finish.
  for (const l of p.links) work += Math.max(0, l.minLag - duration[l.from]);
  let horizon = Math.max(base, fixedFinish) + work + 2;
  const ranges = p.capacity.flatMap((c) => (c.exceptions ?? []).map((x) => [x.from - origin, x.to - origin]));
  ranges.sort((a, b) => a[0] - b[0]);
  for (const [from, to] of ranges) if (from < horizon) horizon = Math.max(horizon, to + 1 + work + 2);

  const baseAvail = new Float64Array(resourceCount * horizon);
  for (let r = 0; r < resourceCount; r++) {
    const c = p.capacity[r];
    baseAvail.fill(Math.max(0, c.normal), r * horizon, (r + 1) * horizon);
    for (const x of c.exceptions ?? []) {
      const from = Math.max(0, x.from - origin);
      const to = Math.min(horizon - 1, x.to - origin);
      if (to < from) continue;
      baseAvail.fill(Math.max(0, x.units), r * horizon + from, r * horizon + to + 1);
    }
  }
  for (let j = 0; j < n; j++) {
    if (!fixed[j]) continue;
    for (let u = useStart[j]; u < useStart[j + 1]; u++) {
      const row = useResource[u] * horizon;
      for (let t = release[j]; t < release[j] + duration[j]; t++) baseAvail[row + t] -= useAmount[u];
    }
  }
  const fixedOverloads: FixedOverload[] = [];
  for (let r = 0; r < resourceCount; r++) {
    let runFrom = -1;
    for (let t = 0; t <= horizon; t++) {
      const over = t < horizon && baseAvail[r * horizon + t] < -EPS;
      if (over && runFrom < 0) runFrom = t;
      if (!over && runFrom >= 0) {
        fixedOverloads.push({ resource: r, from: runFrom + origin, to: t - 1 + origin });
        runFrom = -1;
      }
    }
  }

  // Earliest starts forward, then what fixed successors and the critical path allow backward.
  const earliest = new Int32Array(n);
  for (const j of topo) {
    let es = release[j];
    if (!fixed[j]) for (let e = predStart[j]; e < predStart[j + 1]; e++) es = Math.max(es, earliest[predOf[e]] + predLag[e]);
    earliest[j] = es;
  }
  const tail = new Int32Array(n);
  const deadline = new Int32Array(n).fill(FAR);
  let cpFinish = fixedFinish;
  for (let i = n - 1; i >= 0; i--) {
    const j = topo[i];
    let t = duration[j];
    let dl = fixed[j] ? release[j] : FAR;
    for (let e = succStart[j]; e < succStart[j + 1]; e++) {
      const s = succOf[e];
      t = Math.max(t, succLag[e] + tail[s]);
      // A fixed activity keeps its start whatever follows it.
      if (!fixed[j] && deadline[s] < FAR) dl = Math.min(dl, deadline[s] - succLag[e]);
    }
    tail[j] = t;
    deadline[j] = dl;
    cpFinish = Math.max(cpFinish, earliest[j] + duration[j]);
  }
  const latest = new Int32Array(n);
  for (let j = 0; j < n; j++) latest[j] = Math.min(Math.max(cpFinish, earliest[j] + tail[j]) - tail[j], deadline[j]);

  const tieOrder = Array.from({ length: n }, (_, j) => j).sort(
    (a, b) => priority[b] - priority[a] || float[a] - float[b] || a - b,
  );
  const tieRank = new Int32Array(n);
  tieOrder.forEach((j, rank) => (tieRank[j] = rank));

  const inst: Instance = {
    n,
    resourceCount,
    origin,
    horizon,
    duration,
    release,
    fixed,
    movable,
    useStart,
    useResource: Int32Array.from(useResource),
    useAmount: Float64Array.from(useAmount),
    predStart,
    predOf,
    predLag,
    succStart,
    succOf,
    succLag,
    baseAvail,
    earliest,
    latest,
    deadline,
    topo,
    tieRank,
    tieOrder: Int32Array.from(tieOrder),
    priority,
    lowerBound: cpFinish,
    fixedFinish,
    infeasible,
    fixedOverloads,
  };
  inst.lowerBound = Math.max(cpFinish, resourceBound(inst));
  return inst;
}

/** No plan ends before each resource's capacity from day 0 has room for all its movable work. */
function resourceBound(inst: Instance): number {
  const work = new Float64Array(inst.resourceCount);
  for (const j of inst.movable) {
    for (let u = inst.useStart[j]; u < inst.useStart[j + 1]; u++) work[inst.useResource[u]] += inst.useAmount[u] * inst.duration[j];
  }
  let bound = 0;
  for (let r = 0; r < inst.resourceCount; r++) {
    let left = work[r] - EPS;
    let t = 0;
    while (left > 0 && t < inst.horizon) left -= Math.max(0, inst.baseAvail[r * inst.horizon + t++]);
    bound = Math.max(bound, t);
  }
  return bound;
}
