/**
 * What is left of each resource on each day while a schedule is being built, and the search for
 * the first (or last) start at which an activity fits for its whole duration.
 */
import { EPS, type Instance } from './instance';

export class Profile {
  readonly avail: Float64Array;
  /** Resource-days examined so far: a measure of effort that, unlike a clock, is repeatable. */
  work = 0;

  constructor(private readonly inst: Instance) {
    this.avail = new Float64Array(inst.baseAvail.length);
  }

  /** Back to the capacity left by the fixed activities alone. */
  reset(): void {
    this.avail.set(this.inst.baseAvail);
    this.work += this.avail.length >> 3;
  }

  /** The first start ≥ from at which `j` fits on every day it runs. */
  earliestFit(j: number, from: number): number {
    const { useStart, useResource, useAmount, duration, horizon } = this.inst;
    const avail = this.avail;
    const d = duration[j];
    const effort = d * (useStart[j + 1] - useStart[j]) + 1;
    let t = from;
    search: for (;;) {
      if (t + d > horizon) throw new Error('leveling: no room left in the horizon');
      this.work += effort;
      for (let u = useStart[j]; u < useStart[j + 1]; u++) {
        const row = useResource[u] * horizon;
        const need = useAmount[u] - EPS;
        // From the end backwards, so that a clash moves the start past the latest blocked day.
        for (let day = t + d - 1; day >= t; day--) {
          if (avail[row + day] < need) {
            t = day + 1;
            continue search;
          }
        }
      }
      return t;
    }
  }

  /** The last start in [min, from] at which `j` fits; -1 when there is none. */
  latestFit(j: number, from: number, min: number): number {
    const { useStart, useResource, useAmount, duration, horizon } = this.inst;
    const avail = this.avail;
    const d = duration[j];
    const effort = d * (useStart[j + 1] - useStart[j]) + 1;
    let t = Math.min(from, horizon - d);
    search: for (;;) {
      if (t < min) return -1;
      this.work += effort;
      for (let u = useStart[j]; u < useStart[j + 1]; u++) {
        const row = useResource[u] * horizon;
        const need = useAmount[u] - EPS;
        for (let day = t; day < t + d; day++) {
          if (avail[row + day] < need) {
            t = day - d;
            continue search;
          }
        }
      }
      return t;
    }
  }

  /** Whether `j` fits starting on day t. */
  fitsAt(j: number, t: number): boolean {
    const { useStart, useResource, useAmount, duration, horizon } = this.inst;
    const d = duration[j];
    if (t + d > horizon) return false;
    this.work += d * (useStart[j + 1] - useStart[j]) + 1;
    for (let u = useStart[j]; u < useStart[j + 1]; u++) {
      const row = useResource[u] * horizon;
      const need = useAmount[u] - EPS;
      for (let day = t; day < t + d; day++) if (this.avail[row + day] < need) return false;
    }
    return true;
  }

  reserve(j: number, t: number): void {
    this.add(j, t, -1);
  }

  unreserve(j: number, t: number): void {
    this.add(j, t, 1);
  }

  private add(j: number, t: number, sign: number): void {
    const { useStart, useResource, useAmount, duration, horizon } = this.inst;
    const d = duration[j];
    for (let u = useStart[j]; u < useStart[j + 1]; u++) {
      const row = useResource[u] * horizon;
      const amount = sign * useAmount[u];
      for (let day = t; day < t + d; day++) this.avail[row + day] += amount;
    }
  }
}
