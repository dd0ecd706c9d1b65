/**
 * The passes' working arrays that no result keeps: bounds, pins, progress states, early starts.
 * One set is kept between calls and reset, so a plan scheduled again and again (leveling, a sheet
 * recalculating) does not ask the system for megabytes of fresh memory each time; fresh pages
 * cost more than the passes themselves on big plans. Results keep only arrays made per call.
 */
import type { Times } from './state';

export interface Scratch {
  marks: Uint8Array;
  state: Uint8Array;
  actualStart: Int32Array;
  actualFinish: Int32Array;
  low: Int32Array;
  lowBy: Uint8Array;
  finishLow: Int32Array;
  pin: Int32Array;
  alap: Uint8Array;
  lateCap: Int32Array;
  earlyStart: Int32Array;
}

const FIELDS = ['marks', 'state', 'actualStart', 'actualFinish', 'low', 'lowBy', 'finishLow', 'pin', 'alap', 'lateCap', 'earlyStart'] as const;

let spare: Scratch | null = null;

/** A set for n tasks, every array at its "nothing here" value. */
export function takeScratch(n: number, projectStart: number, none: number, unlimited: number): Scratch {
  const scratch = spare !== null && spare.state.length === n ? spare : made(n);
  spare = null;
  scratch.marks.fill(0);
  scratch.state.fill(0);
  scratch.actualStart.fill(none);
  scratch.actualFinish.fill(none);
  scratch.low.fill(projectStart);
  scratch.lowBy.fill(0);
  scratch.finishLow.fill(none);
  scratch.pin.fill(none);
  scratch.alap.fill(0);
  scratch.lateCap.fill(unlimited);
  return scratch;
}

/**
 * Hands the set back once the result is built. `times` is left with empty arrays in their place,
 * so anything that still read them would fail loudly rather than see the next plan's values.
 */
export function giveBack(times: Times): void {
  const scratch = {} as Scratch;
  for (const field of FIELDS) {
    (scratch as unknown as Record<string, unknown>)[field] = times[field];
    (times as unknown as Record<string, unknown>)[field] = field === 'marks' || field === 'state' || field === 'lowBy' || field === 'alap' ? EMPTY_BYTES : EMPTY_INTS;
  }
  spare = scratch;
}

const EMPTY_BYTES = new Uint8Array(0);
const EMPTY_INTS = new Int32Array(0);

function made(n: number): Scratch {
  return {
    marks: new Uint8Array(n), state: new Uint8Array(n), actualStart: new Int32Array(n), actualFinish: new Int32Array(n),
    low: new Int32Array(n), lowBy: new Uint8Array(n), finishLow: new Int32Array(n), pin: new Int32Array(n),
    alap: new Uint8Array(n), lateCap: new Int32Array(n), earlyStart: new Int32Array(n),
  };
}
