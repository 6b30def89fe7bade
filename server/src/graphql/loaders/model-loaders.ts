/**
 * Loaders for the recommenders computed on request (../data/recommenders/):
 * one DataLoader per model and list length, each batch handed to the model's
 * recommender with the request's lookups, so the products, purchases and
 * segments it reads are shared with the rest of the response.
 */
import { listsById, LoaderFamily } from './batch.js';
import { CUSTOMER_RECOMMENDERS } from '../data/recommenders/customer-recommenders.js';
import type { CustomerBatchReads, OnTheFlyModel } from '../data/recommenders/customer-recommender.js';
import type { RecommendationModel } from '../data/models.js';

export function modelLoaders(reads: CustomerBatchReads) {
  return {
    /** `onTheFly.get('user-knn:10')`: one loader per model and list length. */
    onTheFly: new LoaderFamily((key: string) => {
      const [model, first] = key.split(':') as [OnTheFlyModel, string];
      const recommend = CUSTOMER_RECOMMENDERS[model];
      return listsById<RecommendationModel>((ids) => recommend(reads, ids, Number(first)));
    }),
  };
}
