/**
 * The default recommender of the analysis job: a recency-weighted blend of
 * user-kNN and item-kNN (the configuration can also add restricted EASE,
 * RP3beta and trending popularity). Chosen by rolling-origin validation on
 * four folds whose test windows all end before 2011-09-09 (mean NDCG@10),
 * under a production-time budget of 1.5 s on the full data; see
 * bench/results/recommender-selection.md and bench/evaluate-models.ts.
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

/**
 * The configuration chosen by the rolling-origin selection: half-life 30 d;
 * 1·user-kNN(k=100, α=2) + 0.5·item-kNN(k=20, α=2); mean fold NDCG@10 0.1413,
 * production work ≈ 1.35 s. EASE and RP3beta are off (weight 0: not built).
 */
export const DEFAULT_RECOMMENDER_CONFIG: DefaultRecommenderConfig = {
  halfLifeDays: 30,
  userKnn: { k: 100, alpha: 2 },
  itemKnn: { k: 20, alpha: 2 },
  ease: { lambda: 300 },
  rp3beta: { alpha: 0.5, beta: 0.7, k: 200 },
  weights: { userKnn: 1, itemKnn: 0.5, ease: 0, rp3beta: 0, popularity: 0 },
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
