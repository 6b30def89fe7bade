/**
 * The output side shared by the top-k cosine kernels (cosine-topk.ts,
 * cosine-neighbours.ts): growable row/common-count arrays, and the finished
 * CSR lists with each pair's cosine from its common count.
 */
import type { TopKNeighbours } from './cosine-topk.js';
import { grown } from './typed-arrays.js';

/**
 * The lists of `count` entries (`indptr` complete): cos = common / √(|row|·|neighbour|),
 * with `length` the rows' set sizes; the arrays are trimmed to `count`.
 */
export function withCosineScores(
  indptr: Int32Array,
  neighbours: Int32Array,
  shared: Int32Array,
  length: Float64Array,
  count: number,
): TopKNeighbours {
  const scores = new Float64Array(count);
  for (let r = 0; r + 1 < indptr.length; r++) {
    for (let p = indptr[r]; p < indptr[r + 1]; p++) scores[p] = shared[p] / Math.sqrt(length[r] * length[neighbours[p]]);
  }
  return { indptr, neighbours: neighbours.slice(0, count), scores, shared: shared.slice(0, count) };
}

/** Growing neighbour lists, filled row by row from a heap of kept candidates (cosine-topk.ts, capped-cosine.ts). */
export class GrowingNeighbourLists {
  private neighbours: Int32Array;
  private shared: Int32Array;
  /** Entries so far: the next row's lists start here. */
  count = 0;

  constructor(initialCapacity: number) {
    this.neighbours = new Int32Array(initialCapacity);
    this.shared = new Int32Array(initialCapacity);
  }

  /** Appends the heap's candidates, best first, emptying it. */
  append(heap: { size: number; drainBestFirst(rows: Int32Array, commons: Int32Array, offset: number): void }): void {
    const found = heap.size;
    if (this.count + found > this.neighbours.length) {
      const capacity = Math.max(this.count + found, this.neighbours.length * 2);
      this.neighbours = grown(this.neighbours, capacity);
      this.shared = grown(this.shared, capacity);
    }
    heap.drainBestFirst(this.neighbours, this.shared, this.count);
    this.count += found;
  }

  /** The lists of the rows from `from` on (`indptr` complete, starting at 0), without scores (see joinNeighbourRows). */
  rows(from: number, indptr: Int32Array): { from: number; indptr: Int32Array; neighbours: Int32Array; shared: Int32Array } {
    return { from, indptr, neighbours: this.neighbours.subarray(0, this.count), shared: this.shared.subarray(0, this.count) };
  }

  /** The finished lists (`indptr` complete), with each pair's cosine. */
  finish(indptr: Int32Array, length: Float64Array): TopKNeighbours {
    return withCosineScores(indptr, this.neighbours, this.shared, length, this.count);
  }
}
