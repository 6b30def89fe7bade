/**
 * The recommenders the API computes per batch of known customers on request
 * (`Customer.recommendations(model:)` for every model but the precomputed
 * default): what each one reads and returns, and the steps they share. Each
 * recommender is a function of one batch; the loaders
 * (../../loaders/model-loaders.ts) only wire them to the request's lookups.
 */
import type { GraphReader } from '@basketgraph/cypher';
import type { FittedCustomerModelName } from '@basketgraph/analysis';
import type { Lookup } from '../../loaders/batch.js';
import type { PurchasedProductModel } from '../../loaders/customer-loaders.js';
import type { ProductPopularityModel } from '../../loaders/segment-loaders.js';
import type { CustomerSegmentModel, ProductModel, RecommendationModel } from '../models.js';
import type { Candidate } from './scoring.js';

export type GraphModel = 'popularity' | 'segment-popularity' | 'user-knn' | 'item-knn';
export type FittedModel = FittedCustomerModelName;
export type OnTheFlyModel = GraphModel | FittedModel;

/** Recommendations of a model fitted in memory (EASE, RP3beta): per customer, in order, null for one without purchases. */
export type FittedRecommender = (
  model: FittedModel,
  customers: string[],
  n: number,
) => Promise<({ product: string; score: number; reasons: { kind: string; id: string | null; weight: number }[] }[] | null)[]>;

/** What the recommenders read: the store for their own queries, and the request's lookups (shared with the rest of the response). */
export interface CustomerBatchReads {
  store: GraphReader;
  bought: Lookup<string, PurchasedProductModel[]>;
  product: Lookup<string, ProductModel | null>;
  customerSegment: Lookup<string, CustomerSegmentModel | null>;
  segmentTopProducts: Lookup<string, ProductPopularityModel[]>;
  /** Absent: EASE, RP3BETA and SEGMENT_USER_KNN are unavailable (an error says so). */
  fitted?: FittedRecommender;
}

/** A batch of customers → each one's list, best first (at most `first`). */
export type CustomerRecommender = (reads: CustomerBatchReads, ids: string[], first: number) => Promise<Map<string, RecommendationModel[]>>;

/** A value of `loadMany`, or null for a failed key. */
export const ok = <T>(v: T | Error): T | null => (v instanceof Error ? null : v);

/** The ids of the products each customer bought. */
export async function boughtSets(reads: CustomerBatchReads, ids: string[]): Promise<Map<string, Set<string>>> {
  const lists = await reads.bought.loadMany(ids);
  return new Map(ids.map((id, i) => [id, new Set((ok(lists[i]) ?? []).map((p) => p.product.id))]));
}

/** Candidates with their products, ranked 1…n in list order (a product no longer in the graph is left out). */
export async function withProducts(
  reads: CustomerBatchReads,
  model: OnTheFlyModel,
  perCustomer: Map<string, Candidate[]>,
): Promise<Map<string, RecommendationModel[]>> {
  const productIds = [...new Set([...perCustomer.values()].flat().map((c) => c.product))];
  const products = await reads.product.loadMany(productIds);
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
