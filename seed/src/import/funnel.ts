/**
 * Counts the cleaning funnel: after each step, how many rows, customers,
 * products and orders are left. An entity is left after step i when at least
 * one of its rows survives step i.
 */
import { FUNNEL_STEPS, STEP } from './cleaning-rules.js';

export interface FunnelRow {
  step: string;
  removed: number;
  rows: number;
  customers: number;
  products: number;
  orders: number;
}

export class FunnelCounter {
  private readonly removedAt = new Float64Array(FUNNEL_STEPS.length + 1);
  private readonly customers = new Map<string, number>();
  private readonly products = new Map<string, number>();
  private readonly orders = new Map<string, number>();
  private total = 0;

  private static bump(map: Map<string, number>, key: string | null, step: number) {
    if (key === null) return;
    const prev = map.get(key);
    if (prev === undefined || prev < step) map.set(key, step);
  }

  /** Records a row that is removed at `step` (STEP.kept if it is kept). */
  add(step: number, customerId: string | null, productId: string, orderId: string): void {
    this.total++;
    this.removedAt[step]++;
    FunnelCounter.bump(this.customers, customerId, step);
    FunnelCounter.bump(this.products, productId, step);
    FunnelCounter.bump(this.orders, orderId, step);
  }

  /** Moves rows of orders that turned out to be in the graph already. */
  moveToAlreadyImported(count: number, orderIds: Iterable<string>): void {
    this.removedAt[STEP.kept] -= count;
    this.removedAt[STEP.alreadyImported] += count;
    for (const o of orderIds) if (this.orders.get(o) === STEP.kept) this.orders.set(o, STEP.alreadyImported);
  }

  /** Marks customers/products with no surviving row after the already-imported step. */
  demote(kind: 'customers' | 'products', ids: Iterable<string>): void {
    for (const id of ids) if (this[kind].get(id) === STEP.kept) this[kind].set(id, STEP.alreadyImported);
  }

  rows(): FunnelRow[] {
    const countAfter = (map: Map<string, number>, step: number) => {
      let n = 0;
      for (const s of map.values()) if (s > step) n++;
      return n;
    };
    let left = this.total;
    return FUNNEL_STEPS.map((step, i) => {
      const removed = i === STEP.read ? 0 : this.removedAt[i];
      left -= removed;
      return {
        step,
        removed,
        rows: left,
        customers: countAfter(this.customers, i),
        products: countAfter(this.products, i),
        orders: countAfter(this.orders, i),
      };
    });
  }
}
