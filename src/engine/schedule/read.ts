/**
 * One read of every task: on big plans visiting 100,000 task objects costs more than the passes,
 * so each is visited once. It gives which tasks are summaries, their links as compressed rows,
 * durations, progress and leveling delays, and marks the few tasks with constraints or dates
 * that constraints.ts and issues.ts then read in full.
 */
import type { Task } from '../../model/types';
import type { Moments } from './moments';
import { readProgress } from './progress';
import * as codes from './state';
import type { LinkRows, Times } from './state';

// Bound once here: a bundler may turn an imported binding into a getter, too slow for a hot loop.
const { DATED, FF, FIXED_START, FS, SF, SS } = codes;

export function readTasks(tasks: readonly Task[], moments: Moments, times: Times, levelingDelays?: readonly number[]): LinkRows {
  const n = tasks.length;
  const { leaf, marks, duration, remaining, delay } = times;
  const predStart = new Int32Array(n + 1);
  // Room for two links a task, grown when a plan has more.
  let room = 2 * n + 16;
  let predTask = new Int32Array(room);
  let predType = new Uint8Array(room);
  let predLag = new Int32Array(room);
  let forward = false;
  let k = 0;
  for (let s = 0; s < n; s++) {
    predStart[s] = k;
    const t = tasks[s];
    if (t.constraintDate !== null || t.deadline !== null || t.constraintType !== 'ASAP') marks[s] = DATED;
    else if (t.fixedStart !== null) marks[s] = FIXED_START;
    if (t.summary) continue;
    leaf[s] = 1;
    const d = Math.max(0, Math.round(t.duration)) | 0;
    duration[s] = d;
    remaining[s] = d;
    if (t.percentComplete > 0 || t.actualStart !== null || t.actualFinish !== null) readProgress(t, s, moments, times);
    // Whether progress or a pin leaves room for it is settled in constraints.ts.
    const wanted = levelingDelays !== undefined && levelingDelays[s] !== undefined ? levelingDelays[s] : t.levelingDelay;
    if (wanted > 0 && Number.isFinite(wanted)) delay[s] = Math.round(wanted);

    const links = t.predecessors;
    if (k + links.length > room) {
      room = 2 * room + links.length;
      predTask = grown(predTask, room);
      predLag = grown(predLag, room);
      const types = new Uint8Array(room);
      types.set(predType);
      predType = types;
    }
    for (let j = 0; j < links.length; j++) {
      const link = links[j];
      const p = link.predecessor;
      // Unusable links (a missing task, itself, onto a summary) are skipped; a later row's
      // summary flag is not known yet, so links forward are checked in network.ts.
      if (!(p >= 0 && p < n && p !== s)) continue;
      if (p > s) forward = true;
      else if (leaf[p] === 0) continue;
      const type = link.type;
      predTask[k] = p;
      predType[k] = type === 'FS' ? FS : type === 'SS' ? SS : type === 'FF' ? FF : type === 'SF' ? SF : FS;
      predLag[k] = Math.round(link.lag) | 0;
      k++;
    }
  }
  predStart[n] = k;
  return { predStart, predTask: predTask.subarray(0, k), predType: predType.subarray(0, k), predLag: predLag.subarray(0, k), forward };
}

function grown(values: Int32Array, room: number): Int32Array<ArrayBuffer> {
  const out = new Int32Array(room);
  out.set(values);
  return out;
}
