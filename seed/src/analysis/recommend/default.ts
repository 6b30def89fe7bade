/**
 * The default recommender of the analysis job: a recency-weighted blend of
 * user-kNN, item-kNN, EASE, RP3beta and trending popularity. Its
 * hyperparameters were chosen on a validation split only (train < 2011-06-09,
 * test 2011-06-09 .. 2011-09-08 of UCI Online Retail); see
 * bench/results/recommender-tuning.md and bench/evaluate-models.ts.
 */
import { BlendRecommender, type BlendComponent } from './blend.js';
import { EaseRecommender } from './ease.js';
import { ItemKnnRecommender } from './item-knn.js';
import { PopularityRecommender } from './popularity.js';
import { RecencyWeightedRecommender } from './recency.js';
import type { Recommender } from './recommender.js';
import { Rp3BetaRecommender } from './rp3beta.js';
import { UserKnnRecommender } from './user-knn.js';

export interface DefaultRecommenderConfig {
  /** Half-life (days) of the recency weight of a purchase in the customer's profile. */
  readonly halfLifeDays: number;
  readonly userKnn: { readonly k: number; readonly alpha: number };
  readonly itemKnn: { readonly k: number; readonly alpha: number };
  /** `maxProducts`: EASE only over the most bought products (absent: all products). */
  readonly ease: { readonly lambda: number; readonly maxProducts?: number };
  readonly rp3beta: { readonly alpha: number; readonly beta: number; readonly k: number };
  /** Blend weights; a component with weight 0 is not built (EASE off = no dense inverse). */
  readonly weights: {
    readonly userKnn: number;
    readonly itemKnn: number;
    readonly ease: number;
    readonly rp3beta: number;
    readonly popularity: number;
  };
}

/** The configuration chosen on the validation split. */
export const DEFAULT_RECOMMENDER_CONFIG: DefaultRecommenderConfig = {
  halfLifeDays: 30,
  userKnn: { k: 200, alpha: 2 },
  itemKnn: { k: 50, alpha: 2 },
  ease: { lambda: 300 },
  rp3beta: { alpha: 0.5, beta: 0.7, k: 200 },
  weights: { userKnn: 1, itemKnn: 0, ease: 0.5, rp3beta: 0.5, popularity: 0 },
};

/**
 * Builds the blend described by `config`, wrapped so that it fits on the
 * recency-weighted matrix: `fit(train, ctx)` needs `ctx.lastDay` and
 * `ctx.referenceDay` (see `purchaseMatrix` / `timeSplit`).
 */
export function createDefaultRecommender(
  config: DefaultRecommenderConfig = DEFAULT_RECOMMENDER_CONFIG,
  name = 'default',
): Recommender {
  const w = config.weights;
  const components: BlendComponent[] = [];
  if (w.userKnn > 0) components.push({ weight: w.userKnn, model: new UserKnnRecommender({ ...config.userKnn, profile: 'values' }) });
  if (w.itemKnn > 0) components.push({ weight: w.itemKnn, model: new ItemKnnRecommender({ ...config.itemKnn, profile: 'values' }) });
  if (w.ease > 0) components.push({ weight: w.ease, model: new EaseRecommender({ ...config.ease, profile: 'values' }) });
  if (w.rp3beta > 0) components.push({ weight: w.rp3beta, model: new Rp3BetaRecommender({ ...config.rp3beta, profile: 'values' }) });
  if (w.popularity > 0) components.push({ weight: w.popularity, model: new PopularityRecommender({ by: 'orders' }) });
  return new RecencyWeightedRecommender(new BlendRecommender(components), config.halfLifeDays, name);
}
