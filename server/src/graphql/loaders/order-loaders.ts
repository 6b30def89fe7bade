/** Batched lookups keyed by order id. */
import { byId, groupBy, listsById } from './batch.js';
import type { LoaderDeps } from './deps.js';
import { desc, thenByProduct } from './list-order.js';
import { cents, toOrder } from '../data/rows.js';
import type { OrderModel, ProductModel } from '../data/models.js';

type Node = Record<string, unknown>;

export interface OrderLineModel {
  product: ProductModel;
  quantity: number;
  unitPrice: number;
  lineTotal: number;
}

export interface ReturnLineModel {
  product: ProductModel;
  quantity: number;
  amount: number;
}

export function orderLoaders({ store, primedProduct }: LoaderDeps) {
  return {
    order: byId<{ order: OrderModel; customer: string | null }>(async (ids) => {
      const rows = await store.query<{ orderNode: Node; customer: string | null }>('api-orders-by-id', { ids });
      return new Map(rows.map((r) => [String(r.orderNode.id), { order: toOrder(r.orderNode), customer: r.customer }]));
    }),
    lines: listsById<OrderLineModel>(async (ids) => {
      const rows = await store.query<{ orderId: string; product: Node; quantity: number; unitPrice: number; lineTotal: number }>(
        'api-order-lines',
        { ids },
      );
      return groupBy(
        rows,
        (r) => r.orderId,
        (r) => ({ product: primedProduct(r.product), quantity: r.quantity, unitPrice: r.unitPrice, lineTotal: cents(r.lineTotal) }),
        thenByProduct(desc((x) => x.lineTotal)),
      );
    }),
    returns: listsById<ReturnLineModel>(async (ids) => {
      const rows = await store.query<{ orderId: string; product: Node; quantity: number; amount: number }>('api-order-returns', { ids });
      return groupBy(
        rows,
        (r) => r.orderId,
        (r) => ({ product: primedProduct(r.product), quantity: r.quantity, amount: cents(r.amount) }),
        thenByProduct(desc((x) => x.amount)),
      );
    }),
  };
}
