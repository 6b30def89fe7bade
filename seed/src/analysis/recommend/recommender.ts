/**
 * The common shape of every recommender (popularity, segment popularity,
 * user-kNN, item-kNN, EASE, RP3beta, blends) and the shared top-N selection.
 * Pure: typed arrays in and out, no I/O.
 */
import type { CsrMatrix } from '../algorithms/csr.js';

/** Extra inputs some models need at fit time. */
export interface FitContext {
  /** Segment number per customer (row of the train matrix); -1 = unknown. */
  readonly segments?: Int32Array;
  /** Last day (day number) each customer bought each product, aligned with `train.indices`. */
  readonly lastDay?: Int32Array;
  /** The day recommendations are made for (e.g. the split cutoff or the day after the data ends). */
  readonly referenceDay?: number;
}

/** Why a product was recommended: one contributing neighbour, item or statistic. */
export interface RecommendationReason {
  /**
   * `neighbour`: a similar customer (id = customer index) bought it;
   * `similar-item`: the customer bought a similar product (id = product index);
   * `popularity`: overall popularity (id = -1); `segment`: popularity in the
   * customer's segment (id = segment number).
   */
  readonly kind: 'neighbour' | 'similar-item' | 'popularity' | 'segment';
  readonly id: number;
  /** This reason's contribution to the score. */
  readonly weight: number;
}

/**
 * A model fitted on a customers × products matrix (binary or counts; models
 * binarise where they need to) that scores every product for a customer.
 */
export interface Recommender {
  /** Short, stable name used in evaluation tables. */
  readonly name: string;
  /** Learns from `train` (rows = customers, columns = products). Call before scoring. */
  fit(train: CsrMatrix, ctx?: FitContext): void;
  /**
   * Writes a score per product into `out` (length = number of products);
   * higher is better. Seen products are not removed here: use `topNUnseen`.
   */
  scoreUser(u: number, out: Float64Array): void;
  /** The largest contributions to `product`'s score for customer `u`, largest first. */
  explain(u: number, product: number, limit?: number): RecommendationReason[];
}

/**
 * The `n` highest-scoring products whose index is not in `seen`, best first.
 * Ties go to the lower product index; NaN scores are never returned.
 * O(P log n) with a bounded heap.
 * @param seen product indices to exclude (any order).
 */
export function topNUnseen(scores: Float64Array, seen: ArrayLike<number>, n: number): Int32Array {
  if (n <= 0) return new Int32Array(0);
  const excluded = new Uint8Array(scores.length);
  for (let i = 0; i < seen.length; i++) excluded[seen[i]] = 1;
  // Min-heap of candidates by "worse first": lower score, then higher index.
  const heap = new Int32Array(n);
  let size = 0;
  const worse = (a: number, b: number) => scores[a] < scores[b] || (scores[a] === scores[b] && a > b);
  const siftDown = (start: number) => {
    let i = start;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= size) break;
      const r = l + 1;
      const c = r < size && worse(heap[r], heap[l]) ? r : l;
      if (!worse(heap[c], heap[i])) break;
      const t = heap[c];
      heap[c] = heap[i];
      heap[i] = t;
      i = c;
    }
  };
  for (let p = 0; p < scores.length; p++) {
    if (excluded[p] || Number.isNaN(scores[p])) continue;
    if (size < n) {
      let i = size++;
      heap[i] = p;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!worse(heap[i], heap[parent])) break;
        const t = heap[parent];
        heap[parent] = heap[i];
        heap[i] = t;
        i = parent;
      }
    } else if (worse(heap[0], p)) {
      heap[0] = p;
      siftDown(0);
    }
  }
  const result = Array.from(heap.subarray(0, size));
  result.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
  return Int32Array.from(result);
}

/** Sorts reasons by weight (desc), then kind and id, and keeps the first `limit`. */
export function topReasons(reasons: RecommendationReason[], limit: number): RecommendationReason[] {
  return reasons
    .filter((r) => r.weight > 0)
    .sort((a, b) => b.weight - a.weight || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.id - b.id))
    .slice(0, limit);
}

/** Position of column c in row r of m (binary search), or −1 when absent. */
export function rowPosition(m: CsrMatrix, r: number, c: number): number {
  let lo = m.indptr[r];
  let hi = m.indptr[r + 1] - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = m.indices[mid];
    if (v === c) return mid;
    if (v < c) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
