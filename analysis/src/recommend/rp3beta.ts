/**
 * RP3beta (Paudel, Christoffel, Bernstein 2017, "Updatable, accurate, diverse,
 * and scalable recommendations for interactive applications"): a three-step
 * random walk item → customer → item on the bipartite purchase graph, with
 * the arrival probability damped by the target's popularity.
 *   W[i][j] = Σ_u (1/|U_i|)^α · (1/|I_u|)^α  /  |U_j|^β   (u bought i and j)
 * Only the top k entries per item row are kept (sparse), and
 * score(u, j) = Σ_{i bought by u} W[i][j].
 */
import { transpose, type CsrMatrix } from '../algorithms/csr.js';
import { ItemReasons } from './item-index.js';
import {
  explainFrom,
  topNUnseen,
  type FitContext,
  type ReasonCollector,
  type RecommendationReason,
  type Recommender,
} from './recommender.js';

export interface Rp3BetaOptions {
  /** Exponent on the transition probabilities (default 1). */
  alpha?: number;
  /** Popularity damping exponent (default 0.5; 0 = plain P3). */
  beta?: number;
  /** Entries kept per item row (default 200). */
  k?: number;
  /** `binary` (default): each bought product counts 1 when scoring; `values`: its train matrix value. */
  profile?: 'binary' | 'values';
}

/** Sparse item → item weights, row i at indptr[i] .. indptr[i+1], best first. */
export interface ItemWeights {
  readonly indptr: Int32Array;
  readonly neighbours: Int32Array;
  readonly scores: Float64Array;
}

/** Builds the top-k RP3beta item–item weight rows from a customers × products matrix (read as binary). */
export function rp3betaWeights(train: CsrMatrix, alpha: number, beta: number, k: number): ItemWeights {
  const byItem = transpose(train);
  const nItems = train.cols;
  const userWeight = new Float64Array(train.rows);
  for (let u = 0; u < train.rows; u++) {
    const deg = train.indptr[u + 1] - train.indptr[u];
    userWeight[u] = deg > 0 ? Math.pow(deg, -alpha) : 0;
  }
  const damping = new Float64Array(nItems);
  for (let j = 0; j < nItems; j++) {
    const pop = byItem.indptr[j + 1] - byItem.indptr[j];
    damping[j] = pop > 0 ? Math.pow(pop, -beta) : 0;
  }
  const acc = new Float64Array(nItems);
  const touched = new Int32Array(nItems);
  const indptr = new Int32Array(nItems + 1);
  const neighbours: number[] = [];
  const scores: number[] = [];
  const self = new Int32Array(1);
  for (let i = 0; i < nItems; i++) {
    indptr[i] = neighbours.length;
    const pop = byItem.indptr[i + 1] - byItem.indptr[i];
    if (pop === 0) continue;
    const fromItem = Math.pow(pop, -alpha);
    let nTouched = 0;
    for (let q = byItem.indptr[i]; q < byItem.indptr[i + 1]; q++) {
      const u = byItem.indices[q];
      const w = userWeight[u];
      for (let p = train.indptr[u]; p < train.indptr[u + 1]; p++) {
        const j = train.indices[p];
        if (acc[j] === 0) touched[nTouched++] = j;
        acc[j] += w;
      }
    }
    for (let t = 0; t < nTouched; t++) {
      const j = touched[t];
      acc[j] *= fromItem * damping[j];
    }
    self[0] = i;
    const top = topNUnseen(acc, self, Math.min(k, nTouched));
    for (const j of top) {
      if (acc[j] <= 0) break;
      neighbours.push(j);
      scores.push(acc[j]);
    }
    for (let t = 0; t < nTouched; t++) acc[touched[t]] = 0;
  }
  indptr[nItems] = neighbours.length;
  return { indptr, neighbours: Int32Array.from(neighbours), scores: Float64Array.from(scores) };
}

/** RP3beta recommender (see the module comment). */
export class Rp3BetaRecommender implements Recommender {
  readonly name: string;
  private readonly alpha: number;
  private readonly beta: number;
  private readonly k: number;
  private readonly useValues: boolean;
  private train: CsrMatrix | null = null;
  private weights: ItemWeights | null = null;
  /** The explanations of the current fit. */
  private reasons: ItemReasons | null = null;

  constructor(options: Rp3BetaOptions = {}) {
    this.alpha = options.alpha ?? 1;
    this.beta = options.beta ?? 0.5;
    this.k = options.k ?? 200;
    this.useValues = options.profile === 'values';
    this.name = `rp3beta(a=${this.alpha},b=${this.beta},k=${this.k}${this.useValues ? ',w' : ''})`;
  }

  fit(train: CsrMatrix, _ctx?: FitContext): void {
    this.train = train;
    this.weights = rp3betaWeights(train, this.alpha, this.beta, this.k);
    this.reasons = new ItemReasons(train, this.weights, this.weights.scores, this.useValues);
  }

  /** The sparse item–item weight rows. */
  itemWeights(): ItemWeights {
    return this.fitted().w;
  }

  scoreUser(u: number, out: Float64Array): void {
    const { train, w } = this.fitted();
    out.fill(0);
    if (u >= train.rows) return;
    for (let q = train.indptr[u]; q < train.indptr[u + 1]; q++) {
      const i = train.indices[q];
      const x = this.useValues ? train.values[q] : 1;
      for (let p = w.indptr[i]; p < w.indptr[i + 1]; p++) out[w.neighbours[p]] += x * w.scores[p];
    }
  }

  /** The customer's products whose walk leads to `product`, with their weight. */
  explain(u: number, product: number, limit = 5): RecommendationReason[] {
    return explainFrom(this, u, product, limit);
  }

  explainInto(u: number, product: number, top: ReasonCollector): void {
    const { train } = this.fitted();
    if (u < train.rows) this.reasons!.offer(u, product, top);
  }

  private fitted(): { train: CsrMatrix; w: ItemWeights } {
    if (!this.train || !this.weights) throw new Error(`${this.name}: fit() first`);
    return { train: this.train, w: this.weights };
  }
}
