/**
 * Precomputes the top-N unseen products per customer with one model, with
 * the reasons behind each (neighbours, similar items, popularity). Pure.
 */
import type { PurchaseDataset } from '../dataset.js';
import { scoresSegments, topNUnseen, type Recommender } from '../recommend/recommender.js';
import type { CsrMatrix } from '../algorithms/csr.js';
import { purchaseMatrix } from '../recommend/time-split.js';
import { createRecommender, isModelName, type ModelName } from './recommendation-models.js';
import { reasonRecords, type Reason } from './reason-records.js';
import { joinRecommendationColumns, RecommendationColumnsBuilder, type RecommendationColumns } from './recommendation-columns.js';

export type { Reason } from './reason-records.js';

export const DEFAULT_MODEL = 'default';

/** The day after the data ends: what the precomputed recommendations are for. */
export function referenceDay(ds: PurchaseDataset): number {
  let last = -Infinity;
  for (const d of ds.orderDay) last = Math.max(last, d);
  return last + 1;
}

/**
 * One model fitted on every purchase of the dataset (for the day after the data ends), asked for one
 * customer at a time: the analysis run's precomputed recommendations and the API's on-demand models.
 */
export class FittedModel {
  private readonly model: Recommender;
  private readonly matrix: CsrMatrix;
  private readonly scores: Float64Array;

  /** `segments`: each customer's segment (−1 = none); only segment popularity reads it. */
  constructor(
    private readonly ds: PurchaseDataset,
    name: ModelName,
    segments: Int32Array = new Int32Array(ds.customers.length).fill(-1),
  ) {
    const { matrix, lastDay } = purchaseMatrix(ds);
    this.matrix = matrix;
    this.model = createRecommender(name);
    this.model.fit(matrix, { segments, lastDay, referenceDay: referenceDay(ds) });
    this.scores = new Float64Array(ds.products.length);
  }

  /**
   * A new customer of segment number `segment`: the top `n` of the model's segment scores (a model with
   * `scoreSegment`: segment popularity, segment user-kNN), with the segment as the reason.
   */
  recommendForSegment(segment: number, n: number): { product: string; score: number; reasons: Reason[] }[] {
    const model = this.model;
    if (!scoresSegments(model)) throw new Error(`${model.name} has no segment scores`);
    model.scoreSegment(segment, this.scores);
    return Array.from(topNUnseen(this.scores, [], n))
      .filter((p) => this.scores[p] > 0)
      .map((p) => ({
        product: this.ds.products[p],
        score: this.scores[p],
        reasons: reasonRecords(this.ds, [{ kind: 'segment', id: segment, weight: this.scores[p] }]),
      }));
  }

  /** The top `n` products customer `u` (dataset index) has not bought, best first, with up to `reasons` reasons each. */
  recommend(u: number, n: number, reasons = 3): { product: string; score: number; reasons: Reason[] }[] {
    return Array.from(this.topUnseen(u, n), (p) => ({
      product: this.ds.products[p],
      score: this.scores[p],
      reasons: reasonRecords(this.ds, this.model.explain(u, p, reasons)),
    }));
  }

  /** `recommend`'s products, scores and reasons for customer `u`, added to `columns` as dataset numbers. */
  recommendInto(u: number, n: number, columns: RecommendationColumnsBuilder, reasons = 3): void {
    const top = this.topUnseen(u, n);
    columns.addCustomer(top, this.scores, (i) => this.model.explain(u, top[i], reasons));
  }

  /** Scores every product for customer `u` (into `scores`); the best `n` they have not bought, best first. */
  private topUnseen(u: number, n: number): Int32Array {
    this.model.scoreUser(u, this.scores);
    const seen = this.matrix.indices.subarray(this.matrix.indptr[u], this.matrix.indptr[u + 1]);
    return topNUnseen(this.scores, seen, n);
  }
}

export function computeRecommendations(
  ds: PurchaseDataset,
  segments: Int32Array,
  options: { model: string; n: number; reasons?: number },
): RecommendationColumns {
  return joinRecommendationColumns([...recommendationBatches(ds, segments, options)]);
}

/** Customers per batch of `recommendationBatches`. */
export const RECOMMENDATION_BATCH_CUSTOMERS = 5_000;

/**
 * The same recommendations as computeRecommendations, in batches of `batchCustomers` customers: a worker posts
 * each batch as it is made (its buffers transferred, not copied).
 */
export function* recommendationBatches(
  ds: PurchaseDataset,
  segments: Int32Array,
  options: { model: string; n: number; reasons?: number },
  batchCustomers = RECOMMENDATION_BATCH_CUSTOMERS,
): Generator<RecommendationColumns> {
  if (!isModelName(options.model)) throw new Error(`unknown recommendation model "${options.model}"`);
  const model = new FittedModel(ds, options.model, segments);
  for (let from = 0; from < ds.customers.length; from += batchCustomers) {
    const batch = new RecommendationColumnsBuilder(from);
    for (let u = from; u < Math.min(from + batchCustomers, ds.customers.length); u++)
      model.recommendInto(u, options.n, batch, options.reasons);
    yield batch.finish();
  }
}
