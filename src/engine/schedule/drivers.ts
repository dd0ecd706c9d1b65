/** "Why this date?": a task's driver, from the code the forward pass kept or, for work its links alone placed, from its links. */
import type { Driver } from '../types';
import type { Constraints } from './constraints';
import { drivingLink } from './forward';
import * as codes from './state';
import type { Network, Times } from './state';

// Bound once here: a bundler may turn an imported binding into a getter, too slow for a hot loop.
const { BY_ACTUAL, BY_ALAP, BY_CONSTRAINT, BY_PIN, BY_STATUS_DATE, LINK_TYPES } = codes;

// Drivers that carry no data are shared: 100,000 tasks need not make 100,000 copies.
const PROJECT_START: Driver = Object.freeze({ kind: 'projectStart' });
const ACTUAL: Driver = Object.freeze({ kind: 'actual' });
export const SUMMARY: Driver = Object.freeze({ kind: 'summary' });

/** The driver of a status-dated start: one object for every task it drives. */
export function statusDateDriver(statusDate: number | null): Driver {
  return statusDate !== null ? Object.freeze({ kind: 'statusDate', date: statusDate }) : PROJECT_START;
}

/** A leaf task's driver (summaries have SUMMARY). `start`: the date it shows as starting. */
export function driverOf(i: number, net: Network, times: Times, constraints: Constraints, byStatusDate: Driver, start: number): Driver {
  const base = baseDriver(i, net, times, constraints, byStatusDate, start);
  const delay = times.delay[i];
  // Only unstarted, unpinned work keeps a delay (constraints.ts); ALAP work starts late for its own reason.
  return delay > 0 && times.causes.get(i) !== -1 - BY_ALAP
    ? { kind: 'leveling', delay, from: base }
    : base;
}

function baseDriver(i: number, net: Network, times: Times, constraints: Constraints, byStatusDate: Driver, start: number): Driver {
  const cause = times.causes.get(i);
  let k = (cause ?? 0) - 1;
  if (cause === undefined) {
    // Placed by its links alone (forward.ts): the link that reaches the start, if any does.
    const { projectStart, statusMoment } = times;
    k = drivingLink(net, times, i, statusMoment > projectStart ? statusMoment : projectStart);
    if (k < 0) return statusMoment > projectStart ? byStatusDate : PROJECT_START;
  }
  if (k >= 0) return { kind: 'link', predecessor: net.predTask[k], type: LINK_TYPES[net.predType[k]], lag: net.predLag[k] };
  switch (-2 - k) {
    case BY_CONSTRAINT:
    case BY_PIN:
      return constraints.drivers.get(i) ?? PROJECT_START;
    case BY_STATUS_DATE:
      return byStatusDate;
    case BY_ACTUAL:
      return ACTUAL;
    case BY_ALAP:
      return { kind: 'constraint', type: 'ALAP', date: start };
    default:
      return PROJECT_START;
  }
}
