/** The reasons behind a recommendation as the graph and the API name them: ids, not dataset numbers. */
import type { PurchaseDataset } from '../dataset.js';
import type { RecommendationReason } from '../recommend/recommender.js';
import { segmentId } from './compute-segments.js';

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
