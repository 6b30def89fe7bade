/**
 * The part of the graph one import adds: nodes keyed by id and lines in
 * compact columns. Filled row by row while the file streams in.
 */
import type { SourceLine } from './source-line.js';

export interface OrderNode {
  customerId: string;
  kind: 'purchase' | 'return';
  date: string;
  datetime: string;
  total: number;
  itemCount: number;
  lineCount: number;
}

export interface ProductNode {
  description: string | null;
  type: string | null;
  variant: string | null;
  sku: string | null;
}

export class GraphBatch {
  readonly customers = new Map<string, string | null>();
  readonly products = new Map<string, ProductNode>();
  readonly orders = new Map<string, OrderNode>();
  readonly purchases = {
    order: [] as string[],
    product: [] as string[],
    quantity: [] as number[],
    unitPrice: [] as number[],
    lineTotal: [] as number[],
  };
  readonly returns = { order: [] as string[], product: [] as string[], quantity: [] as number[], amount: [] as number[] };

  private touch(l: SourceLine, kind: 'purchase' | 'return'): OrderNode {
    const customerId = l.customerId!;
    if (!this.customers.has(customerId)) this.customers.set(customerId, l.country);
    const p = this.products.get(l.productId);
    if (!p) {
      this.products.set(l.productId, { description: l.description, type: l.productType, variant: l.variant, sku: l.sku });
    } else if (p.description === null && l.description !== null) {
      p.description = l.description;
    }
    let o = this.orders.get(l.orderId);
    if (!o) {
      o = { customerId, kind, date: l.date, datetime: l.datetime, total: 0, itemCount: 0, lineCount: 0 };
      this.orders.set(l.orderId, o);
    }
    return o;
  }

  addPurchase(l: SourceLine): void {
    const o = this.touch(l, 'purchase');
    o.total += l.lineTotal;
    o.itemCount += l.quantity;
    o.lineCount++;
    this.purchases.order.push(l.orderId);
    this.purchases.product.push(l.productId);
    this.purchases.quantity.push(l.quantity);
    this.purchases.unitPrice.push(l.unitPrice);
    this.purchases.lineTotal.push(l.lineTotal);
  }

  /** A returned line: a whole cancellation line (UCI) or the returned part of a purchase line (Shopify). */
  addReturn(l: SourceLine, quantity: number, amount: number): void {
    const o = this.touch(l, l.isCancellation ? 'return' : 'purchase');
    if (o.kind === 'return') {
      o.total += amount;
      o.itemCount += quantity;
      o.lineCount++;
    }
    this.returns.order.push(l.orderId);
    this.returns.product.push(l.productId);
    this.returns.quantity.push(quantity);
    this.returns.amount.push(Math.round(amount * 100) / 100);
  }

  /** Drops the orders (and their lines) that the graph already has; returns the purchase lines dropped. */
  dropOrders(existing: Set<string>): number {
    for (const id of existing) this.orders.delete(id);
    const before = this.purchases.order.length;
    dropRowsOf(this.purchases, existing);
    dropRowsOf(this.returns, existing);
    return before - this.purchases.order.length;
  }
}

/** Removes, in place, the column rows whose order is in `orders`. */
function dropRowsOf(columns: { order: string[] } & Record<string, unknown[]>, orders: Set<string>): void {
  const keep = columns.order.flatMap((o, i) => (orders.has(o) ? [] : [i]));
  for (const values of Object.values(columns)) {
    keep.forEach((from, to) => (values[to] = values[from]));
    values.length = keep.length;
  }
}
