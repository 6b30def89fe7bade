/**
 * User-based k nearest neighbours: a customer's score for a product is the
 * similarity-weighted vote of their most similar customers who bought it.
 */
import type { TopKNeighbours } from '../algorithms/cosine-topk.js';
import { cosineNeighbours } from '../algorithms/cosine-neighbours.js';
import { cappedCosineNeighbours, type CandidateCap } from '../algorithms/capped-cosine.js';
import { transpose, type CsrMatrix } from '../algorithms/csr.js';
import { entryPosition, rowBits, type RowBits } from './row-bits.js';
import { explainFrom, type FitContext, type ReasonCollector, type RecommendationReason, type Recommender } from './recommender.js';

export interface UserKnnOptions {
  /** Neighbours per customer (default 100). */
  k?: number;
  /** Votes are weighted by cosine^alpha (default 1; larger trusts the closest neighbours more). */
  alpha?: number;
  /** `binary` (default): a neighbour's purchase votes 1; `values`: its train matrix value (e.g. a recency weight). */
  profile?: 'binary' | 'values';
  /** Candidate cap of the neighbour search (`capped-cosine.ts`); default none (every pair with a common product). */
  candidateCap?: CandidateCap;
}

/**
 * User-kNN on binary purchase sets: cos(u, v) = |I_u ∩ I_v| / √(|I_u|·|I_v|),
 * the top k neighbours per customer (ties → lower customer index), and
 * score(u, j) = Σ_{v ∈ N(u), v bought j} cos(u, v)^alpha.
 */
export class UserKnnRecommender implements Recommender {
  readonly name: string;
  protected readonly k: number;
  private readonly alpha: number;
  private readonly useValues: boolean;
  protected readonly candidateCap: CandidateCap | undefined;
  private train: CsrMatrix | null = null;
  private neighbours: TopKNeighbours | null = null;
  /** cos^alpha of every neighbour (aligned with `neighbours.scores`), computed once at fit. */
  private votes = new Float64Array(0);
  /**
   * Built on the first `explain`: the train matrix by product (buyers and their
   * values) and its pattern as bits, so "did neighbour v buy j, with which
   * value" is an O(1) look-up within product j's few hundred bytes of bits.
   */
  private byProduct: { readonly m: CsrMatrix; readonly bits: RowBits } | null = null;

  constructor(options: UserKnnOptions = {}, family = 'user-knn') {
    this.k = options.k ?? 100;
    this.alpha = options.alpha ?? 1;
    this.useValues = options.profile === 'values';
    this.candidateCap = options.candidateCap;
    this.name = `${family}(k=${this.k},a=${this.alpha}${this.useValues ? ',w' : ''})`;
  }

  /** Who may be a neighbour: every customer here; `SegmentUserKnnRecommender` restricts it to the segment. */
  protected findNeighbours(train: CsrMatrix, _ctx?: FitContext): TopKNeighbours {
    return this.candidateCap ? cappedCosineNeighbours(train, this.k, this.candidateCap) : cosineNeighbours(train, this.k);
  }

  fit(train: CsrMatrix, ctx?: FitContext): void {
    this.train = train;
    this.neighbours = this.findNeighbours(train, ctx);
    const scores = this.neighbours.scores;
    this.votes = new Float64Array(scores.length);
    for (let p = 0; p < scores.length; p++) this.votes[p] = Math.pow(scores[p], this.alpha);
    this.byProduct = null;
  }

  scoreUser(u: number, out: Float64Array): void {
    const { train, nb } = this.fitted();
    out.fill(0);
    if (u >= train.rows) return;
    const votes = this.votes;
    const { indptr, indices, values } = train;
    for (let p = nb.indptr[u]; p < nb.indptr[u + 1]; p++) {
      const v = nb.neighbours[p];
      const w = votes[p];
      const end = indptr[v + 1];
      if (this.useValues) for (let q = indptr[v]; q < end; q++) out[indices[q]] += w * values[q];
      else for (let q = indptr[v]; q < end; q++) out[indices[q]] += w;
    }
  }

  /** The neighbours who bought `product`, with their vote weight. */
  explain(u: number, product: number, limit = 5): RecommendationReason[] {
    return explainFrom(this, u, product, limit);
  }

  explainInto(u: number, product: number, top: ReasonCollector): void {
    const { train, nb } = this.fitted();
    if (u >= train.rows || product < 0 || product >= train.cols) return;
    if (!this.byProduct) {
      const m = transpose(train);
      this.byProduct = { m, bits: rowBits(m) };
    }
    const { m, bits } = this.byProduct;
    for (let p = nb.indptr[u]; p < nb.indptr[u + 1]; p++) {
      const v = nb.neighbours[p];
      const at = entryPosition(m, bits, product, v);
      if (at < 0) continue;
      const w = this.votes[p];
      top.offer('neighbour', v, this.useValues ? w * m.values[at] : w);
    }
  }

  private fitted(): { train: CsrMatrix; nb: TopKNeighbours } {
    if (!this.train || !this.neighbours) throw new Error(`${this.name}: fit() first`);
    return { train: this.train, nb: this.neighbours };
  }
}
