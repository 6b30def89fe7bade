/**
 * Recommendations for customers from models that are not precomputed,
 * computed from graph rows per batch of customers (a constant number of
 * queries per batch): popularity, segment popularity, user-kNN over SIMILAR
 * edges, item-kNN over ALSO_BOUGHT edges.
 */
import type DataLoader from 'dataloader';
import type { FittedCustomerModelName } from '@basketgraph/analysis';
import { listsById, LoaderFamily } from './batch.js';
import type { LoaderDeps } from './deps.js';
import { asc, by, desc } from './list-order.js';
import { CandidateScores, type Candidate } from '../data/scoring.js';
import { toProduct, toReasons } from '../data/rows.js';
import type { ProductModel, RecommendationModel, SegmentModel } from '../data/models.js';
import type { PurchasedProductModel } from './customer-loaders.js';
import type { ProductPopularityModel } from './segment-loaders.js';

export type GraphModel = 'popularity' | 'segment-popularity' | 'user-knn' | 'item-knn';
export type FittedModel = FittedCustomerModelName;
export type OnTheFlyModel = GraphModel | FittedModel;

/** Recommendations of a model fitted in memory (EASE, RP3beta): per customer, in order, null for one without purchases. */
export type FittedRecommender = (
  model: FittedModel,
  customers: string[],
  n: number,
) => Promise<({ product: string; score: number; reasons: { kind: string; id: string | null; weight: number }[] }[] | null)[]>;

/** How many nearest neighbours user-kNN pools. */
export const USER_KNN_NEIGHBOURS = 20;

interface Needs {
  bought: DataLoader<string, PurchasedProductModel[]>;
  product: DataLoader<string, ProductModel | null>;
  customerSegment: DataLoader<string, { segment: SegmentModel; distance: number | null } | null>;
  segmentTopProducts: DataLoader<string, ProductPopularityModel[]>;
  /** Absent: EASE, RP3BETA and SEGMENT_USER_KNN are unavailable (an error says so). */
  fitted?: FittedRecommender;
}

const ok = <T>(v: T | Error): T | null => (v instanceof Error ? null : v);

export function modelLoaders({ store }: LoaderDeps, needs: Needs) {
  async function boughtSets(ids: string[]): Promise<Map<string, Set<string>>> {
    const lists = await needs.bought.loadMany(ids);
    return new Map(ids.map((id, i) => [id, new Set((ok(lists[i]) ?? []).map((p) => p.product.id))]));
  }

  async function finish(model: OnTheFlyModel, perCustomer: Map<string, Candidate[]>): Promise<Map<string, RecommendationModel[]>> {
    const productIds = [...new Set([...perCustomer.values()].flat().map((c) => c.product))];
    const products = await needs.product.loadMany(productIds);
    const byId = new Map(productIds.map((id, i) => [id, ok(products[i])]));
    const out = new Map<string, RecommendationModel[]>();
    for (const [customer, list] of perCustomer) {
      out.set(
        customer,
        list.flatMap((c, i) => {
          const product = byId.get(c.product);
          return product ? [{ product, score: c.score, rank: i + 1, model, reasons: c.reasons }] : [];
        }),
      );
    }
    return out;
  }

  const popularity = (first: number) =>
    listsById<RecommendationModel>(async (ids) => {
      const bought = await boughtSets(ids);
      const most = Math.max(0, ...[...bought.values()].map((s) => s.size));
      const rows = (
        await store.query<{ product: Record<string, unknown>; buyers: number }>('api-popular-products', { limit: first + most })
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
    });

  const segmentPopularity = (first: number) =>
    listsById<RecommendationModel>(async (ids) => {
      const [bought, segments] = await Promise.all([boughtSets(ids), needs.customerSegment.loadMany(ids)]);
      const segmentIds = [...new Set(segments.map((s) => ok(s)?.segment.id).filter((s): s is string => !!s))];
      const tops = await needs.segmentTopProducts.loadMany(segmentIds);
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
    });

  const userKnn = (first: number) =>
    listsById<RecommendationModel>(async (ids) => {
      const [bought, rows] = await Promise.all([
        boughtSets(ids),
        store.query<{ customer: string; product: string; neighbour: string; score: number }>('api-user-knn-candidates', {
          ids,
          neighbours: USER_KNN_NEIGHBOURS,
        }),
      ]);
      const scores = new Map(ids.map((id) => [id, new CandidateScores()]));
      for (const r of rows) scores.get(r.customer)?.add(r.product, r.score, 'NEIGHBOUR', r.neighbour);
      return finish('user-knn', new Map(ids.map((id) => [id, scores.get(id)!.top(first, bought.get(id))])));
    });

  const itemKnn = (first: number) =>
    listsById<RecommendationModel>(async (ids) => {
      const [bought, rows] = await Promise.all([
        boughtSets(ids),
        store.query<{ customer: string; source: string; product: string; score: number }>('api-item-knn-candidates', { ids }),
      ]);
      const scores = new Map(ids.map((id) => [id, new CandidateScores()]));
      for (const r of rows) scores.get(r.customer)?.add(r.product, r.score, 'SIMILAR_ITEM', r.source);
      return finish('item-knn', new Map(ids.map((id) => [id, scores.get(id)!.top(first, bought.get(id))])));
    });

  const fitted = (model: FittedModel) => (first: number) =>
    listsById<RecommendationModel>(async (ids) => {
      if (!needs.fitted) throw new Error(`the ${model} model is not available on this server`);
      const lists = await needs.fitted(model, ids, first);
      return finish(
        model,
        new Map(
          ids.map((id, i) => [
            id,
            (lists[i] ?? []).map((r) => ({ product: r.product, score: r.score, reasons: toReasons(JSON.stringify(r.reasons)) })),
          ]),
        ),
      );
    });

  const factories: Record<OnTheFlyModel, (first: number) => DataLoader<string, RecommendationModel[]>> = {
    popularity,
    'segment-popularity': segmentPopularity,
    'user-knn': userKnn,
    'item-knn': itemKnn,
    ease: fitted('ease'),
    rp3beta: fitted('rp3beta'),
    'segment-user-knn': fitted('segment-user-knn'),
  };
  return {
    /** `onTheFly.get('user-knn:10')`: one loader per model and list length. */
    onTheFly: new LoaderFamily((key: string) => {
      const [model, first] = key.split(':') as [OnTheFlyModel, string];
      return factories[model](Number(first));
    }),
  };
}
