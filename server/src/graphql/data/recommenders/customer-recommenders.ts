/** Every recommender the API computes on request for known customers, by model name. */
import type { CustomerRecommender, OnTheFlyModel } from './customer-recommender.js';
import { popularity, segmentPopularity } from './popularity.js';
import { itemKnn, userKnn } from './neighbourhood.js';
import { fitted } from './fitted.js';

export const CUSTOMER_RECOMMENDERS: Record<OnTheFlyModel, CustomerRecommender> = {
  popularity,
  'segment-popularity': segmentPopularity,
  'user-knn': userKnn,
  'item-knn': itemKnn,
  ease: fitted('ease'),
  rp3beta: fitted('rp3beta'),
  'segment-user-knn': fitted('segment-user-knn'),
};
