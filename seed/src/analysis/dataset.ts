/**
 * The purchase data every analysis algorithm works on: dictionary-encoded ids
 * and typed arrays, no I/O. The analysis job builds it from the graph; tests
 * and benchmarks build it with `buildDataset` from plain line records.
 */
export interface PurchaseDataset {
  /** Customer ids, sorted; index = customer number. */
  readonly customers: string[];
  /** Product ids, sorted; index = product number. */
  readonly products: string[];
  /** Product type per product (null where the source has none). */
  readonly productTypes: (string | null)[];
  /** Order ids; index = order number. Orders sorted by (day, id). */
  readonly orders: string[];
  /** Customer number of each order. */
  readonly orderCustomer: Int32Array;
  /** Calendar day of each order: days since 1970-01-01 (UTC calendar date of the local timestamp). */
  readonly orderDay: Int32Array;
  /** Purchase lines (returns excluded), grouped by order: order, product, quantity, line total. */
  readonly lineOrder: Int32Array;
  readonly lineProduct: Int32Array;
  readonly lineQuantity: Float64Array;
  readonly lineTotal: Float64Array;
  /** Returned quantity per customer (positive numbers), for the return rate. */
  readonly customerReturnedQuantity: Float64Array;
}

export interface PurchaseLineRecord {
  customerId: string;
  orderId: string;
  productId: string;
  productType?: string | null;
  /** ISO date `YYYY-MM-DD` (time ignored). */
  date: string;
  quantity: number;
  lineTotal: number;
}

export interface ReturnRecord {
  customerId: string;
  quantity: number;
}

export function dayNumber(isoDate: string): number {
  const t = Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10)));
  if (Number.isNaN(t)) throw new Error(`not an ISO date: ${isoDate}`);
  return Math.round(t / 86_400_000);
}

export function isoFromDayNumber(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Encodes plain records into a PurchaseDataset (deterministic: ids sorted). */
export function buildDataset(lines: PurchaseLineRecord[], returns: ReturnRecord[] = []): PurchaseDataset {
  const customers = [...new Set(lines.map((l) => l.customerId))].sort(byString);
  const products = [...new Set(lines.map((l) => l.productId))].sort(byString);
  const customerIndex = new Map(customers.map((c, i) => [c, i]));
  const productIndex = new Map(products.map((p, i) => [p, i]));
  const productTypes: (string | null)[] = new Array(products.length).fill(null);
  const orderInfo = new Map<string, { customer: number; day: number }>();
  for (const l of lines) {
    productTypes[productIndex.get(l.productId)!] ??= l.productType ?? null;
    if (!orderInfo.has(l.orderId)) {
      orderInfo.set(l.orderId, { customer: customerIndex.get(l.customerId)!, day: dayNumber(l.date) });
    }
  }
  const orders = [...orderInfo.keys()].sort((a, b) => orderInfo.get(a)!.day - orderInfo.get(b)!.day || byString(a, b));
  const orderIndex = new Map(orders.map((o, i) => [o, i]));
  const sorted = [...lines].sort(
    (a, b) => orderIndex.get(a.orderId)! - orderIndex.get(b.orderId)! || byString(a.productId, b.productId),
  );
  const customerReturnedQuantity = new Float64Array(customers.length);
  for (const r of returns) {
    const c = customerIndex.get(r.customerId);
    if (c !== undefined) customerReturnedQuantity[c] += Math.abs(r.quantity);
  }
  return {
    customers,
    products,
    productTypes,
    orders,
    orderCustomer: Int32Array.from(orders, (o) => orderInfo.get(o)!.customer),
    orderDay: Int32Array.from(orders, (o) => orderInfo.get(o)!.day),
    lineOrder: Int32Array.from(sorted, (l) => orderIndex.get(l.orderId)!),
    lineProduct: Int32Array.from(sorted, (l) => productIndex.get(l.productId)!),
    lineQuantity: Float64Array.from(sorted, (l) => l.quantity),
    lineTotal: Float64Array.from(sorted, (l) => l.lineTotal),
    customerReturnedQuantity,
  };
}
