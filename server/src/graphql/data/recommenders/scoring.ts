/**
 * Pure helpers for recommendations computed on the fly from graph rows:
 * add up candidate scores with their reasons, drop what the customer has,
 * keep the best `first`.
 */
import type { ReasonKind, ReasonModel } from '../models.js';

export interface Candidate {
  product: string;
  score: number;
  reasons: ReasonModel[];
}

/** Accumulates (product, contribution, reason) triples. */
export class CandidateScores {
  private readonly byProduct = new Map<string, Candidate>();

  add(product: string, weight: number, kind: ReasonKind, id: string): void {
    let c = this.byProduct.get(product);
    if (!c) this.byProduct.set(product, (c = { product, score: 0, reasons: [] }));
    c.score += weight;
    c.reasons.push({ kind, id, weight });
  }

  /**
   * The best `first` candidates not in `exclude`, score descending then id; at most `reasons` reasons each.
   * Scores are summed in a fixed order (largest reason first), so row order cannot change the last digits.
   */
  top(first: number, exclude: Set<string> = new Set(), reasons = 3): Candidate[] {
    const order = (a: ReasonModel, b: ReasonModel) => b.weight - a.weight || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    for (const c of this.byProduct.values()) {
      c.reasons.sort(order);
      c.score = c.reasons.reduce((s, r) => s + r.weight, 0);
    }
    return [...this.byProduct.values()]
      .filter((c) => !exclude.has(c.product))
      .sort((a, b) => b.score - a.score || (a.product < b.product ? -1 : a.product > b.product ? 1 : 0))
      .slice(0, first)
      .map((c) => ({ ...c, reasons: c.reasons.slice(0, reasons) }));
  }
}
