/**
 * The forward pass: early start and finish of every leaf task, in topological order.
 *
 * A link with lag L asks: FS start ≥ predecessor finish + L; SS start ≥ predecessor start + L;
 * FF finish ≥ predecessor finish + L; SF finish ≥ predecessor start + L. Work not yet done also
 * starts no earlier than the project start, its early constraints and the status date; a
 * leveling delay comes on top; a pin (MSO/MFO) overrides it all. Started work keeps its actual
 * start and schedules its remaining days after the status date, still after unfinished FS, FF and
 * SF predecessors (Primavera P6's retained logic); done work keeps its actual dates.
 */
import * as codes from './state';
import type { Network, Times } from './state';

// Bound once here: a bundler may turn an imported binding into a getter, too slow for a hot loop.
const { BY_ACTUAL, BY_ALAP, BY_PIN, BY_STATUS_DATE, COMPLETE, FF, FS, NONE, SS, UNSTARTED } = codes;

/**
 * `asLateAs`: late starts from a backward pass; when given, ALAP tasks start there (or later,
 * when their predecessors say so).
 */
export function forwardPass(net: Network, times: Times, asLateAs: Int32Array | null = null): void {
  const { order, predStart, predTask, predType, predLag } = net;
  const { earlyStart, earlyFinish, startSeen, remaining, state, bounded, statusMoment, projectStart } = times;
  // Work not yet started starts no earlier than this.
  const notBefore = statusMoment > projectStart ? statusMoment : projectStart;
  let projectFinish = projectStart;
  let earliest = projectStart;

  for (let i = 0; i < order.length; i++) {
    const s = order[i];
    if (state[s] !== UNSTARTED || bounded[s] !== 0) {
      if (state[s] !== UNSTARTED) scheduleProgressed(net, times, s);
      else scheduleBounded(net, times, s, asLateAs);
      if (earlyFinish[s] > projectFinish) projectFinish = earlyFinish[s];
      if (startSeen[s] < earliest) earliest = startSeen[s];
      continue;
    }
    // Most tasks: links alone. The link that drives the start is found again when someone asks
    // (drivers.ts), so this loop keeps nothing but the dates.
    const r = remaining[s];
    let bound = notBefore;
    for (let k = predStart[s], end = predStart[s + 1]; k < end; k++) {
      const p = predTask[k];
      const type = predType[k];
      const v = type === FS ? earlyFinish[p] + predLag[k]
        : type === SS ? startSeen[p] + predLag[k]
          : type === FF ? earlyFinish[p] + predLag[k] - r
            : startSeen[p] + predLag[k] - r;
      if (v > bound) bound = v;
    }
    earlyStart[s] = bound;
    earlyFinish[s] = bound + r;
    startSeen[s] = bound;
    if (bound + r > projectFinish) projectFinish = bound + r;
    if (bound < earliest) earliest = bound;
  }
  times.projectFinish = projectFinish;
  times.earliestMoment = earliest;
}

/** Unstarted work with a constraint, pin, leveling delay or ALAP: keeps what drove its start. */
function scheduleBounded(net: Network, times: Times, s: number, asLateAs: Int32Array | null): void {
  const { earlyStart, earlyFinish, startSeen, remaining, low, lowBy, pin, delay, alap, statusMoment } = times;
  const r = remaining[s];
  let bound = low[s];
  let code = lowBy[s];
  if (statusMoment > bound) {
    bound = statusMoment;
    code = BY_STATUS_DATE;
  }
  let link = drivingLink(net, times, s, bound);
  if (link >= 0) bound = linkBound(net, times, link, r);
  let start: number;
  if (pin[s] !== NONE) {
    start = pin[s];
    code = BY_PIN;
    link = -1;
  } else {
    start = bound + delay[s];
    if (asLateAs !== null && alap[s] === 1 && asLateAs[s] > start) {
      start = asLateAs[s];
      code = BY_ALAP;
      link = -1;
    }
  }
  earlyStart[s] = start;
  earlyFinish[s] = start + r;
  startSeen[s] = start;
  times.causes.set(s, link >= 0 ? link + 1 : -1 - code);
}

/**
 * The link into unstarted task s that sets its start above `bound`: the first with the highest
 * reach, one that only ties the bound included (on a tie the link is the better answer to "why
 * this date?"); -1 when none reaches it.
 */
export function drivingLink(net: Network, times: Times, s: number, bound: number): number {
  const r = times.remaining[s];
  let link = -1;
  for (let k = net.predStart[s], end = net.predStart[s + 1]; k < end; k++) {
    const v = linkBound(net, times, k, r);
    if (v > bound || (v === bound && link < 0)) {
      bound = v;
      link = k;
    }
  }
  return link;
}

/** The earliest start link k allows its successor, which has r days still to do. */
function linkBound(net: Network, times: Times, k: number, r: number): number {
  const p = net.predTask[k];
  const type = net.predType[k];
  const lag = net.predLag[k];
  if (type === FS) return times.earlyFinish[p] + lag;
  if (type === SS) return times.startSeen[p] + lag;
  if (type === FF) return times.earlyFinish[p] + lag - r;
  return times.startSeen[p] + lag - r;
}

/** Started and done work: a rarer path, kept out of the main loop. */
function scheduleProgressed(net: Network, times: Times, s: number): void {
  const { earlyStart, earlyFinish, startSeen, remaining, duration, state, actualStart, actualFinish, finishLow, statusMoment } = times;
  times.causes.set(s, -1 - BY_ACTUAL);
  const d = duration[s];
  if (state[s] === COMPLETE) {
    let start = actualStart[s];
    let finish = actualFinish[s];
    if (finish === NONE) {
      if (start === NONE) start = logicalStart(net, times, s);
      finish = start + d;
    } else if (start === NONE) {
      start = finish - d;
    }
    earlyStart[s] = startSeen[s] = start;
    earlyFinish[s] = finish;
    return;
  }

  // Started: the actual start stays; the remaining days come after the status date.
  const r = remaining[s];
  const started = actualStart[s] !== NONE ? actualStart[s] : logicalStart(net, times, s);
  let bound = statusMoment !== NONE ? Math.max(statusMoment, started) : started + d - r;
  if (finishLow[s] !== NONE && finishLow[s] - r > bound) bound = finishLow[s] - r;
  const { predStart, predTask, predType, predLag } = net;
  for (let k = predStart[s]; k < predStart[s + 1]; k++) {
    const p = predTask[k];
    const type = predType[k];
    if (type === SS) continue; // about a start that has already happened
    let v: number;
    if (type === FS) v = earlyFinish[p] + predLag[k];
    else if (type === FF) v = earlyFinish[p] + predLag[k] - r;
    else v = startSeen[p] + predLag[k] - r;
    if (v > bound) bound = v;
  }
  startSeen[s] = started;
  earlyStart[s] = bound;
  earlyFinish[s] = bound + r;
}

/**
 * Where the links and early constraints alone would start a task, before the status date: the
 * start of work with progress but no actual start (as Microsoft Project fills one in), and what
 * a pin overrides.
 */
export function logicalStart(net: Network, times: Times, s: number): number {
  const d = times.duration[s];
  let bound = times.low[s];
  for (let k = net.predStart[s]; k < net.predStart[s + 1]; k++) {
    const v = linkBound(net, times, k, d);
    if (v > bound) bound = v;
  }
  return bound;
}
