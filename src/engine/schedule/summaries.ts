/**
 * Summary tasks roll up their subtasks (contract §2): start at the earliest subtask start, finish
 * at the latest subtask finish, late start and late finish likewise, nested summaries first.
 * Total float = the least total float of the unfinished work under it, as Primavera P6 sums up a
 * WBS: the group slips the project exactly when one of its tasks does. Free float = how far the
 * whole group can slip together before it moves a task outside it or the project finish.
 */
import { leavesOf } from '../../model/hierarchy';
import type { Task } from '../../model/types';
import type { ScheduleColumns } from '../types';
import { linkSlack } from './floats';
import { successors } from './network';
import * as codes from './state';
import type { Network, Times } from './state';

// Bound once here: a bundler may turn an imported binding into a getter, too slow for a hot loop.
const { COMPLETE } = codes;

/**
 * The result's columns of dates (serials, whole days), floats and critical flags by task index,
 * filled for leaves, completed here for summaries; and what the schedule needs on the way.
 * `critical`: 1 when open and its total float is at most the Critical Float setting.
 */
export interface Shown extends Pick<ScheduleColumns, 'start' | 'finish' | 'lateStart' | 'lateFinish' | 'totalFloat' | 'freeFloat' | 'critical'> {
  /** 1 when some work under the task is not done. */
  open: Uint8Array;
  /** Moments: the early ones for `ScheduleResult.moments`, the late ones (scratch.ts) only while scheduling. */
  startMoment: Int32Array;
  finishMoment: Int32Array;
  lateStartMoment: Int32Array;
  lateFinishMoment: Int32Array;
  remaining: Int32Array;
  /** The earliest start and latest finish of any leaf task (Infinity and −Infinity when none). */
  firstStart: number;
  lastFinish: number;
}

export function rollUpSummaries(tasks: readonly Task[], net: Network, times: Times, shown: Shown): void {
  if (net.order.length === net.n) return; // every task is a leaf
  const summaries = deepestFirst(tasks, net.leaf);
  if (summaries.length === 0) return;
  const { start, finish, lateStart, lateFinish, startMoment, finishMoment, lateStartMoment, lateFinishMoment, open } = shown;
  for (const s of summaries) {
    let first = true;
    let float = Infinity;
    for (const c of tasks[s].children) {
      if (first) {
        start[s] = start[c]; finish[s] = finish[c]; lateStart[s] = lateStart[c]; lateFinish[s] = lateFinish[c];
        startMoment[s] = startMoment[c]; finishMoment[s] = finishMoment[c];
        lateStartMoment[s] = lateStartMoment[c]; lateFinishMoment[s] = lateFinishMoment[c];
        first = false;
      } else {
        if (start[c] < start[s]) start[s] = start[c];
        if (finish[c] > finish[s]) finish[s] = finish[c];
        if (lateStart[c] < lateStart[s]) lateStart[s] = lateStart[c];
        if (lateFinish[c] > lateFinish[s]) lateFinish[s] = lateFinish[c];
        if (startMoment[c] < startMoment[s]) startMoment[s] = startMoment[c];
        if (finishMoment[c] > finishMoment[s]) finishMoment[s] = finishMoment[c];
        if (lateStartMoment[c] < lateStartMoment[s]) lateStartMoment[s] = lateStartMoment[c];
        if (lateFinishMoment[c] > lateFinishMoment[s]) lateFinishMoment[s] = lateFinishMoment[c];
      }
      if (open[c] === 1) {
        open[s] = 1;
        if (shown.totalFloat[c] < float) float = shown.totalFloat[c];
      }
    }
    shown.totalFloat[s] = open[s] === 1 ? float : 0;
  }
  groupFreeFloat(tasks, summaries, net, times, shown);
}

/** Summaries, each after every summary below it. */
function deepestFirst(tasks: readonly Task[], leaf: Uint8Array): number[] {
  const depth = new Int32Array(tasks.length).fill(-1);
  const summaries: number[] = [];
  for (let i = 0; i < tasks.length; i++) {
    if (leaf[i] === 1) continue;
    const t = tasks[i];
    let d = 0;
    for (let p = t.parent; p !== null && d <= tasks.length; p = tasks[p].parent) d++;
    depth[t.index] = d;
    summaries.push(t.index);
  }
  return summaries.sort((a, b) => depth[b] - depth[a] || a - b);
}

function groupFreeFloat(tasks: readonly Task[], summaries: number[], net: Network, times: Times, shown: Shown): void {
  const inGroup = new Int32Array(tasks.length).fill(-1);
  const { succStart, succLink, linkSuccessor } = successors(net);
  for (const s of summaries) {
    const leaves = leavesOf(tasks, s);
    for (const l of leaves) inGroup[l] = s;
    let float = Infinity;
    let remainingFrom = Infinity;
    let remainingTo = -Infinity;
    for (const l of leaves) {
      if (times.state[l] === COMPLETE) continue;
      remainingFrom = Math.min(remainingFrom, times.earlyStart[l]);
      remainingTo = Math.max(remainingTo, times.earlyFinish[l]);
      float = Math.min(float, times.projectFinish - times.earlyFinish[l]);
      for (let j = succStart[l]; j < succStart[l + 1]; j++) {
        const k = succLink[j];
        const succ = linkSuccessor[k];
        if (inGroup[succ] === s) continue;
        const slack = linkSlack(net, times, k, l, succ);
        if (slack < float) float = slack;
      }
    }
    shown.freeFloat[s] = Number.isFinite(float) ? Math.max(0, float) : 0;
    shown.remaining[s] = remainingTo > remainingFrom ? remainingTo - remainingFrom : 0;
  }
}
