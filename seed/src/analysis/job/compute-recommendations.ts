/**
 * Precomputes the top-N unseen products per customer with one model, with
 * the reasons behind each (neighbours, similar items, popularity). Pure.
 */
import type { PurchaseDataset } from '../dataset.js';
import { topNUnseen, type RecommendationReason } from '../recommend/recommender.js';
import { purchaseMatrix } from '../recommend/time-split.js';
import { segmentId } from './compute-segments.js';
import { createRecommender, isModelName } from './recommendation-models.js';
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
    id: r.kind === 'neighbour' ? ds.customers[r.id] : r.kind === 'similar-item' ? ds.products[r.id] : r.kind === 'segment' ? segmentId(r.id) : null,
    weight: Math.round(r.weight * 1e6) / 1e6,
  }));
}

/** The day after the data ends: what the precomputed recommendations are for. */
export function referenceDay(ds: PurchaseDataset): number {
  let last = -Infinity;
  for (const d of ds.orderDay) last = Math.max(last, d);
  return last + 1;
}

export function computeRecommendations(
  ds: PurchaseDataset,
  segments: Int32Array,
  options: { model: string; n: number; reasons?: number },
): RecommendationRecord[] {
  if (!isModelName(options.model)) throw new Error(`unknown recommendation model "${options.model}"`);
  const { matrix, lastDay } = purchaseMatrix(ds);
  const model = createRecommender(options.model);
  model.fit(matrix, { segments, lastDay, referenceDay: referenceDay(ds) });
  const scores = new Float64Array(ds.products.length);
  const out: RecommendationRecord[] = [];
  for (let u = 0; u < ds.customers.length; u++) {
    model.scoreUser(u, scores);
    const top = topNUnseen(scores, matrix.indices.subarray(matrix.indptr[u], matrix.indptr[u + 1]), options.n);
    top.forEach((p, i) => {
      out.push({
        customer: ds.customers[u],
        product: ds.products[p],
        score: scores[p],
        rank: i + 1,
        reasons: JSON.stringify(reasonRecords(ds, model.explain(u, p, options.reasons ?? 3))),
      });
    });
  }
  return out;
}
