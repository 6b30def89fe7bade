/**
 * Global popularity: every customer gets the products bought by the most
 * customers. The baseline every other model must beat.
 */
import type { CsrMatrix } from '../algorithms/csr.js';
import type { FitContext, RecommendationReason, Recommender } from './recommender.js';

export interface PopularityOptions {
  /** `customers` (default): distinct buyers per product; `orders`: summed matrix values. */
  by?: 'customers' | 'orders';
}

/** Column sums of a CSR matrix; with `binary`, counts stored entries instead of summing values. */
export function columnTotals(m: CsrMatrix, binary: boolean): Float64Array {
  const totals = new Float64Array(m.cols);
  for (let p = 0; p < m.indices.length; p++) totals[m.indices[p]] += binary ? 1 : m.values[p];
  return totals;
}

/** Recommends the globally most popular products (same list for everyone). */
export class PopularityRecommender implements Recommender {
  readonly name: string;
  private readonly by: 'customers' | 'orders';
  private popularity: Float64Array = new Float64Array(0);

  constructor(options: PopularityOptions = {}) {
    this.by = options.by ?? 'customers';
    this.name = this.by === 'customers' ? 'popularity' : 'popularity-orders';
  }

  fit(train: CsrMatrix, _ctx?: FitContext): void {
    this.popularity = columnTotals(train, this.by === 'customers');
  }

  scoreUser(_u: number, out: Float64Array): void {
    out.set(this.popularity);
  }

  /** Popularity of each product (a copy). */
  scores(): Float64Array {
    return this.popularity.slice();
  }

  explain(_u: number, product: number): RecommendationReason[] {
    const w = this.popularity[product] ?? 0;
    return w > 0 ? [{ kind: 'popularity', id: -1, weight: w }] : [];
  }
}
