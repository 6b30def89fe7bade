/**
 * Top-k ranking metrics for one customer's recommendation list, and catalog
 * coverage over all lists. Relevance is binary: a product is relevant or not.
 * Only the first `k` entries of `ranked` count; a shorter list is padded
 * with misses (precision still divides by k).
 */

/** Number of relevant products among the first k recommendations. */
export function hitsAtK(ranked: ArrayLike<number>, relevant: ReadonlySet<number>, k: number): number {
  let hits = 0;
  const m = Math.min(k, ranked.length);
  for (let i = 0; i < m; i++) if (relevant.has(ranked[i])) hits++;
  return hits;
}

/** precision@k = hits in the top k / k. */
export function precisionAtK(ranked: ArrayLike<number>, relevant: ReadonlySet<number>, k: number): number {
  return k > 0 ? hitsAtK(ranked, relevant, k) / k : 0;
}

/** recall@k = hits in the top k / |relevant| (0 when nothing is relevant). */
export function recallAtK(ranked: ArrayLike<number>, relevant: ReadonlySet<number>, k: number): number {
  return relevant.size > 0 ? hitsAtK(ranked, relevant, k) / relevant.size : 0;
}

/** hit rate@k = 1 if at least one of the top k is relevant, else 0. */
export function hitRateAtK(ranked: ArrayLike<number>, relevant: ReadonlySet<number>, k: number): number {
  return hitsAtK(ranked, relevant, k) > 0 ? 1 : 0;
}

/**
 * NDCG@k with binary gain and log2 discount: DCG = Σ_{hit at rank i (1-based)} 1/log2(i+1),
 * divided by the ideal DCG = Σ_{i=1}^{min(|relevant|, k)} 1/log2(i+1). 0 when nothing is relevant.
 */
export function ndcgAtK(ranked: ArrayLike<number>, relevant: ReadonlySet<number>, k: number): number {
  const idealHits = Math.min(relevant.size, k);
  if (idealHits === 0) return 0;
  let dcg = 0;
  const m = Math.min(k, ranked.length);
  for (let i = 0; i < m; i++) if (relevant.has(ranked[i])) dcg += 1 / Math.log2(i + 2);
  let idcg = 0;
  for (let i = 0; i < idealHits; i++) idcg += 1 / Math.log2(i + 2);
  return dcg / idcg;
}

/**
 * Average precision@k: Σ_{hit at rank i} precision@i, divided by min(|relevant|, k).
 * The mean of this over customers is MAP@k. 0 when nothing is relevant.
 */
export function averagePrecisionAtK(ranked: ArrayLike<number>, relevant: ReadonlySet<number>, k: number): number {
  const denom = Math.min(relevant.size, k);
  if (denom === 0) return 0;
  let hits = 0;
  let sum = 0;
  const m = Math.min(k, ranked.length);
  for (let i = 0; i < m; i++) {
    if (relevant.has(ranked[i])) {
      hits++;
      sum += hits / (i + 1);
    }
  }
  return sum / denom;
}

/** Catalog coverage = distinct products in any of the lists (first k of each) / catalog size. */
export function catalogCoverage(lists: Iterable<ArrayLike<number>>, catalogSize: number, k = Infinity): number {
  if (catalogSize <= 0) return 0;
  const seen = new Uint8Array(catalogSize);
  let distinct = 0;
  for (const list of lists) {
    const m = Math.min(k, list.length);
    for (let i = 0; i < m; i++) {
      const p = list[i];
      if (!seen[p]) {
        seen[p] = 1;
        distinct++;
      }
    }
  }
  return distinct / catalogSize;
}

/**
 * Standard error of the mean of per-customer values: sample standard
 * deviation / √n (0 with fewer than two values). A 95 % interval of the mean
 * is about mean ± 1.96 · this.
 */
export function standardError(values: ArrayLike<number>): number {
  const n = values.length;
  if (n < 2) return 0;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i];
  const mean = sum / n;
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (values[i] - mean) ** 2;
  return Math.sqrt(squares / (n - 1) / n);
}

/**
 * Standard error of the mean paired difference a − b over the same customers
 * (a and b in the same customer order): much smaller than either model's own
 * standard error when the two models do well on the same customers.
 */
export function pairedStandardError(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new Error(`pairedStandardError: ${a.length} vs ${b.length} values`);
  return standardError(Float64Array.from(a, (x, i) => x - b[i]));
}
