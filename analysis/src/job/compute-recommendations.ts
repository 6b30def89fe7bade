/**
 * Precomputes the top-N unseen products per customer with one model, with
 * the reasons behind each (neighbours, similar items, popularity). Pure.
 */
import type { PurchaseDataset } from '../dataset.js';
import { scoresSegments, topNUnseen, type RecommendationReason, type Recommender } from '../recommend/recommender.js';
import type { CsrMatrix } from '../algorithms/csr.js';
import { purchaseMatrix } from '../recommend/time-split.js';
import { segmentId } from './compute-segments.js';
import { createRecommender, isModelName, type ModelName } from './recommendation-models.js';
import type { RecommendationRecord } from './analysis-output.js';

export const DEFAULT_MODEL = 'default';

export interface Reason {
  kind: 'NEIGHBOUR' | 'SIMILAR_ITEM' | 'POPULAR' | 'SEGMENT' | 'RULE';
  /** Customer id (NEIGHBOUR), product id (SIMILAR_ITEM), segment id (SEGMENT), rule id (RULE) or null. */
  id: string | null;
  weight: number;
}

export function reasonRecords(ds: PurchaseDataset, reasons: RecommendationReason[]): Reason[] {
  return reasons.map((r) => ({
    kind: r.kind === 'neighbour' ? 'NEIGHBOUR' : r.kind === 'similar-item' ? 'SIMILAR_ITEM' : r.kind === 'segment' ? 'SEGMENT' : 'POPULAR',
    id:
      r.kind === 'neighbour'
        ? ds.customers[r.id]
        : r.kind === 'similar-item'
          ? ds.products[r.id]
          : r.kind === 'segment'
            ? segmentId(r.id)
            : null,
    weight: Math.round(r.weight * 1e6) / 1e6,
  }));
}

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
    this.model.scoreUser(u, this.scores);
    const seen = this.matrix.indices.subarray(this.matrix.indptr[u], this.matrix.indptr[u + 1]);
    return Array.from(topNUnseen(this.scores, seen, n), (p) => ({
      product: this.ds.products[p],
      score: this.scores[p],
      reasons: reasonRecords(this.ds, this.model.explain(u, p, reasons)),
    }));
  }
}

export function computeRecommendations(
  ds: PurchaseDataset,
  segments: Int32Array,
  options: { model: string; n: number; reasons?: number },
): RecommendationRecord[] {
  const out: RecommendationRecord[] = [];
  for (const batch of recommendationBatches(ds, segments, options)) for (const r of batch) out.push(r);
  return out;
}

/** Customers per batch of `recommendationBatches`. */
export const RECOMMENDATION_BATCH_CUSTOMERS = 5_000;

/**
 * The same records as computeRecommendations, in batches of `batchCustomers` customers: a worker posts each
 * batch as it is made, so the records never exist twice at once (the worker's and the receiver's copy: at
 * 30× the bundled data that doubled ≈ 0.9 GB).
 */
export function* recommendationBatches(
  ds: PurchaseDataset,
  segments: Int32Array,
  options: { model: string; n: number; reasons?: number },
  batchCustomers = RECOMMENDATION_BATCH_CUSTOMERS,
): Generator<RecommendationRecord[]> {
  if (!isModelName(options.model)) throw new Error(`unknown recommendation model "${options.model}"`);
  const model = new FittedModel(ds, options.model, segments);
  for (let from = 0; from < ds.customers.length; from += batchCustomers) {
    const batch: RecommendationRecord[] = [];
    for (let u = from; u < Math.min(from + batchCustomers, ds.customers.length); u++) {
      model.recommend(u, options.n, options.reasons).forEach((r, i) => {
        batch.push({ customer: ds.customers[u], product: r.product, score: r.score, rank: i + 1, reasons: JSON.stringify(r.reasons) });
      });
    }
    yield batch;
  }
}
