/**
 * "Frequently bought with" for any basket, on the fly: the global rules that
 * fire on the basket plus the ALSO_BOUGHT lists of its products, scored by
 * the pure `recommendForBasket`. Two small graph queries; no precomputation.
 */
import type { GraphReader } from '@basketgraph/cypher';
import { recommendForBasket as scoreBasket } from '../rules/basket-recommend.js';
import type { AssociationRule } from '../rules/association-rules.js';
import type { Reason } from '../job/compute-recommendations.js';
import type { RuleRecord } from '../job/analysis-output.js';

export interface OnlineRecommendation {
  product: string;
  score: number;
  reasons: Reason[];
}

/** A global rule as the store returns it: the written record, with its id. */
type RuleRow = Omit<RuleRecord, 'scope'> & { id: string };

/** Interns product ids as small integers for the pure scorer. */
class Ids {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  of(id: string): number {
    let i = this.index.get(id);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(id);
      this.index.set(id, i);
    }
    return i;
  }
}

export async function recommendForBasket(store: GraphReader, productIds: string[], first: number): Promise<OnlineRecommendation[]> {
  const basket = [...new Set(productIds)];
  if (basket.length === 0 || first <= 0) return [];
  const [ruleRows, similarRows] = await Promise.all([
    store.query<RuleRow & Record<string, unknown>>('basket-rules', { basket }),
    store.query<{ source: string; product: string; score: number }>('api-basket-also-bought', { basket }),
  ]);
  const ids = new Ids();
  basket.forEach((p) => ids.of(p));
  const rules: AssociationRule[] = ruleRows.map((r) => ({
    antecedent: Int32Array.from(r.antecedent, (p) => ids.of(p)),
    consequent: Int32Array.from(r.consequent, (p) => ids.of(p)),
    count: r.count,
    support: r.support,
    confidence: r.confidence,
    lift: r.lift,
    leverage: r.leverage,
    conviction: r.conviction,
  }));
  // ALSO_BOUGHT rows as CSR lists over the interned ids (only basket products have lists).
  const bySource = new Map<number, { product: number; score: number }[]>();
  for (const s of similarRows) {
    const list = bySource.get(ids.of(s.source)) ?? [];
    list.push({ product: ids.of(s.product), score: s.score });
    bySource.set(ids.of(s.source), list);
  }
  const n = ids.list.length;
  const indptr = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) indptr[i + 1] = indptr[i] + (bySource.get(i)?.length ?? 0);
  const neighbours = new Int32Array(indptr[n]);
  const scores = new Float64Array(indptr[n]);
  for (let i = 0; i < n; i++) {
    (bySource.get(i) ?? [])
      .sort((a, b) => b.score - a.score || a.product - b.product)
      .forEach((x, k) => {
        neighbours[indptr[i] + k] = x.product;
        scores[indptr[i] + k] = x.score;
      });
  }
  const basketIdx = basket.map((p) => ids.of(p));
  // The pure scorer breaks ties by the lower (interned) id; re-rank ties by product id for a stable order.
  const scored = scoreBasket(basketIdx, rules, { indptr, neighbours, scores }, { n: n });
  return scored
    .sort((a, b) => b.score - a.score || (ids.list[a.product] < ids.list[b.product] ? -1 : 1))
    .slice(0, first)
    .map((r) => ({
      product: ids.list[r.product],
      score: r.score,
      reasons: [
        ...r.rules.map((i): Reason => ({ kind: 'RULE', id: ruleRows[i].id, weight: ruleRows[i].confidence })),
        ...r.similarItems.map((s): Reason => ({ kind: 'SIMILAR_ITEM', id: ids.list[s.product], weight: s.similarity })),
      ],
    }));
}
