/**
 * The similarity stage: customer neighbours (SIMILAR) and product neighbours (ALSO_BOUGHT, top 20) by cosine.
 *
 * The customer side is exact while its work is moderate. Exact top-k cosine visits every pair of buyers of
 * each product (Σ over products of buyers²), which grows with the square of the shop: 4.6e9 visits at 10×
 * the bundled data (≈ 30 s here), ≈ 4e10 at 30×. Past `EXACT_SIMILARITY_WORK` visits the stage switches to
 * the candidate cap (capped-cosine.ts): a product with more than `AUTO_CANDIDATE_CAP` buyers makes pairs only
 * within seeded blocks of that many, so the work grows with the purchases, not their square. Neighbours are
 * then approximate: at 10× a cap of 1,000 kept 70 % of the exact lists' neighbours, mean cosine 0.377 against
 * 0.395 (bench/similarity-caps.ts, bench/results/similarity-caps-10x.json), and at 10× it is no faster than
 * exact; at 30× the stage took 184 s with it against 262 s exact (shared machine). The default recommender
 * does not read SIMILAR, so its NDCG does not move. `bench/similarity-stage.ts` compares the two kernels side by side.
 */
import { cappedCosineNeighbours } from '../algorithms/capped-cosine.js';
import { topKCosine, type TopKNeighbours } from '../algorithms/cosine-topk.js';
import { transpose, type CsrMatrix } from '../algorithms/csr.js';
import type { PurchaseDataset } from '../dataset.js';
import { purchaseMatrix } from '../recommend/time-split.js';
import { neighboursOnTwoThreads, type NeighbourRowsHelper } from './shared-neighbour-rows.js';

export const ALSO_BOUGHT_PER_PRODUCT = 20;
/** Pair visits (Σ over products of buyers²) past which customer neighbours use the candidate cap. */
export const EXACT_SIMILARITY_WORK = 1e10;
/** The candidate cap used past that work: buyers per product block. */
export const AUTO_CANDIDATE_CAP = 1000;

/** The exact kernel's work on a customer × product matrix, and the cap the stage uses (null: exact). */
export function similarityPlan(matrix: CsrMatrix, exactWorkLimit = EXACT_SIMILARITY_WORK): { work: number; cap: number | null } {
  const byProduct = transpose(matrix);
  let work = 0;
  for (let c = 0; c < byProduct.rows; c++) work += (byProduct.indptr[c + 1] - byProduct.indptr[c]) ** 2;
  return { work, cap: work > exactWorkLimit ? AUTO_CANDIDATE_CAP : null };
}

/** `capRows`: 'auto' (exact, or the cap past the work limit), null (always exact) or a cap. */
export function computeSimilarity(
  dataset: PurchaseDataset,
  neighbours: number,
  seed: number,
  capRows: number | null | 'auto' = 'auto',
): readonly [similarCustomers: TopKNeighbours, alsoBought: TopKNeighbours] {
  const { matrix, cap } = similarityInput(dataset, capRows);
  const similarCustomers =
    cap === null ? topKCosine(matrix, neighbours) : cappedCosineNeighbours(matrix, neighbours, { maxColumnRows: cap, seed });
  return [similarCustomers, alsoBoughtOf(matrix)];
}

/**
 * The same as computeSimilarity ('auto'), with the customer neighbours (exact or capped) computed on this
 * thread and `helper`'s at once (shared-neighbour-rows.ts).
 */
export async function computeSimilarityOnTwoThreads(
  dataset: PurchaseDataset,
  neighbours: number,
  seed: number,
  helper: NeighbourRowsHelper,
): Promise<readonly [similarCustomers: TopKNeighbours, alsoBought: TopKNeighbours]> {
  const { matrix, cap } = similarityInput(dataset, 'auto');
  const similarCustomers = await neighboursOnTwoThreads(matrix, neighbours, helper, cap === null ? null : { maxColumnRows: cap, seed });
  return [similarCustomers, alsoBoughtOf(matrix)];
}

function similarityInput(dataset: PurchaseDataset, capRows: number | null | 'auto'): { matrix: CsrMatrix; cap: number | null } {
  const { matrix } = purchaseMatrix(dataset);
  return { matrix, cap: capRows === 'auto' ? similarityPlan(matrix).cap : capRows };
}

const alsoBoughtOf = (matrix: CsrMatrix) => topKCosine(transpose(matrix), ALSO_BOUGHT_PER_PRODUCT);
