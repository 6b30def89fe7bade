/**
 * Basket rules: FP-Growth over orders, for all orders and for each segment's
 * orders (support relative to that scope's order count). Pure: no I/O.
 */
import type { PurchaseDataset } from '../dataset.js';
import { frequentItemsets } from '../rules/fp-growth.js';
import { associationRules } from '../rules/association-rules.js';
import { orderBaskets } from './order-baskets.js';
import { segmentId } from './compute-segments.js';
import type { RuleRecord } from './analysis-output.js';

export interface RuleParams {
  minSupport: number;
  minConfidence: number;
  maxLen: number;
}

/**
 * An itemset must be in at least this many orders of its scope, whatever the
 * support fraction: in a small segment 2% can be a single order, and rules
 * seen once are noise (and explode combinatorially).
 */
export const MIN_RULE_ORDERS = 5;

function mine(ds: PurchaseDataset, baskets: Int32Array[], scope: string, params: RuleParams): RuleRecord[] {
  if (baskets.length === 0) return [];
  const minSupport = Math.max(params.minSupport, MIN_RULE_ORDERS / baskets.length);
  if (minSupport > 1) return [];
  const itemsets = frequentItemsets(baskets, { minSupport, maxLen: params.maxLen });
  return associationRules(itemsets, { minConfidence: params.minConfidence }).map((r) => ({
    scope,
    antecedent: Array.from(r.antecedent, (p) => ds.products[p]),
    consequent: Array.from(r.consequent, (p) => ds.products[p]),
    support: r.support,
    confidence: r.confidence,
    lift: r.lift,
    leverage: r.leverage,
    conviction: r.conviction,
    count: r.count,
  }));
}

/** Global rules first, then each segment's (S0, S1, …), each in lift order. */
export function computeRules(ds: PurchaseDataset, assignments: Int32Array, k: number, params: RuleParams): RuleRecord[] {
  const { baskets: all, orders } = orderBaskets(ds);
  const rules = mine(ds, all, 'global', params);
  // Each segment's baskets are those of its customers' orders.
  for (let s = 0; s < k; s++) {
    const baskets = all.filter((_, i) => assignments[ds.orderCustomer[orders[i]]] === s);
    rules.push(...mine(ds, baskets, segmentId(s), params));
  }
  return rules;
}
