/**
 * Constraints, fixed starts, deadlines and leveling delays → bounds on moments (contract §2):
 * SNET, FNET and a fixed Start raise the early start; SNLT, FNLT and a deadline cap the late
 * finish; MSO and MFO pin the early start and cap the late one; ALAP is placed late afterwards.
 * A summary passes SNET, Start, FNLT and Deadline on to every task under it, which is what they
 * mean for a group of tasks.
 */
import { leavesOf } from '../../model/hierarchy';
import type { ConstraintType, Model, Serial, Task } from '../../model/types';
import type { Driver } from '../types';
import type { Moments } from './moments';
import * as codes from './state';
import { touch } from './state';
import type { Times } from './state';

// Bound once here: a bundler may turn an imported binding into a getter, too slow for a hot loop.
const { BY_CONSTRAINT, COMPLETE, NONE, STARTED, UNSTARTED } = codes;

export interface Constraints {
  /** For tasks whose early start a constraint raised: which constraint. */
  drivers: Map<number, Driver>;
}

/** Reads the tasks read.ts marked (all among the detailed), in input order (the order matters when two raise a start equally). */
export function readConstraints(model: Model, detailed: Int32Array, moments: Moments, times: Times): Constraints {
  const found: Constraints = { drivers: new Map() };
  const tasks = model.tasks;
  const { state, marks, leaf } = times;
  for (const i of detailed) {
    if (marks[i] === 0) continue;
    const t = tasks[i];
    if (leaf[i] === 0) {
      inherit(tasks, t, moments, times, found);
      continue;
    }
    if (state[i] === UNSTARTED && t.fixedStart !== null) raise(i, 'Start', t.fixedStart, moments, times, found);
    if (t.constraintDate !== null) constrain(i, t.constraintType, t.constraintDate, moments, times, found);
    if (t.constraintType === 'ALAP' && state[i] === UNSTARTED) {
      times.alap[i] = 1;
      times.anyAlap = true;
    }
    if (t.deadline !== null && state[i] !== COMPLETE) cap(i, t.deadline, moments, times);
  }
  settleDelays(times);
  settlePins(times, detailed);
  return found;
}

function constrain(i: number, type: ConstraintType, date: Serial, moments: Moments, times: Times, found: Constraints): void {
  const d = times.duration[i];
  const milestone = d === 0;
  if (times.state[i] === STARTED) {
    // The start has happened: only the finish-side limits still mean something.
    if (type === 'FNET') times.finishLow[i] = Math.max(times.finishLow[i], milestone ? moments.milestoneOnOrAfter(date) : moments.finishOnOrAfter(date));
    if (type === 'FNLT' || type === 'MFO') cap(i, date, moments, times);
    return;
  }
  if (times.state[i] !== UNSTARTED) return;
  switch (type) {
    case 'SNET':
    case 'FNET':
      raise(i, type, date, moments, times, found);
      break;
    case 'SNLT':
      times.lateCap[i] = Math.min(times.lateCap[i], latestStart(date, d, moments) + d);
      break;
    case 'FNLT':
      cap(i, date, moments, times);
      break;
    case 'MSO':
    case 'MFO':
      times.pin[i] = pinnedStart(type, date, d, moments);
      found.drivers.set(i, { kind: 'constraint', type, date });
      break;
    default:
      break;
  }
}

/** The start moment a Must Start On or Must Finish On date pins a task of `d` days to. */
export function pinnedStart(type: 'MSO' | 'MFO', date: Serial, d: number, moments: Moments): number {
  if (type === 'MSO') return d === 0 ? moments.milestoneOnOrAfter(date) : moments.startOnOrAfter(date);
  return d === 0 ? moments.milestoneOnOrBefore(date) : moments.finishOnOrBefore(date) - d;
}

/** The latest start moment a Start No Later Than date allows a task of `d` days. */
export function latestStart(date: Serial, d: number, moments: Moments): number {
  return d === 0 ? moments.milestoneOnOrBefore(date) : moments.startOnOrBefore(date);
}

/** SNET, FNET and a fixed Start: the early start is at least what the date allows. */
function raise(i: number, type: 'SNET' | 'FNET' | 'Start', date: Serial, moments: Moments, times: Times, found: Constraints): void {
  touch(times, i); // a summary's bound reaches tasks that have none of their own
  const d = times.duration[i];
  let bound: number;
  if (d === 0) bound = moments.milestoneOnOrAfter(date);
  else if (type === 'FNET') bound = moments.finishOnOrAfter(date) - d;
  else bound = moments.startOnOrAfter(date);
  if (type === 'FNET') times.finishLow[i] = Math.max(times.finishLow[i], bound + d);
  if (bound > times.low[i]) {
    times.low[i] = bound;
    times.lowBy[i] = BY_CONSTRAINT;
    found.drivers.set(i, { kind: 'constraint', type, date });
  }
}

/** FNLT, MFO and a deadline: the task finishes (a milestone shows) on or before the date. */
function cap(i: number, date: Serial, moments: Moments, times: Times): void {
  touch(times, i);
  const limit = times.duration[i] === 0 ? moments.milestoneOnOrBefore(date) : moments.finishOnOrBefore(date);
  if (limit < times.lateCap[i]) times.lateCap[i] = limit;
}

function inherit(tasks: readonly Task[], t: Task, moments: Moments, times: Times, found: Constraints): void {
  const type = t.constraintType;
  const passes = type === 'SNET' || type === 'FNLT';
  // The others mean nothing for a group: issues.ts warns about them.
  if (t.fixedStart === null && t.deadline === null && !(passes && t.constraintDate !== null)) return;
  for (const i of leavesOf(tasks, t.index)) {
    const state = times.state[i];
    if (state === UNSTARTED && t.fixedStart !== null) raise(i, 'Start', t.fixedStart, moments, times, found);
    if (state === UNSTARTED && type === 'SNET' && t.constraintDate !== null) raise(i, 'SNET', t.constraintDate, moments, times, found);
    if (state !== COMPLETE && type === 'FNLT' && t.constraintDate !== null) cap(i, t.constraintDate, moments, times);
    if (state !== COMPLETE && t.deadline !== null) cap(i, t.deadline, moments, times);
  }
}

/** A pin (own constraints only) or progress leaves no room for a leveling delay. */
function settleDelays(times: Times): void {
  if (!times.anyDelay) return;
  const { delay, state, pin, bounded } = times;
  for (let i = 0; i < delay.length; i++) {
    // Every delayed task is bounded (read.ts), so its pin is of this plan.
    if (delay[i] !== 0 && bounded[i] !== 0 && (state[i] !== UNSTARTED || pin[i] !== NONE)) delay[i] = 0;
  }
}

/**
 * A pin cannot put work before the project start or before the status date; there it moves to
 * the first moment allowed (and a warning says so). The late finish is capped at the pin.
 */
function settlePins(times: Times, detailed: Int32Array): void {
  const { pin, duration, lateCap, projectStart, statusMoment } = times;
  // Only a task's own MSO or MFO pins it.
  for (const i of detailed) {
    if (pin[i] === NONE) continue;
    const floor = Math.max(projectStart, statusMoment);
    if (pin[i] < floor) pin[i] = floor;
    const finish = pin[i] + duration[i];
    if (finish < lateCap[i]) lateCap[i] = finish;
  }
}
