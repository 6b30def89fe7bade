/**
 * The output side shared by the top-k cosine kernels (cosine-topk.ts,
 * cosine-neighbours.ts): growable row/common-count arrays, and the finished
 * CSR lists with each pair's cosine from its common count.
 */
import type { TopKNeighbours } from './cosine-topk.js';

/** A copy of `a` with room for `capacity` entries. */
export function growInt32(a: Int32Array, capacity: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(capacity);
  b.set(a);
  return b;
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
