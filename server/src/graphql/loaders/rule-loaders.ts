/** Rules by id, and the rules that apply to customers' last baskets. */
import DataLoader from 'dataloader';
import { byId } from './batch.js';
import type { LoaderDeps } from './deps.js';
import { asc, by, desc } from './list-order.js';
import { toRule } from '../data/rows.js';
import type { RuleModel } from '../data/models.js';

type Node = Record<string, unknown>;

/** Highest lift first, ties by rule id. */
export const byLift = by<RuleModel>(
  desc((r) => r.lift),
  asc((r) => r.id),
);

/** Rules whose antecedent lies in the basket and whose consequent is not all in it. */
export function rulesApplying(rules: RuleModel[], basket: Iterable<string>): RuleModel[] {
  const have = new Set(basket);
  return rules.filter((r) => r.antecedent.every((p) => have.has(p)) && !r.consequent.every((p) => have.has(p)));
}

export function ruleLoaders({ store }: LoaderDeps, lastBasket: DataLoader<string, { order: string; products: string[] } | null>) {
  const rulesForProducts = async (products: string[]): Promise<RuleModel[]> =>
    products.length === 0
      ? []
      : (await store.query<{ rule: Node }>('api-rules-for-products', { products })).map((r) => toRule(r.rule)).sort(byLift);
  return {
    rule: byId(async (ids) => {
      const rows = await store.query<{ rule: Node }>('api-rules-by-id', { ids });
      return new Map(rows.map((r) => [String(r.rule.id), toRule(r.rule)]));
    }),
    rulesForProducts,
    /** Rules that apply to each customer's last basket, highest lift first (two queries per batch). */
    lastBasketRules: new DataLoader<string, RuleModel[]>(async (customers) => {
      const baskets = await lastBasket.loadMany([...customers]);
      const all = new Set<string>();
      for (const b of baskets) if (b && !(b instanceof Error)) for (const p of b.products) all.add(p);
      const rules = await rulesForProducts([...all]);
      return baskets.map((b) => (b && !(b instanceof Error) ? rulesApplying(rules, b.products) : []));
    }),
  };
}
