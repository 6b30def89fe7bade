/**
 * The similarity stage: customer neighbours (SIMILAR) and product neighbours (ALSO_BOUGHT, top 20) by exact cosine.
 * `capRows` runs the customer side with the candidate cap instead (capped-cosine.ts; bench/similarity-stage.ts
 * compares the two): not the product's default, because it measured no faster at 1× and 3× (selection log,
 * amendment 5).
 */
import { cappedCosineNeighbours } from '../algorithms/capped-cosine.js';
import { topKCosine, type TopKNeighbours } from '../algorithms/cosine-topk.js';
import { transpose } from '../algorithms/csr.js';
import type { PurchaseDataset } from '../dataset.js';
import { purchaseMatrix } from '../recommend/time-split.js';

export const ALSO_BOUGHT_PER_PRODUCT = 20;

export function computeSimilarity(
  dataset: PurchaseDataset,
  neighbours: number,
  seed: number,
  capRows: number | null = null,
): readonly [similarCustomers: TopKNeighbours, alsoBought: TopKNeighbours] {
  const { matrix } = purchaseMatrix(dataset);
  const similarCustomers =
    capRows === null ? topKCosine(matrix, neighbours) : cappedCosineNeighbours(matrix, neighbours, { maxColumnRows: capRows, seed });
  return [similarCustomers, topKCosine(transpose(matrix), ALSO_BOUGHT_PER_PRODUCT)];
}
