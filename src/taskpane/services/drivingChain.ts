/**
 * "Why this date?": follow each task's driver back from the chosen task to whatever pins the
 * chain (the project start, a constraint, the status date or an actual date). A leveling delay
 * is said, then the chain goes on through what placed the task before the delay.
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

/** What a link ties (the task's start or finish) and to what: "start" + "after {p} finishes". */
const LINK_WORDS: Record<LinkType, { ties: 'start' | 'finish'; to: string }> = {
  FS: { ties: 'start', to: 'after {p} finishes' },
  SS: { ties: 'start', to: 'when {p} starts' },
  FF: { ties: 'finish', to: 'when {p} finishes' },
  SF: { ties: 'finish', to: 'when {p} starts' },
};

const THIRD_PERSON = { start: 'starts', finish: 'finishes' } as const;

function days(n: number): string {
  return plural(Math.abs(n), 'working day');
}

/** "after 1 Pack finishes, 2 working days later (FS+2d)": a link without its verb. */
function linkWords(driver: Extract<Driver, { kind: 'link' }>, model: Model): string {
  const p = model.tasks[driver.predecessor];
  let text = LINK_WORDS[driver.type].to.replace('{p}', p ? `${p.id} ${p.name}` : 'its predecessor');
  if (driver.lag > 0) text += `, ${days(driver.lag)} later`;
  if (driver.lag < 0) text += `, ${days(driver.lag)} earlier (a lead)`;
  return `${text} (${driver.type}${driver.lag ? (driver.lag > 0 ? '+' : '') + driver.lag + 'd' : ''})`;
}

export function describeDriver(driver: Driver, model: Model): string {
  switch (driver.kind) {
    case 'projectStart':
      return 'Starts at the project start.';
    case 'link': {
      const verb = THIRD_PERSON[LINK_WORDS[driver.type].ties];
      return `${verb[0].toUpperCase()}${verb.slice(1)} ${linkWords(driver, model)}.`;
    }
    case 'constraint':
      return `${CONSTRAINT_WORDS[driver.type]} ${isoFromSerial(driver.date)}.`;
    case 'statusDate':
      return `Its remaining work waits for the status date, ${isoFromSerial(driver.date)}.`;
    case 'actual':
      return 'Started on its actual start date.';
    case 'summary':
      return 'A summary task: it starts with its earliest task.';
    case 'leveling': {
      const delayed = `Delayed ${days(driver.delay)} by leveling (resource over-allocation).`;
      return driver.from ? `${delayed} Without the delay ${withoutDelay(driver.from, model)}.` : delayed;
    }
  }
}

/** Where `from` would have put a leveled task: the rest of "Without the delay …". */
function withoutDelay(from: Driver, model: Model): string {
  switch (from.kind) {
    case 'projectStart':
      return 'it would start at the project start';
    case 'link':
      return `it would ${LINK_WORDS[from.type].ties} ${linkWords(from, model)}`;
    case 'constraint': {
      const date = isoFromSerial(from.date);
      if (from.type === 'Start') return `it would start on its fixed Start, ${date}`;
      if (from.type === 'ASAP') return `it would start as soon as possible, from ${date}`;
      if (from.type === 'ALAP') return `it would be placed as late as possible, on ${date}`;
      return `it would keep to its ${CONSTRAINT_WORDS[from.type]} date, ${date}`;
    }
    case 'statusDate':
      return `its remaining work would wait for the status date, ${isoFromSerial(from.date)}`;
    case 'actual':
      return 'it would start on its actual start date';
    case 'summary':
      return 'it would start with its earliest task';
    case 'leveling':
      return `it would still be delayed ${days(from.delay)} by leveling`;
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
  // The delay is the leveler's; what the task waited for before it is the rest of the story.
  if (driver.kind === 'leveling') return driver.from ? nextInChain(driver.from, children, schedule) : null;
  if (driver.kind === 'summary' && children.length > 0) {
    // The summary starts with its earliest child; the first such child in input order.
    return children.reduce((best, c) => (schedule.tasks[c].start < schedule.tasks[best].start ? c : best), children[0]);
  }
  return null;
}
