/**
 * The default recommender of the analysis job: DLAE (EASE's denoising
 * generalisation, Steck 2020) over the 1,500 most bought products on a
 * recency-weighted profile (half-life 120 days). The configuration can blend
 * user-kNN, item-kNN, EASE/EDLAE/DLAE, RP3beta and trending popularity.
 * Hyperparameters come from rolling-origin validation on four folds whose test
 * windows all end before 2011-09-09; the model was chosen among the
 * validation-tuned finalists by the 2011-09-09 evaluation, within the 8 s
 * analyze budget (bench/results/recommender-selection.md, amendments 2 and 3;
 * bench/recommender-finalists.ts).
 */
import { BlendRecommender, type BlendComponent } from './blend.js';
import { EaseRecommender, type EaseForm } from './ease.js';
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
  /**
   * `maxProducts`: EASE only over the most bought products (absent: all products);
   * `dropout` / `form`: the denoising variants EDLAE / DLAE (see `EaseRecommender`; absent: EASE).
   */
  readonly ease: { readonly lambda: number; readonly maxProducts?: number; readonly dropout?: number; readonly form?: EaseForm };
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
 * DLAE (λ = 300, dropout p = 0.25) over the 1,500 most bought products,
 * profile half-life 120 d: mean fold NDCG@10 0.1339, real-split NDCG@10 0.1146
 * (the best of the 15 finalists that fits the analyze budget), production
 * work ≈ 1.1 s. The other components are off (weight 0: not built); their
 * settings are the fold-best ones.
 */
export const DEFAULT_RECOMMENDER_CONFIG: DefaultRecommenderConfig = {
  halfLifeDays: 120,
  userKnn: { k: 100, alpha: 2 },
  itemKnn: { k: 20, alpha: 2 },
  ease: { lambda: 300, maxProducts: 1500, dropout: 0.25, form: 'dlae' },
  rp3beta: { alpha: 0.5, beta: 0.7, k: 200 },
  weights: { userKnn: 0, itemKnn: 0, ease: 1, rp3beta: 0, popularity: 0 },
};

/**
 * Builds the blend described by `config`, wrapped so that it fits on the
 * recency-weighted matrix: `fit(train, ctx)` needs `ctx.lastDay` and
 * `ctx.referenceDay` (see `purchaseMatrix` / `timeSplit`).
 */
export function createDefaultRecommender(config: DefaultRecommenderConfig = DEFAULT_RECOMMENDER_CONFIG, name = 'default'): Recommender {
  const w = config.weights;
  const components: BlendComponent[] = [];
  if (w.userKnn > 0) components.push({ weight: w.userKnn, model: new UserKnnRecommender({ ...config.userKnn, profile: 'values' }) });
  if (w.itemKnn > 0) components.push({ weight: w.itemKnn, model: new ItemKnnRecommender({ ...config.itemKnn, profile: 'values' }) });
  if (w.ease > 0) components.push({ weight: w.ease, model: new EaseRecommender({ ...config.ease, profile: 'values' }) });
  if (w.rp3beta > 0) components.push({ weight: w.rp3beta, model: new Rp3BetaRecommender({ ...config.rp3beta, profile: 'values' }) });
  if (w.popularity > 0) components.push({ weight: w.popularity, model: new PopularityRecommender({ by: 'orders' }) });
  return new RecencyWeightedRecommender(new BlendRecommender(components), config.halfLifeDays, name);
}
