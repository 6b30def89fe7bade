/** Batched lookups keyed by product id. */
import { byId, groupBy, listsById, LoaderFamily, type PrimedLookup } from './batch.js';
import type { LoaderDeps } from './deps.js';
import { asc, by, byRankThenId, desc } from './list-order.js';
import { byLift } from './rule-loaders.js';
import { cents, toProduct, toRule } from '../data/rows.js';
import type { ProductModel, RuleModel } from '../data/models.js';

type Node = Record<string, unknown>;

export type ProductSalesModel = {
  buyers: number;
  orders: number;
  units: number;
  revenue: number;
};

/** The product reads the in-memory read model can answer (see CustomerReads). */
export interface ProductReads {
  product: PrimedLookup<string, ProductModel | null>;
}

export function productLoaders({ store, primedProduct }: LoaderDeps) {
  return {
    product: byId(async (ids) => {
      const rows = await store.query<{ product: Node }>('api-products-by-id', { ids });
      return new Map(rows.map((r) => [String(r.product.id), toProduct(r.product)]));
    }),

    sales: byId<ProductSalesModel>(async (ids) => {
      const rows = await store.query<{ product: string } & ProductSalesModel>('api-product-sales', { ids });
      return new Map(rows.map((r) => [r.product, { buyers: r.buyers, orders: r.orders, units: r.units, revenue: cents(r.revenue) }]));
    }),

    alsoBought: new LoaderFamily((first: number) =>
      listsById<{ product: ProductModel; score: number; rank: number }>(async (ids) => {
        const rows = await store.query<{ product: string; other: Node; score: number; rank: number }>('api-product-also-bought', {
          ids,
          first,
        });
        return groupBy(
          rows,
          (r) => r.product,
          (r) => ({ product: primedProduct(r.other), score: r.score, rank: r.rank }),
          byRankThenId((x) => x.product.id),
        );
      }),
    ),

    rules: new LoaderFamily((role: 'IF' | 'THEN') =>
      listsById<RuleModel>(async (ids) => {
        const rows = await store.query<{ product: string; rule: Node }>(role === 'IF' ? 'api-product-rules-if' : 'api-product-rules-then', {
          ids,
        });
        return groupBy(
          rows,
          (r) => r.product,
          (r) => toRule(r.rule),
          byLift,
        );
      }),
    ),

    segmentBuyers: listsById<{ segment: string; buyers: number }>(async (ids) => {
      const rows = await store.query<{ product: string; segment: string; buyers: number }>('api-product-segment-buyers', { ids });
      return groupBy(
        rows,
        (r) => r.product,
        (r) => ({ segment: r.segment, buyers: r.buyers }),
        by(
          desc((x) => x.buyers),
          asc((x) => x.segment),
        ),
      );
    }),
  };
}

export type ProductLoaders = ReturnType<typeof productLoaders>;
