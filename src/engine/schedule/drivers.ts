/** "Why this date?": each task's driver, from the code the forward pass kept. */
import type { Driver } from '../types';
import type { Constraints } from './constraints';
import {
  BY_ACTUAL, BY_ALAP, BY_CONSTRAINT, BY_LINK, BY_PIN, BY_STATUS_DATE, LINK_TYPES, UNSTARTED,
  type Network, type Times,
} from './state';

export function driverOf(i: number, net: Network, times: Times, constraints: Constraints, statusDate: number | null, start: number): Driver {
  const base = baseDriver(i, net, times, constraints, statusDate, start);
  const delay = times.delay[i];
  const code = times.by[i];
  if (delay > 0 && times.state[i] === UNSTARTED && code !== BY_PIN && code !== BY_ALAP) {
    return { kind: 'leveling', delay, from: base };
  }
  return base;
}

function baseDriver(i: number, net: Network, times: Times, constraints: Constraints, statusDate: number | null, start: number): Driver {
  switch (times.by[i]) {
    case BY_LINK: {
      const k = times.byLink[i];
      return { kind: 'link', predecessor: net.predTask[k], type: LINK_TYPES[net.predType[k]], lag: net.predLag[k] };
    }
    case BY_CONSTRAINT:
    case BY_PIN:
      return constraints.drivers.get(i) ?? { kind: 'projectStart' };
    case BY_STATUS_DATE:
      return statusDate !== null ? { kind: 'statusDate', date: statusDate } : { kind: 'projectStart' };
    case BY_ACTUAL:
      return { kind: 'actual' };
    case BY_ALAP:
      return { kind: 'constraint', type: 'ALAP', date: start };
    default:
      return { kind: 'projectStart' };
  }
}
