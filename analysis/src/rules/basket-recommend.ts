/**
 * "Frequently bought with" for a basket, computed on the fly (the GraphQL
 * server calls it per request): association rules whose antecedent is in the
 * basket, plus item–item similarity lists. O(Σ rule sizes + Σ neighbours of
 * the basket's products); independent of the graph.
 */
import type { AssociationRule } from './association-rules.js';

/** Item–item neighbour lists in CSR layout (the shape `topKCosine` returns). */
export interface ItemSimilarityLists {
  /** Product p's neighbours are at indptr[p] .. indptr[p+1]. */
  readonly indptr: Int32Array;
  readonly neighbours: Int32Array;
  readonly scores: Float64Array;
}

export interface BasketRecommendOptions {
  /** Number of products to return (default 10). */
  n?: number;
  /** Weight of the rule score (default 1). */
  ruleWeight?: number;
  /** Weight of the similarity score (default 1). */
  similarityWeight?: number;
  /** Reasons kept per product, of each kind (default 3). */
  maxReasons?: number;
}

export interface BasketRecommendation {
  readonly product: number;
  /** ruleWeight · ruleScore + similarityWeight · similarityScore. */
  readonly score: number;
  /** Highest confidence among the fired rules that predict the product (0 if none). */
  readonly ruleScore: number;
  /** Mean over the basket's products of their similarity to this product (0 if none). */
  readonly similarityScore: number;
  /** Indices (into `rules`) of fired rules predicting the product: confidence desc, then index. */
  readonly rules: number[];
  /** Basket products similar to this one, most similar first (ties → lower id). */
  readonly similarItems: { readonly product: number; readonly similarity: number }[];
}

interface Accumulator {
  ruleScore: number;
  similarity: number;
  rules: number[];
  similarItems: { product: number; similarity: number }[];
}

/**
 * The top-n products not in the basket. A rule X → Y fires when X ⊆ basket;
 * it votes for each product of Y not in the basket with its confidence (the
 * product keeps the max). Each basket product adds its similarity to each of
 * its neighbours. Order: score desc, ties → lower product id.
 * @param similar item–item lists, or null to use rules only.
 */
export function recommendForBasket(
  basket: ArrayLike<number>,
  rules: readonly AssociationRule[],
  similar: ItemSimilarityLists | null,
  options: BasketRecommendOptions = {},
): BasketRecommendation[] {
  const n = options.n ?? 10;
  const ruleWeight = options.ruleWeight ?? 1;
  const similarityWeight = options.similarityWeight ?? 1;
  const maxReasons = options.maxReasons ?? 3;
  const inBasket = new Set<number>();
  for (let i = 0; i < basket.length; i++) inBasket.add(basket[i]);
  if (inBasket.size === 0 || n <= 0) return [];

  const acc = new Map<number, Accumulator>();
  const entry = (p: number) => {
    let a = acc.get(p);
    if (!a) {
      a = { ruleScore: 0, similarity: 0, rules: [], similarItems: [] };
      acc.set(p, a);
    }
    return a;
  };

  rules.forEach((rule, index) => {
    for (const x of rule.antecedent) if (!inBasket.has(x)) return;
    for (const y of rule.consequent) {
      if (inBasket.has(y)) continue;
      const a = entry(y);
      a.ruleScore = Math.max(a.ruleScore, rule.confidence);
      a.rules.push(index);
    }
  });

  if (similar) {
    const products = similar.indptr.length - 1;
    for (const i of inBasket) {
      if (i < 0 || i >= products) continue;
      for (let p = similar.indptr[i]; p < similar.indptr[i + 1]; p++) {
        const j = similar.neighbours[p];
        const s = similar.scores[p];
        if (inBasket.has(j) || !(s > 0)) continue;
        const a = entry(j);
        a.similarity += s;
        a.similarItems.push({ product: i, similarity: s });
      }
    }
  }

  const results: BasketRecommendation[] = [];
  for (const [product, a] of acc) {
    const similarityScore = a.similarity / inBasket.size;
    results.push({
      product,
      score: ruleWeight * a.ruleScore + similarityWeight * similarityScore,
      ruleScore: a.ruleScore,
      similarityScore,
      rules: a.rules,
      similarItems: a.similarItems,
    });
  }
  results.sort((a, b) => b.score - a.score || a.product - b.product);
  const top = results.slice(0, n);
  for (const r of top) {
    r.rules.sort((x, y) => rules[y].confidence - rules[x].confidence || x - y);
    r.rules.length = Math.min(r.rules.length, maxReasons);
    r.similarItems.sort((x, y) => y.similarity - x.similarity || x.product - y.product);
    r.similarItems.length = Math.min(r.similarItems.length, maxReasons);
  }
  return top;
}
