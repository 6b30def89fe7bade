/**
 * Popularity for known customers: the most bought products overall, or in
 * the customer's segment, that the customer has not bought.
 */
import { asc, by, desc } from '../../loaders/list-order.js';
import { toProduct } from '../rows.js';
import type { RecommendationModel } from '../models.js';
import { boughtSets, ok, type CustomerRecommender } from './customer-recommender.js';

/** Most distinct buyers overall (one query for the batch: the top `first` + the largest basket bought). */
export const popularity: CustomerRecommender = async (reads, ids, first) => {
  const bought = await boughtSets(reads, ids);
  const most = Math.max(0, ...[...bought.values()].map((s) => s.size));
  const rows = (
    await reads.store.query<{ product: Record<string, unknown>; buyers: number }>('api-popular-products', { limit: first + most })
  ).sort(
    by(
      desc((r) => r.buyers),
      asc((r) => String(r.product.id)),
    ),
  );
  const result = new Map<string, RecommendationModel[]>();
  for (const id of ids) {
    const have = bought.get(id)!;
    const picks = rows.filter((r) => !have.has(String(r.product.id))).slice(0, first);
    result.set(
      id,
      picks.map((r, i) => ({
        product: toProduct(r.product),
        score: r.buyers,
        rank: i + 1,
        model: 'popularity',
        reasons: [{ kind: 'POPULAR' as const, id: 'global', weight: r.buyers }],
      })),
    );
  }
  return result;
};

/** Most distinct buyers in the customer's segment (nothing for a customer without one). */
export const segmentPopularity: CustomerRecommender = async (reads, ids, first) => {
  const [bought, segments] = await Promise.all([boughtSets(reads, ids), reads.customerSegment.loadMany(ids)]);
  const segmentIds = [...new Set(segments.map((s) => ok(s)?.segment.id).filter((s): s is string => !!s))];
  const tops = await reads.segmentTopProducts.loadMany(segmentIds);
  const top = new Map(segmentIds.map((s, i) => [s, ok(tops[i]) ?? []]));
  const result = new Map<string, RecommendationModel[]>();
  ids.forEach((id, i) => {
    const seg = ok(segments[i])?.segment.id;
    const have = bought.get(id)!;
    const picks = (seg ? (top.get(seg) ?? []) : []).filter((p) => !have.has(p.product.id)).slice(0, first);
    result.set(
      id,
      picks.map((p, r) => ({
        product: p.product,
        score: p.buyers,
        rank: r + 1,
        model: 'segment-popularity',
        reasons: [{ kind: 'SEGMENT' as const, id: seg!, weight: p.buyers }],
      })),
    );
  });
  return result;
};
