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
  /**
   * Return lines (refunds), sorted by (day, customer, product): customer number, product number
   * (−1 when nobody bought the product in the data), calendar day, returned units and refunded
   * amount (both positive). They feed net spend and the return rate only.
   */
  readonly returnCustomer: Int32Array;
  readonly returnProduct: Int32Array;
  readonly returnDay: Int32Array;
  readonly returnQuantity: Float64Array;
  readonly returnAmount: Float64Array;
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
  productId: string;
  /** ISO date `YYYY-MM-DD` of the return. */
  date: string;
  /** Returned units (the sign is ignored). */
  quantity: number;
  /** Refunded amount (the sign is ignored). */
  amount: number;
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

export interface LineRow {
  orderId: string;
  product: string;
  quantity: number;
  lineTotal: number;
}

export interface OrderRow {
  customer: string;
  orderId: string;
  date: string;
}

export interface GraphRows {
  lines: LineRow[];
  orders: OrderRow[];
  productTypes: { product: string; type: string }[];
  returns: ReturnRow[];
}

/** One returned line as the graph holds it (`analysis-returns.cypher`). */
export interface ReturnRow {
  customer: string;
  product: string;
  date: string;
  quantity: number;
  amount: number;
}

/** Dictionary-encodes rows from the graph; ids sorted so the result does not depend on row order. */
export function datasetFromRows({ lines: rows, orders: orderRows, productTypes: typeRows, returns }: GraphRows): PurchaseDataset {
  const orderOf = new Map(orderRows.map((o) => [o.orderId, o]));
  const customerSet = new Set<string>();
  const productSet = new Set<string>();
  for (const r of rows) {
    customerSet.add(orderOf.get(r.orderId)!.customer);
    productSet.add(r.product);
  }
  const customers = [...customerSet].sort(byString);
  const products = [...productSet].sort(byString);
  const customerIndex = new Map(customers.map((c, i) => [c, i]));
  const productIndex = new Map(products.map((p, i) => [p, i]));
  const productTypes: (string | null)[] = new Array(products.length).fill(null);
  for (const t of typeRows) {
    const p = productIndex.get(t.product);
    if (p !== undefined) productTypes[p] = t.type;
  }
  const orderMeta = new Map<string, { customer: number; day: number }>();
  for (const r of rows) {
    if (orderMeta.has(r.orderId)) continue;
    const o = orderOf.get(r.orderId)!;
    orderMeta.set(r.orderId, { customer: customerIndex.get(o.customer)!, day: dayNumber(o.date) });
  }
  const orders = [...orderMeta.keys()].sort((a, b) => orderMeta.get(a)!.day - orderMeta.get(b)!.day || byString(a, b));
  const orderIndex = new Map(orders.map((o, i) => [o, i]));
  const rowOrder = Int32Array.from(rows, (r) => orderIndex.get(r.orderId)!);
  const rowProduct = Int32Array.from(rows, (r) => productIndex.get(r.product)!);
  // Lines grouped by order (counting sort), then by product, quantity and total within an order:
  // a canonical order whatever order the store returned them in.
  const start = new Int32Array(orders.length + 1);
  for (const o of rowOrder) start[o + 1]++;
  for (let o = 0; o < orders.length; o++) start[o + 1] += start[o];
  const lineIdx = new Int32Array(rows.length);
  const cursor = start.slice(0, orders.length);
  rowOrder.forEach((o, i) => (lineIdx[cursor[o]++] = i));
  const byLine = (a: number, b: number) =>
    rowProduct[a] - rowProduct[b] || rows[a].quantity - rows[b].quantity || rows[a].lineTotal - rows[b].lineTotal;
  for (let o = 0; o < orders.length; o++) lineIdx.subarray(start[o], start[o + 1]).sort(byLine);
  // Returns of customers with no purchase line have nothing to net against: left out.
  const kept = returns
    .filter((r) => customerIndex.has(r.customer))
    .map((r) => ({
      c: customerIndex.get(r.customer)!,
      p: productIndex.get(r.product) ?? -1,
      day: dayNumber(r.date),
      q: Math.abs(Number(r.quantity)),
      a: Math.abs(Number(r.amount)),
    }))
    .sort((x, y) => x.day - y.day || x.c - y.c || x.p - y.p || x.q - y.q || x.a - y.a);
  return {
    customers,
    products,
    productTypes,
    orders,
    orderCustomer: Int32Array.from(orders, (o) => orderMeta.get(o)!.customer),
    orderDay: Int32Array.from(orders, (o) => orderMeta.get(o)!.day),
    lineOrder: Int32Array.from(lineIdx, (i) => rowOrder[i]),
    lineProduct: Int32Array.from(lineIdx, (i) => rowProduct[i]),
    lineQuantity: Float64Array.from(lineIdx, (i) => rows[i].quantity),
    lineTotal: Float64Array.from(lineIdx, (i) => rows[i].lineTotal),
    returnCustomer: Int32Array.from(kept, (r) => r.c),
    returnProduct: Int32Array.from(kept, (r) => r.p),
    returnDay: Int32Array.from(kept, (r) => r.day),
    returnQuantity: Float64Array.from(kept, (r) => r.q),
    returnAmount: Float64Array.from(kept, (r) => r.a),
  };
}

/** Encodes plain records (tests, small tools) through the same encoder as the graph's rows. */
export function buildDataset(lines: PurchaseLineRecord[], returns: ReturnRecord[] = []): PurchaseDataset {
  const orders = new Map<string, OrderRow>();
  const types = new Map<string, string>();
  for (const l of lines) {
    if (!orders.has(l.orderId)) orders.set(l.orderId, { customer: l.customerId, orderId: l.orderId, date: l.date });
    if (l.productType && !types.has(l.productId)) types.set(l.productId, l.productType);
  }
  return datasetFromRows({
    lines: lines.map((l) => ({ orderId: l.orderId, product: l.productId, quantity: l.quantity, lineTotal: l.lineTotal })),
    orders: [...orders.values()],
    productTypes: [...types].map(([product, type]) => ({ product, type })),
    returns: returns.map((r) => ({ customer: r.customerId, product: r.productId, date: r.date, quantity: r.quantity, amount: r.amount })),
  });
}
