/**
 * The recommendation models the product offers, by name, with the
 * hyperparameters chosen on the validation split (bench/results/recommender-selection.md).
 */
import type { Recommender } from '../recommend/recommender.js';
import { PopularityRecommender } from '../recommend/popularity.js';
import { SegmentPopularityRecommender } from '../recommend/segment-popularity.js';
import { UserKnnRecommender } from '../recommend/user-knn.js';
import { SegmentUserKnnRecommender } from '../recommend/segment-user-knn.js';
import { ItemKnnRecommender } from '../recommend/item-knn.js';
import { EaseRecommender } from '../recommend/ease.js';
import { Rp3BetaRecommender } from '../recommend/rp3beta.js';
import { createDefaultRecommender, DEFAULT_RECOMMENDER_CONFIG, type DefaultRecommenderConfig } from '../recommend/default.js';

export const MODEL_NAMES = [
  'default',
  'popularity',
  'segment-popularity',
  'user-knn',
  'segment-user-knn',
  'item-knn',
  'ease',
  'rp3beta',
] as const;
export type ModelName = (typeof MODEL_NAMES)[number];

export function isModelName(name: string): name is ModelName {
  return (MODEL_NAMES as readonly string[]).includes(name);
}

/** The hyperparameters of the single models (on the plain purchase matrix). */
const SETTINGS = {
  'user-knn': { k: 100, alpha: 2 },
  /** Tuned like user-kNN on the folds (selection log, amendment 4); neighbours only within the customer's segment. */
  'segment-user-knn': { k: 100, alpha: 2 },
  'item-knn': { k: 50, alpha: 2 },
  ease: { lambda: 300 },
  rp3beta: { alpha: 0.5, beta: 0.7, k: 200 },
} as const;

/** A fresh, unfitted model. */
export function createRecommender(name: ModelName): Recommender {
  switch (name) {
    case 'default':
      return createDefaultRecommender();
    case 'popularity':
      return new PopularityRecommender();
    case 'segment-popularity':
      return new SegmentPopularityRecommender();
    case 'user-knn':
      return new UserKnnRecommender(SETTINGS['user-knn']);
    case 'segment-user-knn':
      return new SegmentUserKnnRecommender(SETTINGS['segment-user-knn']);
    case 'item-knn':
      return new ItemKnnRecommender(SETTINGS['item-knn']);
    case 'ease':
      return new EaseRecommender(SETTINGS.ease);
    case 'rp3beta':
      return new Rp3BetaRecommender(SETTINGS.rp3beta);
  }
}

/**
 * What a model name stands for in this version, for the record (AnalysisRun.modelSettings,
 * each evaluated model): the single models' hyperparameters; for `default`, the recency
 * half-life and the components it blends (weight > 0) with their settings.
 */
export function modelSettings(name: ModelName): Record<string, unknown> {
  if (name === 'default') return defaultSettings(DEFAULT_RECOMMENDER_CONFIG);
  return name in SETTINGS ? { ...SETTINGS[name as keyof typeof SETTINGS] } : {};
}

function defaultSettings(config: DefaultRecommenderConfig): Record<string, unknown> {
  const components: Record<string, unknown> = {};
  const w = config.weights;
  if (w.userKnn > 0) components.userKnn = { weight: w.userKnn, ...config.userKnn };
  if (w.itemKnn > 0) components.itemKnn = { weight: w.itemKnn, ...config.itemKnn };
  if (w.ease > 0) components.ease = { weight: w.ease, ...config.ease };
  if (w.rp3beta > 0) components.rp3beta = { weight: w.rp3beta, ...config.rp3beta };
  if (w.popularity > 0) components.popularity = { weight: w.popularity };
  return { halfLifeDays: config.halfLifeDays, components };
}
