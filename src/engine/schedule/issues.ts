/**
 * What the schedule itself finds wrong, at the cell to mend: a late constraint or deadline that
 * cannot be met (negative float, a warning), a pin that breaks a link, a constraint a summary
 * cannot carry, actual dates after the status date, and dependency loops (an error).
 */
import { isoFromSerial } from '../../model/dates';
import { findCycles, reportCycles } from '../../model/network';
import { taskNetwork } from '../../model/taskNetwork';
import type { Issue, Model, Serial, Task, TaskField } from '../../model/types';
import { taskWarning } from '../cost/taskIssue';
import { latestStart, pinnedStart } from './constraints';
import { logicalStart } from './forward';
import type { Moments } from './moments';
import type { Shown } from './summaries';
import * as codes from './state';
import type { Network, Times } from './state';

// Bound once here: a bundler may turn an imported binding into a getter, too slow for a hot loop.
const { COMPLETE, DATED, NONE, STARTED, UNSTARTED } = codes;

const HEADERS: Partial<Record<TaskField, string>> = {
  constraintType: 'Constraint Type',
  deadline: 'Deadline',
  actualStart: 'Actual Start',
  actualFinish: 'Actual Finish',
};

const LONG_NAMES: Record<string, string> = {
  SNLT: 'Start No Later Than',
  FNLT: 'Finish No Later Than',
  MSO: 'Must Start On',
  MFO: 'Must Finish On',
};

export function scheduleIssues(model: Model, net: Network, times: Times, moments: Moments, shown: Shown, statusDate: Serial | null): Issue[] {
  const issues: Issue[] = [];
  if (net.looped.length > 0) reportCycles(model.tasks, findCycles(taskNetwork(model)), issues);
  const { state, marks } = times;
  // Most tasks have no progress, constraint or deadline: only the model's detailed ones can.
  for (const i of net.detailed) {
    if (state[i] === UNSTARTED && (marks[i] & DATED) === 0) continue;
    const t = model.tasks[i];
    if (t.summary) {
      summaryIssues(model, t, moments, shown, issues);
      continue;
    }
    if (state[i] !== UNSTARTED) actualsAfterStatus(model, t, statusDate, issues);
    if (state[i] === COMPLETE) continue;
    lateLimits(model, t, times, moments, shown, issues);
    if (state[i] === UNSTARTED && times.pin[i] !== NONE) pinIssues(model, net, t, times, moments, shown, issues);
  }
  return issues;
}

function lateLimits(model: Model, t: Task, times: Times, moments: Moments, shown: Shown, issues: Issue[]): void {
  const i = t.index;
  const milestone = times.duration[i] === 0;
  const finish = times.earlyFinish[i];
  const finishShown = () => isoFromSerial(shown.finish[i]);
  const type = t.constraintType;
  if (t.constraintDate !== null && times.state[i] === UNSTARTED && type === 'SNLT') {
    const limit = latestStart(t.constraintDate, times.duration[i], moments);
    const at = milestone ? finish : times.earlyStart[i];
    if (at > limit) {
      issues.push(taskIssue(model, t, 'constraintType', `it starts on ${isoFromSerial(shown.start[i])}, ${days(at - limit)} after its ${LONG_NAMES.SNLT} date ${isoFromSerial(t.constraintDate)}, so it and the work leading to it have negative float. Shorten or overlap the work before it, or move the constraint date.`));
    }
  }
  if (t.constraintDate !== null && (type === 'FNLT' || (type === 'MFO' && times.state[i] === STARTED))) {
    const limit = moments.finishOnOrBefore(t.constraintDate);
    if (finish > limit) {
      issues.push(taskIssue(model, t, 'constraintType', `it finishes on ${finishShown()}, ${days(finish - limit)} after its ${LONG_NAMES[type]} date ${isoFromSerial(t.constraintDate)}, so it and the work leading to it have negative float. Shorten or overlap the work before it, or move the constraint date.`));
    }
  }
  if (t.deadline !== null) {
    const limit = moments.finishOnOrBefore(t.deadline);
    if (finish > limit) {
      issues.push(taskIssue(model, t, 'deadline', `it finishes on ${finishShown()}, ${days(finish - limit)} after its deadline ${isoFromSerial(t.deadline)}, so it and the work leading to it have negative float. Shorten or overlap the work before it, or move the deadline.`));
    }
  }
}

