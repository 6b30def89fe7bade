/**
 * Recency weighting: recent purchases count more in a customer's profile.
 */
import type { CsrMatrix } from '../algorithms/csr.js';
import type { FitContext, ReasonCollector, RecommendationReason, Recommender } from './recommender.js';

/**
 * Same structure as `m`, with value = 2^(−age / halfLifeDays), where
 * age = referenceDay − lastDay[p] (days since the customer last bought the
 * product; `lastDay` aligned with `m.indices`). With halfLifeDays = Infinity
 * every value is 1 (binary).
 * @param referenceDay the day the recommendations are for (e.g. the split cutoff).
 */
export function recencyWeighted(m: CsrMatrix, lastDay: Int32Array, referenceDay: number, halfLifeDays: number): CsrMatrix {
  if (lastDay.length !== m.indices.length) throw new Error('recencyWeighted: lastDay is not aligned with the matrix');
  if (!(halfLifeDays > 0)) throw new Error(`recencyWeighted: halfLifeDays must be > 0, got ${halfLifeDays}`);
  const values = new Float64Array(m.indices.length);
  for (let p = 0; p < values.length; p++) {
    const age = Math.max(0, referenceDay - lastDay[p]);
    values[p] = Number.isFinite(halfLifeDays) ? Math.pow(2, -age / halfLifeDays) : 1;
  }
  return { rows: m.rows, cols: m.cols, indptr: m.indptr, indices: m.indices, values };
}

/**
 * Wraps a model so it is fitted on the recency-weighted train matrix
 * (`ctx.lastDay` and `ctx.referenceDay` are required). The inner model decides
 * how it uses the weights (e.g. `profile: 'values'`, popularity by `orders`).
 */
export class RecencyWeightedRecommender implements Recommender {
  readonly name: string;

  constructor(
    readonly inner: Recommender,
    readonly halfLifeDays: number,
    name?: string,
  ) {
    this.name = name ?? `${inner.name}+recency(${halfLifeDays}d)`;
  }

  fit(train: CsrMatrix, ctx?: FitContext): void {
    if (!ctx?.lastDay || ctx.referenceDay === undefined) {
      throw new Error(`${this.name}: fit needs ctx.lastDay and ctx.referenceDay`);
    }
    this.inner.fit(recencyWeighted(train, ctx.lastDay, ctx.referenceDay, this.halfLifeDays), ctx);
  }

  scoreUser(u: number, out: Float64Array): void {
    this.inner.scoreUser(u, out);
  }

  explain(u: number, product: number, limit?: number): RecommendationReason[] {
    return this.inner.explain(u, product, limit);
  }

  explainInto(u: number, product: number, top: ReasonCollector): void {
    if (this.inner.explainInto) this.inner.explainInto(u, product, top);
    else for (const r of this.inner.explain(u, product, top.limit)) top.offer(r.kind, r.id, r.weight);
  }
}
