/**
 * Item-based k nearest neighbours: products similar (cosine over buyers) to
 * the ones the customer bought.
 */
import type { TopKNeighbours } from '../algorithms/cosine-topk.js';
import { cosineNeighbours } from '../algorithms/cosine-neighbours.js';
import { transpose, type CsrMatrix } from '../algorithms/csr.js';
import { ItemReasons } from './item-index.js';
import { explainFrom, type FitContext, type ReasonCollector, type RecommendationReason, type Recommender } from './recommender.js';

export interface ItemKnnOptions {
  /** Neighbours kept per product (default 100). */
  k?: number;
  /** Similarities are raised to this power before summing (default 1). */
  alpha?: number;
  /** `binary` (default): each bought product counts 1; `values`: its train matrix value (e.g. a recency weight). */
  profile?: 'binary' | 'values';
}

/**
 * Item-kNN: cos(i, j) = |U_i ∩ U_j| / √(|U_i|·|U_j|) over binary buyer sets,
 * the top k per product, and score(u, j) = Σ_{i bought by u, j ∈ N(i)} cos(i, j)^alpha.
 */
export class ItemKnnRecommender implements Recommender {
  readonly name: string;
  private readonly k: number;
  private readonly alpha: number;
  private readonly useValues: boolean;
  private train: CsrMatrix | null = null;
  private neighbours: TopKNeighbours | null = null;
  /** sim^alpha of every neighbour entry, computed once at fit. */
  private weights = new Float64Array(0);
  /** The explanations of the current fit. */
  private reasons: ItemReasons | null = null;

  constructor(options: ItemKnnOptions = {}) {
    this.k = options.k ?? 100;
    this.alpha = options.alpha ?? 1;
    this.useValues = options.profile === 'values';
    this.name = `item-knn(k=${this.k},a=${this.alpha}${this.useValues ? ',w' : ''})`;
  }

  fit(train: CsrMatrix, _ctx?: FitContext): void {
    this.train = train;
    this.neighbours = cosineNeighbours(transpose(train), this.k);
    const scores = this.neighbours.scores;
    this.weights = new Float64Array(scores.length);
    for (let p = 0; p < scores.length; p++) this.weights[p] = Math.pow(scores[p], this.alpha);
    this.reasons = new ItemReasons(train, this.neighbours, this.weights, this.useValues);
  }

  /** The item–item neighbour lists (the same layout `basket-recommend` takes). */
  similarities(): TopKNeighbours {
    return this.fitted().nb;
  }

  scoreUser(u: number, out: Float64Array): void {
    const { train, nb } = this.fitted();
    out.fill(0);
    if (u >= train.rows) return;
    const w = this.weights;
    const targets = nb.neighbours;
    for (let q = train.indptr[u]; q < train.indptr[u + 1]; q++) {
      const i = train.indices[q];
      const x = this.useValues ? train.values[q] : 1;
      const end = nb.indptr[i + 1];
      for (let p = nb.indptr[i]; p < end; p++) out[targets[p]] += x * w[p];
    }
  }

  /** The customer's products that are neighbours of `product`, with their similarity weight. */
  explain(u: number, product: number, limit = 5): RecommendationReason[] {
    return explainFrom(this, u, product, limit);
  }

  explainInto(u: number, product: number, top: ReasonCollector): void {
    const { train } = this.fitted();
    if (u < train.rows) this.reasons!.offer(u, product, top);
  }

  private fitted(): { train: CsrMatrix; nb: TopKNeighbours } {
    if (!this.train || !this.neighbours) throw new Error(`${this.name}: fit() first`);
    return { train: this.train, nb: this.neighbours };
  }
}
