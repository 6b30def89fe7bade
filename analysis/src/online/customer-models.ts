/**
 * Per-customer recommendations from models the analysis run does not
 * precompute (EASE, RP3beta, per-segment user-kNN), for the API: fitted once on
 * the whole graph's purchases, then asked for one customer (by id) at a time.
 * Pure; the I/O and the thread live in customer-model-host.ts.
 */
import type { PurchaseDataset } from '../dataset.js';
import { FittedModel } from '../job/compute-recommendations.js';
import type { OnlineRecommendation } from './basket-recommendations.js';

/** The models the API computes per customer from a model fitted in memory (the graph-native ones need no fit). */
export const FITTED_CUSTOMER_MODELS = ['ease', 'rp3beta', 'segment-user-knn'] as const;
export type FittedCustomerModelName = (typeof FITTED_CUSTOMER_MODELS)[number];

/** Each dataset customer's segment number from `(customer id, segment rank)` rows; −1 for a customer without one. */
export function segmentsOf(dataset: PurchaseDataset, rows: readonly { customer: string; rank: number }[]): Int32Array {
  const index = new Map(dataset.customers.map((id, i) => [id, i]));
  const out = new Int32Array(dataset.customers.length).fill(-1);
  for (const r of rows) {
    const u = index.get(r.customer);
    if (u !== undefined) out[u] = Number(r.rank);
  }
  return out;
}

export class FittedCustomerModel {
  private readonly model: FittedModel;
  private readonly customerIndex: Map<string, number>;

  /** Fits `name` (as `basketgraph evaluate` defines it) on every purchase of the dataset; `segments` by customer index. */
  constructor(
    dataset: PurchaseDataset,
    readonly name: FittedCustomerModelName,
    segments?: Int32Array,
  ) {
    this.model = new FittedModel(dataset, name, segments);
    this.customerIndex = new Map(dataset.customers.map((id, i) => [id, i]));
  }

  /** The top `n` products the customer has not bought, with reasons; null for a customer without purchases. */
  recommend(customer: string, n: number, reasons = 3): OnlineRecommendation[] | null {
    const u = this.customerIndex.get(customer);
    return u === undefined ? null : this.model.recommend(u, n, reasons);
  }

  /** For a new customer of segment number `segment` (segment models only): the segment's top `n`. */
  recommendForSegment(segment: number, n: number): OnlineRecommendation[] {
    return this.model.recommendForSegment(segment, n);
  }
}
