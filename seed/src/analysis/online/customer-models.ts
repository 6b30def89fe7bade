/**
 * Per-customer recommendations from models the analysis run does not
 * precompute (EASE, RP3beta), for the API: fitted once on the whole graph's
 * purchases, then asked for one customer at a time. Pure; the I/O and the
 * thread live in customer-model-host.ts.
 */
import type { PurchaseDataset } from '../dataset.js';
import { topNUnseen, type Recommender } from '../recommend/recommender.js';
import { purchaseMatrix } from '../recommend/time-split.js';
import type { CsrMatrix } from '../algorithms/csr.js';
import { createRecommender } from '../job/recommendation-models.js';
import { reasonRecords, referenceDay } from '../job/compute-recommendations.js';
import type { OnlineRecommendation } from './basket-recommendations.js';

/** The models the API computes per customer from a model fitted in memory (the graph-native ones need no fit). */
export const FITTED_CUSTOMER_MODELS = ['ease', 'rp3beta'] as const;
export type FittedCustomerModelName = (typeof FITTED_CUSTOMER_MODELS)[number];

export const isFittedCustomerModel = (name: string): name is FittedCustomerModelName =>
  (FITTED_CUSTOMER_MODELS as readonly string[]).includes(name);

export class FittedCustomerModel {
  private readonly model: Recommender;
  private readonly matrix: CsrMatrix;
  private readonly customerIndex: Map<string, number>;
  private readonly scores: Float64Array;

  /** Fits `name` (as `basketgraph evaluate` defines it) on every purchase of the dataset. */
  constructor(
    private readonly dataset: PurchaseDataset,
    readonly name: FittedCustomerModelName,
  ) {
    const { matrix, lastDay } = purchaseMatrix(dataset);
    this.matrix = matrix;
    this.model = createRecommender(name);
    this.model.fit(matrix, { segments: new Int32Array(dataset.customers.length).fill(-1), lastDay, referenceDay: referenceDay(dataset) });
    this.customerIndex = new Map(dataset.customers.map((id, i) => [id, i]));
    this.scores = new Float64Array(dataset.products.length);
  }

  /** The top `n` products the customer has not bought, with reasons; null for a customer without purchases. */
  recommend(customer: string, n: number, reasons = 3): OnlineRecommendation[] | null {
    const u = this.customerIndex.get(customer);
    if (u === undefined) return null;
    this.model.scoreUser(u, this.scores);
    const seen = this.matrix.indices.subarray(this.matrix.indptr[u], this.matrix.indptr[u + 1]);
    return Array.from(topNUnseen(this.scores, seen, n), (p) => ({
      product: this.dataset.products[p],
      score: this.scores[p],
      reasons: reasonRecords(this.dataset, this.model.explain(u, p, reasons)),
    }));
  }
}
