/**
 * Task index by ID. Plans mostly number their tasks 1, 2, 3…, so an ID written as a plain number is
 * also kept in an array at that number: finding it needs no string hashing, which for 100,000 rows
 * and 200,000 links is most of the cost of a map. The map still holds every ID.
 */
export class TaskIds {
  private readonly byNumber: Int32Array;

  /** `capacity`: about how many tasks there are; larger numbers fall back to the map. */
  constructor(readonly byId: Map<string, number>, capacity: number) {
    this.byNumber = new Int32Array(2 * capacity + 16).fill(-1);
    byId.forEach((index, id) => this.remember(id, index));
  }

  get(id: string): number | undefined {
    const n = plainNumber(id);
    if (n < 0 || n >= this.byNumber.length) return this.byId.get(id);
    return this.byNumber[n] < 0 ? undefined : this.byNumber[n];
  }

  /** Adds a new ID (callers check it is not there yet). */
  add(id: string, index: number): void {
    this.byId.set(id, index);
    this.remember(id, index);
  }

  private remember(id: string, index: number): void {
    const n = plainNumber(id);
    if (n >= 0 && n < this.byNumber.length) this.byNumber[n] = index;
  }
}

/**
 * The number an ID stands for when it is written as one: `42` (not `042`, `4.2` or `+42`, which
 * are other IDs); else -1.
 */
export function plainNumber(id: string): number {
  if (id.length === 0 || id.length > 9 || (id.length > 1 && id.charCodeAt(0) === 48)) return -1;
  let n = 0;
  for (let k = 0; k < id.length; k++) {
    const digit = id.charCodeAt(k) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}
