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
   * Writes a score per product into `out` (length = number of products),
   * overwriting every entry; higher is better. Seen products are not removed
   * here: use `topNUnseen`.
   */
  scoreUser(u: number, out: Float64Array): void;
  /** The largest contributions to `product`'s score for customer `u`, largest first. */
  explain(u: number, product: number, limit?: number): RecommendationReason[];
  /**
   * Optional allocation-free form of `explain`: offers every contribution to
   * `top` (which keeps the best). `explain(u, p, limit)` must equal a fresh
   * `ReasonCollector(limit)` filled by `explainInto(u, p, ·)`.
   */
  explainInto?(u: number, product: number, top: ReasonCollector): void;
}

/** A model that can also score a segment for a new customer known only by it (segment popularity, segment user-kNN). */
export interface SegmentScorer extends Recommender {
  /** Scores of the products for a new customer of segment `segment` (overwrites `out`). */
  scoreSegment(segment: number, out: Float64Array): void;
}

export const scoresSegments = (m: Recommender): m is SegmentScorer => typeof (m as Partial<SegmentScorer>).scoreSegment === 'function';

/** Scratch "seen" flags shared by `topNUnseen` calls (cleared before returning). */
let excludedScratch = new Uint8Array(0);

/** True when product a ranks below product b: lower score, or equal score and higher index. */
function worse(scores: Float64Array, a: number, b: number): boolean {
  const sa = scores[a];
  const sb = scores[b];
  return sa < sb || (sa === sb && a > b);
}

/**
 * The `n` highest-scoring products whose index is not in `seen`, best first.
 * Ties go to the lower product index; NaN scores are never returned.
 * O(P log n) with a bounded heap.
 * @param seen product indices to exclude (any order).
 */
export function topNUnseen(scores: Float64Array, seen: ArrayLike<number>, n: number): Int32Array {
  if (n <= 0) return new Int32Array(0);
  const total = scores.length;
  if (excludedScratch.length < total) excludedScratch = new Uint8Array(total);
  const excluded = excludedScratch;
  for (let i = 0; i < seen.length; i++) if (seen[i] < total) excluded[seen[i]] = 1;
  // Min-heap of candidates by "worse first": lower score, then higher index.
  const heap = new Int32Array(n);
  let size = 0;
  let p = 0;
  for (; p < total && size < n; p++) {
    const s = scores[p];
    if (excluded[p] || s !== s) continue;
    let i = size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!worse(scores, p, heap[parent])) break;
      heap[i] = heap[parent];
      i = parent;
    }
    heap[i] = p;
  }
  // Heap full (or every product consumed): a product enters only with a score above the
  // root's, since every kept index is below p and an equal score loses the tie.
  let threshold = size === n ? scores[heap[0]] : Infinity;
  for (; p < total; p++) {
    const s = scores[p];
    if (!(s > threshold) || excluded[p]) continue;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= size) break;
      const r = l + 1;
      const c = r < size && worse(scores, heap[r], heap[l]) ? r : l;
      if (!worse(scores, heap[c], p)) break;
      heap[i] = heap[c];
      i = c;
    }
    heap[i] = p;
    threshold = scores[heap[0]];
  }
  for (let i = 0; i < seen.length; i++) if (seen[i] < total) excluded[seen[i]] = 0;
  const result = Array.from(heap.subarray(0, size));
  result.sort((a, b) => (worse(scores, a, b) ? 1 : worse(scores, b, a) ? -1 : 0));
  return Int32Array.from(result);
}

/** Sorts reasons by weight (desc), then kind and id, and keeps the first `limit`. */
export function topReasons(reasons: RecommendationReason[], limit: number): RecommendationReason[] {
  return reasons
    .filter((r) => r.weight > 0)
    .sort((a, b) => b.weight - a.weight || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.id - b.id))
    .slice(0, limit);
}

/** `explain` of a model that has `explainInto`: a fresh `ReasonCollector(limit)` filled by it (the equality the interface asks for). */
export function explainFrom(
  model: Required<Pick<Recommender, 'explainInto'>>,
  u: number,
  product: number,
  limit = 5,
): RecommendationReason[] {
  const top = new ReasonCollector(limit);
  model.explainInto(u, product, top);
  return top.result();
}

/**
 * Keeps the best `limit` reasons offered one by one, in the order of
 * `topReasons` (weight desc, then kind, then id; weights ≤ 0 or NaN dropped),
 * without allocating a reason per offer. `result()` equals
 * `topReasons(allOffered, limit)`.
 */
export class ReasonCollector {
  private readonly kinds: RecommendationReason['kind'][] = [];
  private readonly ids: number[] = [];
  private readonly weights: number[] = [];

  private capacity: number;

  constructor(limit: number) {
    this.capacity = ReasonCollector.normalise(limit);
  }

  private static normalise(limit: number): number {
    return limit > 0 ? Math.floor(limit) : 0;
  }

  /** The number of reasons kept at most. */
  get limit(): number {
    return this.capacity;
  }

  /** Empties the collector (and sets a new limit), so one collector serves many calls. */
  reset(limit = this.capacity): this {
    this.capacity = ReasonCollector.normalise(limit);
    this.kinds.length = 0;
    this.ids.length = 0;
    this.weights.length = 0;
    return this;
  }

  /** Offers every kept reason to `target` with its weight multiplied by `scale`, best first. */
  offerScaled(target: ReasonCollector, scale: number): void {
    for (let i = 0; i < this.weights.length; i++) target.offer(this.kinds[i], this.ids[i], this.weights[i] * scale);
  }

  /** True when (kind, id, weight) ranks before entry i. */
  private before(kind: RecommendationReason['kind'], id: number, weight: number, i: number): boolean {
    const w = this.weights[i];
    if (weight !== w) return weight > w;
    const k = this.kinds[i];
    if (kind !== k) return kind < k;
    return id < this.ids[i];
  }

  offer(kind: RecommendationReason['kind'], id: number, weight: number): void {
    if (!(weight > 0) || this.capacity <= 0) return;
    let size = this.weights.length;
    if (size >= this.capacity && !this.before(kind, id, weight, size - 1)) return;
    if (size < this.capacity) {
      this.kinds.push(kind);
      this.ids.push(id);
      this.weights.push(weight);
      size++;
    }
    // Insertion: shift worse entries one slot down (the last one falls off when full).
    let i = size - 1;
    while (i > 0 && this.before(kind, id, weight, i - 1)) {
      this.kinds[i] = this.kinds[i - 1];
      this.ids[i] = this.ids[i - 1];
      this.weights[i] = this.weights[i - 1];
      i--;
    }
    this.kinds[i] = kind;
    this.ids[i] = id;
    this.weights[i] = weight;
  }

  result(): RecommendationReason[] {
    return this.weights.map((weight, i) => ({ kind: this.kinds[i], id: this.ids[i], weight }));
  }
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
