/**
 * Models fitted in memory on the graph (EASE, RP3beta, segment user-kNN; the
 * analysis package's CustomerModelHost): their lists with the API's products.
 */
import { toReasons } from '../rows.js';
import { withProducts, type CustomerRecommender, type FittedModel } from './customer-recommender.js';

export const fitted =
  (model: FittedModel): CustomerRecommender =>
  async (reads, ids, first) => {
    if (!reads.fitted) throw new Error(`the ${model} model is not available on this server`);
    const lists = await reads.fitted(model, ids, first);
    return withProducts(
      reads,
      model,
      new Map(
        ids.map((id, i) => [
          id,
          (lists[i] ?? []).map((r) => ({ product: r.product, score: r.score, reasons: toReasons(JSON.stringify(r.reasons)) })),
        ]),
      ),
    );
  };
