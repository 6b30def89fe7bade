/**
 * Reverse index of sparse item → item weight rows (item-kNN, RP3beta): for a
 * target product j, the source products i whose row contains j, ascending,
 * with the position of j in i's row. Lets `explain(u, j)` intersect the
 * customer's (sorted) products with the sources of j instead of scanning
 * every row of the customer's products.
 */
import type { CsrMatrix } from '../algorithms/csr.js';
import type { ReasonCollector } from './recommender.js';
import { entryPosition, rowBits, type RowBits } from './row-bits.js';

export interface ReverseItemIndex {
  /** Sources of target j at indptr[j] .. indptr[j+1], ascending. */
  readonly indptr: Int32Array;
  readonly sources: Int32Array;
  /** Position of the (source → target) entry in the forward rows. */
  readonly positions: Int32Array;
}

/** Builds the reverse index of forward rows (`indptr`, `targets`) over `n` products. */
export function reverseItemIndex(indptr: Int32Array, targets: Int32Array, n: number): ReverseItemIndex {
  const counts = new Int32Array(n + 1);
  for (let p = 0; p < targets.length; p++) counts[targets[p] + 1]++;
  for (let j = 0; j < n; j++) counts[j + 1] += counts[j];
  const rev = counts.slice();
  const sources = new Int32Array(targets.length);
  const positions = new Int32Array(targets.length);
  const next = counts.slice(0, n);
  // Sources are visited in ascending order, so every target's list comes out sorted.
  for (let i = 0; i < indptr.length - 1; i++) {
    for (let p = indptr[i]; p < indptr[i + 1]; p++) {
      const at = next[targets[p]]++;
      sources[at] = i;
      positions[at] = p;
    }
  }
  return { indptr: rev, sources, positions };
}

/**
 * Offers to `top` one `similar-item` reason per product i bought by customer u
 * (row u of `train`, whose pattern is `bits`) that has an entry towards
 * `product`: weight = (train value of i, or 1) × weights[position of i → product].
 * Walks the sources of `product` testing u's bits, or, when u bought far fewer
 * products than `product` has sources, walks u's products and binary-searches the sources.
 */
export function offerItemReasons(
  train: CsrMatrix,
  bits: RowBits,
  u: number,
  product: number,
  rev: ReverseItemIndex,
  weights: Float64Array,
  useValues: boolean,
  top: ReasonCollector,
): void {
  const a0 = train.indptr[u];
  const a1 = train.indptr[u + 1];
  const b0 = rev.indptr[product];
  const b1 = rev.indptr[product + 1];
  if (a0 === a1 || b0 === b1) return;
  if ((a1 - a0) * Math.log2(b1 - b0 + 1) < b1 - b0) {
    for (let q = a0; q < a1; q++) {
      const r = search(rev.sources, b0, b1, train.indices[q]);
      if (r >= 0) top.offer('similar-item', train.indices[q], (useValues ? train.values[q] : 1) * weights[rev.positions[r]]);
    }
    return;
  }
  for (let r = b0; r < b1; r++) {
    const i = rev.sources[r];
    const q = entryPosition(train, bits, u, i);
    if (q >= 0) top.offer('similar-item', i, (useValues ? train.values[q] : 1) * weights[rev.positions[r]]);
  }
}

/**
 * The reasons of one fit of an item → item model (item-kNN, RP3beta): its
 * weight rows with the reverse index and the train pattern as bits, both built
 * on the first `offer` (explaining is rarer than fitting).
 */
export class ItemReasons {
  private reverse: ReverseItemIndex | null = null;
  private bits: RowBits | null = null;

  constructor(
    private readonly train: CsrMatrix,
    private readonly rows: { readonly indptr: Int32Array; readonly neighbours: Int32Array },
    private readonly weights: Float64Array,
    private readonly useValues: boolean,
  ) {}

  /** `offerItemReasons` for customer u (a row of the train matrix) and `product`. */
  offer(u: number, product: number, top: ReasonCollector): void {
    this.reverse ??= reverseItemIndex(this.rows.indptr, this.rows.neighbours, this.train.cols);
    this.bits ??= rowBits(this.train);
    offerItemReasons(this.train, this.bits, u, product, this.reverse, this.weights, this.useValues, top);
  }
}

/** Index of `value` in the sorted slice a[lo .. hi), or −1. */
function search(a: Int32Array, lo: number, hi: number, value: number): number {
  let l = lo;
  let h = hi - 1;
  while (l <= h) {
    const mid = (l + h) >> 1;
    const v = a[mid];
    if (v === value) return mid;
    if (v < value) l = mid + 1;
    else h = mid - 1;
  }
  return -1;
}
