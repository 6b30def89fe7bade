/**
 * Segment popularity: a customer gets the products most bought by customers
 * of their own segment. Also serves the cold start: a new customer known only
 * by a segment gets that segment's best products (`scoreSegment`).
 */
import type { CsrMatrix } from '../algorithms/csr.js';
import { columnTotals } from './popularity.js';
import type { FitContext, RecommendationReason, Recommender } from './recommender.js';

/**
 * Scores = distinct buyers of the product within the customer's segment, plus
 * global buyers / (max global buyers + 1) — a tie-break below one buyer, so a
 * segment's ranking is kept and ties go to the globally more popular product.
 * Customers with no segment (−1, or beyond `ctx.segments`) get global popularity.
 */
export class SegmentPopularityRecommender implements Recommender {
  readonly name = 'segment-popularity';
  private global: Float64Array = new Float64Array(0);
  private globalTieBreak: Float64Array = new Float64Array(0);
  /** Row-major segments × products buyer counts. */
  private bySegment: Float64Array = new Float64Array(0);
  private segments: Int32Array = new Int32Array(0);
  private segmentCount = 0;
  private products = 0;

  fit(train: CsrMatrix, ctx?: FitContext): void {
    const segments = ctx?.segments;
    if (!segments) throw new Error('segment-popularity: fit needs ctx.segments');
    this.segments = segments;
    this.products = train.cols;
    this.global = columnTotals(train, true);
    let max = 0;
    for (const v of this.global) max = Math.max(max, v);
    this.globalTieBreak = this.global.map((v) => v / (max + 1));
    let count = 0;
    for (const s of segments) count = Math.max(count, s + 1);
    this.segmentCount = count;
    this.bySegment = new Float64Array(count * train.cols);
    for (let u = 0; u < Math.min(train.rows, segments.length); u++) {
      const s = segments[u];
      if (s < 0) continue;
      const base = s * train.cols;
      for (let p = train.indptr[u]; p < train.indptr[u + 1]; p++) this.bySegment[base + train.indices[p]] += 1;
    }
  }

  /** Scores of a segment's products (global popularity for an unknown segment, e.g. −1). */
  scoreSegment(segment: number, out: Float64Array): void {
    if (segment < 0 || segment >= this.segmentCount) {
      out.set(this.global);
      return;
    }
    const base = segment * this.products;
    for (let j = 0; j < this.products; j++) out[j] = this.bySegment[base + j] + this.globalTieBreak[j];
  }

  scoreUser(u: number, out: Float64Array): void {
    this.scoreSegment(this.segmentOf(u), out);
  }

  explain(u: number, product: number): RecommendationReason[] {
    const s = this.segmentOf(u);
    if (s >= 0 && s < this.segmentCount) {
      const w = this.bySegment[s * this.products + product] ?? 0;
      return w > 0 ? [{ kind: 'segment', id: s, weight: w }] : [];
    }
    const w = this.global[product] ?? 0;
    return w > 0 ? [{ kind: 'popularity', id: -1, weight: w }] : [];
  }

  private segmentOf(u: number): number {
    return u >= 0 && u < this.segments.length ? this.segments[u] : -1;
  }
}
