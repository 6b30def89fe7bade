/**
 * The output side shared by the top-k cosine kernels (cosine-topk.ts,
 * cosine-neighbours.ts, capped-cosine.ts): growable row/common-count arrays,
 * the lists of a range of rows, their join, and the finished CSR lists with
 * each pair's cosine from its common count.
 */
import type { TopKNeighbours } from './cosine-topk.js';
import type { CsrMatrix } from './csr.js';
import { grown } from './typed-arrays.js';

/** The lists of rows `from .. from + indptr.length - 1`; `indptr` starts at 0. */
export interface NeighbourRows {
  readonly from: number;
  readonly indptr: Int32Array;
  readonly neighbours: Int32Array;
  readonly shared: Int32Array;
}

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
  rows(from: number, indptr: Int32Array): NeighbourRows {
    return { from, indptr, neighbours: this.neighbours.subarray(0, this.count), shared: this.shared.subarray(0, this.count) };
  }

  /** The finished lists (`indptr` complete), with each pair's cosine. */
  finish(indptr: Int32Array, length: Float64Array): TopKNeighbours {
    return withCosineScores(indptr, this.neighbours, this.shared, length, this.count);
  }
}

/** The lists of all rows, with their cosines, from ranges that cover the rows once (any order). */
export function joinNeighbourRows({ m, length }: { m: CsrMatrix; length: Float64Array }, parts: readonly NeighbourRows[]): TopKNeighbours {
  const sorted = [...parts].sort((a, b) => a.from - b.from);
  const indptr = new Int32Array(m.rows + 1);
  let total = 0;
  let next = 0;
  for (const part of sorted) {
    if (part.from !== next) throw new Error(`joinNeighbourRows: rows ${next}..${part.from - 1} are missing`);
    next = part.from + part.indptr.length - 1;
    total += part.neighbours.length;
  }
  if (next !== m.rows) throw new Error(`joinNeighbourRows: rows ${next}..${m.rows - 1} are missing`);
  const neighbours = new Int32Array(total);
  const shared = new Int32Array(total);
  let out = 0;
  for (const part of sorted) {
    for (let r = 0; r + 1 < part.indptr.length; r++) indptr[part.from + r] = out + part.indptr[r];
    neighbours.set(part.neighbours, out);
    shared.set(part.shared, out);
    out += part.neighbours.length;
  }
  indptr[m.rows] = out;
  return withCosineScores(indptr, neighbours, shared, length, out);
}
