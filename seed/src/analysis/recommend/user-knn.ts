/**
 * User-based k nearest neighbours: a customer's score for a product is the
 * similarity-weighted vote of their most similar customers who bought it.
 */
import { type TopKNeighbours, topKCosine } from '../algorithms/cosine-topk.js';
import type { CsrMatrix } from '../algorithms/csr.js';
import { rowPosition, topReasons, type FitContext, type RecommendationReason, type Recommender } from './recommender.js';

export interface UserKnnOptions {
  /** Neighbours per customer (default 100). */
  k?: number;
  /** Votes are weighted by cosine^alpha (default 1; larger trusts the closest neighbours more). */
  alpha?: number;
  /** `binary` (default): a neighbour's purchase votes 1; `values`: its train matrix value (e.g. a recency weight). */
  profile?: 'binary' | 'values';
}

/**
 * User-kNN on binary purchase sets: cos(u, v) = |I_u ∩ I_v| / √(|I_u|·|I_v|),
 * the top k neighbours per customer (ties → lower customer index), and
 * score(u, j) = Σ_{v ∈ N(u), v bought j} cos(u, v)^alpha.
 */
export class UserKnnRecommender implements Recommender {
  readonly name: string;
  private readonly k: number;
  private readonly alpha: number;
  private readonly useValues: boolean;
  private train: CsrMatrix | null = null;
  private neighbours: TopKNeighbours | null = null;

  constructor(options: UserKnnOptions = {}) {
    this.k = options.k ?? 100;
    this.alpha = options.alpha ?? 1;
    this.useValues = options.profile === 'values';
    this.name = `user-knn(k=${this.k},a=${this.alpha}${this.useValues ? ',w' : ''})`;
  }

  fit(train: CsrMatrix, _ctx?: FitContext): void {
    this.train = train;
    this.neighbours = topKCosine(train, this.k);
  }

  scoreUser(u: number, out: Float64Array): void {
    const { train, nb } = this.fitted();
    out.fill(0);
    if (u >= train.rows) return;
    for (let p = nb.indptr[u]; p < nb.indptr[u + 1]; p++) {
      const v = nb.neighbours[p];
      const w = Math.pow(nb.scores[p], this.alpha);
      for (let q = train.indptr[v]; q < train.indptr[v + 1]; q++) {
        out[train.indices[q]] += this.useValues ? w * train.values[q] : w;
      }
    }
  }

  /** The neighbours who bought `product`, with their vote weight. */
  explain(u: number, product: number, limit = 5): RecommendationReason[] {
    const { train, nb } = this.fitted();
    if (u >= train.rows) return [];
    const reasons: RecommendationReason[] = [];
    for (let p = nb.indptr[u]; p < nb.indptr[u + 1]; p++) {
      const v = nb.neighbours[p];
      const at = rowPosition(train, v, product);
      if (at < 0) continue;
      const w = Math.pow(nb.scores[p], this.alpha);
      reasons.push({ kind: 'neighbour', id: v, weight: this.useValues ? w * train.values[at] : w });
    }
    return topReasons(reasons, limit);
  }

  private fitted(): { train: CsrMatrix; nb: TopKNeighbours } {
    if (!this.train || !this.neighbours) throw new Error(`${this.name}: fit() first`);
    return { train: this.train, nb: this.neighbours };
  }
}
