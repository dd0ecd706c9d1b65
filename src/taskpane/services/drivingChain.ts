/**
 * "Why this date?": follow each task's driver back from the chosen task to whatever pins the
 * chain (the project start, a constraint, the status date, an actual date or leveling).
 */
import { isoFromSerial } from '../../model/dates';
import type { ConstraintType, LinkType, Model } from '../../model/types';
import type { Driver, ScheduleResult } from '../../engine/types';
import type { ChainStep } from './types';
import { plural } from './words';

const CONSTRAINT_WORDS: Record<ConstraintType | 'Start', string> = {
  Start: 'Its Start is fixed on',
  ASAP: 'As soon as possible, from',
  ALAP: 'As late as possible, placed on',
  SNET: 'Start No Earlier Than',
  SNLT: 'Start No Later Than',
  FNET: 'Finish No Earlier Than',
  FNLT: 'Finish No Later Than',
  MSO: 'Must Start On',
  MFO: 'Must Finish On',
};

const LINK_WORDS: Record<LinkType, string> = {
  FS: 'starts after {p} finishes',
  SS: 'starts when {p} starts',
  FF: 'finishes when {p} finishes',
  SF: 'finishes when {p} starts',
};

function days(n: number): string {
  return plural(Math.abs(n), 'working day');
}

export function describeDriver(driver: Driver, model: Model): string {
  switch (driver.kind) {
    case 'projectStart':
      return 'Starts at the project start.';
    case 'link': {
      const p = model.tasks[driver.predecessor];
      const label = p ? `${p.id} ${p.name}` : 'its predecessor';
      let text = LINK_WORDS[driver.type].replace('{p}', label);
      if (driver.lag > 0) text += `, ${days(driver.lag)} later`;
      if (driver.lag < 0) text += `, ${days(driver.lag)} earlier (a lead)`;
      return `${text[0].toUpperCase()}${text.slice(1)} (${driver.type}${driver.lag ? (driver.lag > 0 ? '+' : '') + driver.lag + 'd' : ''}).`;
    }
    case 'constraint':
      return `${CONSTRAINT_WORDS[driver.type]} ${isoFromSerial(driver.date)}.`;
    case 'statusDate':
      return `Its remaining work waits for the status date, ${isoFromSerial(driver.date)}.`;
    case 'actual':
      return 'Started on its actual start date.';
    case 'summary':
      return 'A summary task: it starts with its earliest task.';
    case 'leveling':
      return `Delayed ${days(driver.delay)} by resource leveling.`;
  }
}

/** The chain from task `index` back to its origin; stops at a cycle or after `limit` steps. */
export function drivingChain(model: Model, schedule: ScheduleResult, index: number, limit = 500): ChainStep[] {
  const steps: ChainStep[] = [];
  const seen = new Set<number>();
  let current: number | null = index;
  while (current !== null && !seen.has(current) && steps.length < limit) {
    seen.add(current);
    const task = model.tasks[current];
    const timing = schedule.tasks[current];
    if (!task || !timing) break;
    steps.push({
      taskId: task.id,
      name: task.name,
      start: isoFromSerial(timing.start),
      finish: isoFromSerial(timing.finish),
      critical: timing.critical,
      milestone: timing.milestone,
      reason: describeDriver(timing.driver, model),
    });
    current = nextInChain(timing.driver, task.children, schedule);
  }
  return steps;
}

function nextInChain(driver: Driver, children: number[], schedule: ScheduleResult): number | null {
  if (driver.kind === 'link') return driver.predecessor;
  if (driver.kind === 'summary' && children.length > 0) {
    // The summary starts with its earliest child; the first such child in input order.
    return children.reduce((best, c) => (schedule.tasks[c].start < schedule.tasks[best].start ? c : best), children[0]);
  }
  return null;
}
