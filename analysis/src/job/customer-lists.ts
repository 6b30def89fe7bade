/**
 * The rows of `CustomerLists`: each customer's recommendations and neighbours of the run as two JSON texts, so the
 * API reads a customer's lists with one primary-key lookup, and many customers' with one query (the embedded
 * store cannot batch lookups that follow edges: `UNWIND $ids … MATCH (c {id: i})-[r]->()` scans every edge of the
 * table). The same numbers as the RECOMMENDED and SIMILAR rows, in rank order; the reasons stay on the edges.
 * Every customer of the run gets a row, empty lists included: a customer without one was not in the run.
 */
import type { TopKNeighbours } from '../algorithms/cosine-topk.js';
import type { PurchaseDataset } from '../dataset.js';
import type { RecommendationColumns } from './recommendation-columns.js';

export interface CustomerListsRow {
  id: string;
  recommendations: string;
  neighbours: string;
}

/** One row per customer of `ds`, customers (dataset numbers) in `order`. */
export function* customerListsRows(
  ds: PurchaseDataset,
  recommendations: RecommendationColumns,
  similar: TopKNeighbours,
  assignments: ArrayLike<number>,
  order: Int32Array,
): Generator<CustomerListsRow> {
  const covered = recommendations.indptr.length - 1;
  for (let i = 0; i < order.length; i++) {
    const c = order[i];
    const recs: [string, number][] = [];
    const local = c - recommendations.from;
    if (local >= 0 && local < covered)
      for (let e = recommendations.indptr[local]; e < recommendations.indptr[local + 1]; e++)
        recs.push([ds.products[recommendations.product[e]], recommendations.score[e]]);
    const nbs: [string, number, number, boolean][] = [];
    for (let p = similar.indptr[c]; p < similar.indptr[c + 1]; p++) {
      const n = similar.neighbours[p];
      nbs.push([ds.customers[n], similar.scores[p], similar.shared[p], assignments[c] === assignments[n]]);
    }
    yield { id: ds.customers[c], recommendations: JSON.stringify(recs), neighbours: JSON.stringify(nbs) };
  }
}
