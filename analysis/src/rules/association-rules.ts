/**
 * Association rules X → Y from frequent itemsets, with the usual interest
 * measures. Pure: works on the output of `frequentItemsets`.
 */
import { compareItems, type FrequentItemsets } from './fp-growth.js';

export interface AssociationRule {
  /** X, item ids ascending. */
  readonly antecedent: Int32Array;
  /** Y, item ids ascending (disjoint from X). */
  readonly consequent: Int32Array;
  /** Transactions containing X ∪ Y. */
  readonly count: number;
  /** supp(X ∪ Y) = count / transactions. */
  readonly support: number;
  /** supp(X ∪ Y) / supp(X). */
  readonly confidence: number;
  /** confidence / supp(Y). */
  readonly lift: number;
  /** supp(X ∪ Y) − supp(X)·supp(Y). */
  readonly leverage: number;
  /** (1 − supp(Y)) / (1 − confidence); null when confidence is 1 (infinite). */
  readonly conviction: number | null;
}

export interface AssociationRuleOptions {
  /** Keep rules with confidence >= minConfidence (default 0). */
  minConfidence?: number;
  /** Keep rules with lift >= minLift (default: no filter). */
  minLift?: number;
}

const keyOf = (items: Int32Array) => items.join(',');

/**
 * Every rule X → Y with X, Y non-empty, X ∩ Y = ∅ and X ∪ Y a frequent itemset
 * (every non-empty proper split of every itemset of size >= 2). Supports of X
 * and Y are looked up among the itemsets (they are frequent by downward
 * closure, so the input must be complete, as `frequentItemsets` returns it).
 * Order: lift desc, confidence desc, then antecedent, then consequent
 * (lexicographic by item ids), so the order is deterministic.
 */
export function associationRules(frequent: FrequentItemsets, options: AssociationRuleOptions = {}): AssociationRule[] {
  const minConfidence = options.minConfidence ?? 0;
  const minLift = options.minLift ?? -Infinity;
  const n = frequent.transactionCount;
  const countOf = new Map<string, number>();
  for (const s of frequent.itemsets) countOf.set(keyOf(s.items), s.count);
  const lookup = (items: Int32Array) => {
    const c = countOf.get(keyOf(items));
    if (c === undefined) throw new Error(`associationRules: subset {${keyOf(items)}} missing from the itemsets`);
    return c;
  };

  const rules: AssociationRule[] = [];
  for (const set of frequent.itemsets) {
    const size = set.items.length;
    if (size < 2) continue;
    if (size > 30) throw new Error('associationRules: itemsets larger than 30 items are not supported');
    const full = (1 << size) - 1;
    for (let mask = 1; mask < full; mask++) {
      const x: number[] = [];
      const y: number[] = [];
      for (let b = 0; b < size; b++) (mask & (1 << b) ? x : y).push(set.items[b]);
      const antecedent = Int32Array.from(x);
      const consequent = Int32Array.from(y);
      const countX = lookup(antecedent);
      const countY = lookup(consequent);
      const confidence = set.count / countX;
      if (confidence < minConfidence) continue;
      const support = set.count / n;
      const supportY = countY / n;
      // = confidence / supp(Y), computed symmetrically so X → Y and Y → X get the identical float.
      const lift = (set.count * n) / (countX * countY);
      if (lift < minLift) continue;
      rules.push({
        antecedent,
        consequent,
        count: set.count,
        support,
        confidence,
        lift,
        leverage: support - (countX / n) * supportY,
        conviction: set.count === countX ? null : (1 - supportY) / (1 - confidence),
      });
    }
  }
  rules.sort(
    (a, b) =>
      b.lift - a.lift ||
      b.confidence - a.confidence ||
      compareItems(a.antecedent, b.antecedent) ||
      compareItems(a.consequent, b.consequent),
  );
  return rules;
}
