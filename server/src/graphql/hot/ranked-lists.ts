/**
 * Per-customer ranked lists of the read model (recommendations, neighbours) held as columns: one typed array per
 * field over every entry, entries grouped by owner (a customer's index) and sorted by rank within it, with an
 * offsets array. A few large arrays instead of an object per entry: at 10× the bundled data the 1.7M entries
 * took ≈ 590 MB of heap as objects (≈ 345 bytes each) and millions of objects for every major GC to mark;
 * as columns they take ≈ 24 bytes each. Requests build objects for the entries they return only.
 */

/** Collects the entries of ranked lists in any order (one `add` per row), then `build` groups them by owner. */
export class RankedListBuilder<K extends string> {
  private readonly owner: number[] = [];
  private readonly target: number[] = [];
  private readonly score: number[] = [];
  private readonly rank: number[] = [];
  private readonly ints: Record<K, number[]>;

  constructor(private readonly intNames: readonly K[]) {
    this.ints = Object.fromEntries(intNames.map((n) => [n, []])) as unknown as Record<K, number[]>;
  }

  get size(): number {
    return this.owner.length;
  }

  /** One entry: its owner's index, its target's index (a product or a customer), score, rank and the int fields. */
  add(owner: number, target: number, score: number, rank: number, ints: Record<K, number>): void {
    this.owner.push(owner);
    this.target.push(target);
    this.score.push(score);
    this.rank.push(rank);
    for (const n of this.intNames) this.ints[n].push(ints[n]);
  }

  /** The lists of owners 0 … owners − 1, each sorted by rank (ties in the order added). */
  build(owners: number): RankedLists<K> {
    const n = this.owner.length;
    const start = new Int32Array(owners + 1);
    for (let e = 0; e < n; e++) start[this.owner[e] + 1]++;
    for (let i = 0; i < owners; i++) start[i + 1] += start[i];
    // Counting sort by owner (stable), then by rank within each owner's (short) run.
    const order = new Int32Array(n);
    const next = start.slice(0, owners);
    for (let e = 0; e < n; e++) order[next[this.owner[e]]++] = e;
    for (let i = 0; i < owners; i++) {
      for (let k = start[i] + 1; k < start[i + 1]; k++) {
        const e = order[k];
        let j = k - 1;
        while (j >= start[i] && this.rank[order[j]] > this.rank[e]) {
          order[j + 1] = order[j];
          j--;
        }
        order[j + 1] = e;
      }
    }
    const column = <A extends Int32Array | Float64Array>(make: new (n: number) => A, values: number[]): A => {
      const out = new make(n);
      for (let k = 0; k < n; k++) out[k] = values[order[k]];
      return out;
    };
    const ints = {} as Record<K, Int32Array>;
    for (const name of this.intNames) ints[name] = column(Int32Array, this.ints[name]);
    return new RankedLists(start, column(Int32Array, this.target), column(Float64Array, this.score), column(Int32Array, this.rank), ints);
  }
}

export class RankedLists<K extends string> {
  constructor(
    /** Entries of owner i are start[i] … start[i + 1] − 1. */
    readonly start: Int32Array,
    readonly target: Int32Array,
    readonly score: Float64Array,
    readonly rank: Int32Array,
    readonly ints: Readonly<Record<K, Int32Array>>,
  ) {}

  /** Owner i's entries with rank ≤ `first`, as [from, to). */
  upToRank(owner: number, first: number): [number, number] {
    const from = this.start[owner];
    const end = this.start[owner + 1];
    let to = from;
    while (to < end && this.rank[to] <= first) to++;
    return [from, to];
  }

  /** Bytes held by the columns. */
  get bytes(): number {
    let b = this.start.byteLength + this.target.byteLength + this.score.byteLength + this.rank.byteLength;
    for (const a of Object.values<Int32Array>(this.ints)) b += a.byteLength;
    return b;
  }
}
