/**
 * The recommendation models the product offers, by name, with the
 * hyperparameters chosen on the validation split (bench/results/recommender-selection.md).
 */
import type { Recommender } from '../recommend/recommender.js';
import { PopularityRecommender } from '../recommend/popularity.js';
import { SegmentPopularityRecommender } from '../recommend/segment-popularity.js';
import { UserKnnRecommender } from '../recommend/user-knn.js';
import { ItemKnnRecommender } from '../recommend/item-knn.js';
import { EaseRecommender } from '../recommend/ease.js';
import { Rp3BetaRecommender } from '../recommend/rp3beta.js';
import { createDefaultRecommender } from '../recommend/default.js';

export const MODEL_NAMES = ['default', 'popularity', 'segment-popularity', 'user-knn', 'item-knn', 'ease', 'rp3beta'] as const;
export type ModelName = (typeof MODEL_NAMES)[number];

export function isModelName(name: string): name is ModelName {
  return (MODEL_NAMES as readonly string[]).includes(name);
}

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
      return new UserKnnRecommender({ k: 100, alpha: 2 });
    case 'item-knn':
      return new ItemKnnRecommender({ k: 50, alpha: 2 });
    case 'ease':
      return new EaseRecommender({ lambda: 300 });
    case 'rp3beta':
      return new Rp3BetaRecommender({ alpha: 0.5, beta: 0.7, k: 200 });
  }
}
