/**
 * Neighbourhood recommenders over the published similarity edges: user-kNN
 * (what the nearest SIMILAR customers bought) and item-kNN (the ALSO_BOUGHT
 * neighbours of what the customer bought). One candidate query per batch;
 * scores summed per product with their reasons (scoring.ts).
 */
import { CandidateScores } from './scoring.js';
import { boughtSets, withProducts, type CustomerRecommender } from './customer-recommender.js';

/** How many nearest neighbours user-kNN pools. */
export const USER_KNN_NEIGHBOURS = 20;

export const userKnn: CustomerRecommender = async (reads, ids, first) => {
  const [bought, rows] = await Promise.all([
    boughtSets(reads, ids),
    reads.store.query<{ customer: string; product: string; neighbour: string; score: number }>('api-user-knn-candidates', {
      ids,
      neighbours: USER_KNN_NEIGHBOURS,
    }),
  ]);
  const scores = new Map(ids.map((id) => [id, new CandidateScores()]));
  for (const r of rows) scores.get(r.customer)?.add(r.product, r.score, 'NEIGHBOUR', r.neighbour);
  return withProducts(reads, 'user-knn', new Map(ids.map((id) => [id, scores.get(id)!.top(first, bought.get(id))])));
};

export const itemKnn: CustomerRecommender = async (reads, ids, first) => {
  const [bought, rows] = await Promise.all([
    boughtSets(reads, ids),
    reads.store.query<{ customer: string; source: string; product: string; score: number }>('api-item-knn-candidates', { ids }),
  ]);
  const scores = new Map(ids.map((id) => [id, new CandidateScores()]));
  for (const r of rows) scores.get(r.customer)?.add(r.product, r.score, 'SIMILAR_ITEM', r.source);
  return withProducts(reads, 'item-knn', new Map(ids.map((id) => [id, scores.get(id)!.top(first, bought.get(id))])));
};
