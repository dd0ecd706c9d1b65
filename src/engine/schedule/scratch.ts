/**
 * The passes' working arrays that no result keeps: bounds, pins, progress states, early starts.
 * One set is kept between calls and reset, so a plan scheduled again and again (leveling, a sheet
 * recalculating) does not ask the system for megabytes of fresh memory each time; fresh pages
 * cost more than the passes themselves on big plans. Results keep only arrays made per call.
 */
import type { Times } from './state';

/** The arrays of `Times` (state.ts) that no result keeps: bounds, pins, progress, late moments. */
const FIELDS = ['marks', 'state', 'actualStart', 'actualFinish', 'low', 'lowBy', 'finishLow', 'pin', 'alap', 'lateCap', 'earlyStart', 'lateStart', 'lateFinish', 'bounded'] as const;
export type Scratch = Pick<Times, (typeof FIELDS)[number]>;
const BYTES: readonly string[] = ['marks', 'state', 'lowBy', 'alap', 'bounded'];

let spare: Scratch | null = null;

/**
 * A set for n tasks. Only the flags are cleared for the whole plan; a task's bounds are set to
 * their "nothing here" values when something first bounds it this call (`touch` in state.ts), so
 * a plan of 100,000 tasks with a few constraints does not rewrite eight arrays each time.
 */
export function takeScratch(n: number): Scratch {
  const scratch = spare !== null && spare.state.length === n ? spare : made(n);
  spare = null;
  scratch.marks.fill(0);
  scratch.state.fill(0);
  scratch.bounded.fill(0);
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
    (times as unknown as Record<string, unknown>)[field] = BYTES.includes(field) ? EMPTY_BYTES : EMPTY_INTS;
  }
  spare = scratch;
}

const EMPTY_BYTES = new Uint8Array(0);
const EMPTY_INTS = new Int32Array(0);

function made(n: number): Scratch {
  return {
    marks: new Uint8Array(n), state: new Uint8Array(n), actualStart: new Int32Array(n), actualFinish: new Int32Array(n),
    low: new Int32Array(n), lowBy: new Uint8Array(n), finishLow: new Int32Array(n), pin: new Int32Array(n),
    alap: new Uint8Array(n), lateCap: new Int32Array(n), earlyStart: new Int32Array(n), lateStart: new Int32Array(n),
    lateFinish: new Int32Array(n), bounded: new Uint8Array(n),
  };
}

let zeros = new Int32Array(0);

/**
 * n zeros, shared by every call and never written: the leveling delays of a plan that has none.
 * A call that has some makes its own array (read.ts).
 */
export function noDelays(n: number): Int32Array {
  if (zeros.length !== n) zeros = new Int32Array(n);
  return zeros;
}