function pinIssues(model: Model, net: Network, t: Task, times: Times, moments: Moments, shown: Shown, issues: Issue[]): void {
  const i = t.index;
  const date = t.constraintDate;
  if (date === null || (t.constraintType !== 'MSO' && t.constraintType !== 'MFO')) return;
  const name = LONG_NAMES[t.constraintType];
  if (pinnedStart(t.constraintType, date, times.duration[i], moments) < times.pin[i]) {
    const why = times.statusMoment !== NONE && times.pin[i] === times.statusMoment ? 'the status date' : 'the project start';
    issues.push(taskIssue(model, t, 'constraintType', `its ${name} date ${isoFromSerial(date)} is before ${why}, so it is placed on ${isoFromSerial(shown.start[i])} instead. Move the constraint date.`));
    return;
  }
  const early = logicalStart(net, times, i) - times.pin[i];
  if (early > 0) {
    issues.push(taskIssue(model, t, 'constraintType', `its ${name} date ${isoFromSerial(date)} holds it ${days(early)} earlier than its predecessors allow, so a link is not met. Move the constraint date, or check the links.`));
  }
}

function summaryIssues(model: Model, t: Task, moments: Moments, shown: Shown, issues: Issue[]): void {
  const type = t.constraintType;
  if (type === 'ALAP' || (t.constraintDate !== null && type !== 'SNET' && type !== 'FNLT')) {
    issues.push(taskIssue(model, t, 'constraintType', `a summary task cannot carry ${type === 'ALAP' ? 'ALAP' : LONG_NAMES[type] ?? type}, so it is ignored. Put the constraint on one of its subtasks.`));
  }
  if (shown.open[t.index] === 0) return;
  const finish = shown.finishMoment[t.index];
  if (type === 'FNLT' && t.constraintDate !== null && finish > moments.finishOnOrBefore(t.constraintDate)) {
    issues.push(taskIssue(model, t, 'constraintType', `its work finishes on ${isoFromSerial(shown.finish[t.index])}, ${days(finish - moments.finishOnOrBefore(t.constraintDate))} after its ${LONG_NAMES.FNLT} date ${isoFromSerial(t.constraintDate)}, so the work under it has negative float. Shorten or overlap that work, or move the constraint date.`));
  }
  if (t.deadline !== null && finish > moments.finishOnOrBefore(t.deadline)) {
    issues.push(taskIssue(model, t, 'deadline', `its work finishes on ${isoFromSerial(shown.finish[t.index])}, ${days(finish - moments.finishOnOrBefore(t.deadline))} after its deadline ${isoFromSerial(t.deadline)}, so the work under it has negative float. Shorten or overlap that work, or move the deadline.`));
  }
}

function actualsAfterStatus(model: Model, t: Task, statusDate: Serial | null, issues: Issue[]): void {
  if (statusDate === null) return;
  for (const field of ['actualStart', 'actualFinish'] as const) {
    const date = t[field];
    if (date !== null && date > statusDate) {
      const what = field === 'actualStart' ? 'actual start' : 'actual finish';
      issues.push(taskIssue(model, t, field, `the ${what} ${isoFromSerial(date)} is after the status date ${isoFromSerial(statusDate)}; it is kept as it is. Check the date, or move the status date.`));
    }
  }
}

function days(n: number): string {
  return `${n} working day${n === 1 ? '' : 's'}`;
}

/** A warning at the task's cell; where the plan has no such column, the column's usual name. */
function taskIssue(model: Model, t: Task, field: TaskField, message: string): Issue {
  const issue = taskWarning(model, t, field, `Task ${t.id}: ${message}`);
  return issue.column === null ? { ...issue, column: HEADERS[field] ?? field } : issue;
}
