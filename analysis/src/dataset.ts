/**
 * The purchase data every analysis algorithm works on: dictionary-encoded ids
 * and typed arrays, no I/O. The analysis job builds it from the graph; tests
 * and benchmarks build it with `buildDataset` from plain line records.
 */
import { grown } from './algorithms/typed-arrays.js';

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
  /**
   * Purchase lines (returns excluded): order, product, quantity, line total. Grouped by order, orders in number
   * order, and sorted by (product, quantity, total) within an order (purchaseMatrix relies on it).
   */
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
  lines: Iterable<LineRow>;
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

/**
 * Dictionary-encodes rows from the graph; ids sorted so the result does not depend on row order.
 * One string look-up per id per line (provisional numbers in first-seen order, ranked once at the end), and the
 * per-line values copied into typed arrays, so the cost per line stays flat as the graph grows.
 */
export function datasetFromRows({ lines, orders, productTypes, returns }: GraphRows): PurchaseDataset {
  const encoder = new LineEncoder(orders);
  for (const r of lines) encoder.add(r);
  return encoder.finish(productTypes, returns);
}

/**
 * The encoder behind datasetFromRows, fed one purchase line at a time (the analysis job streams them from the
 * store, so no array of row objects is ever held: at 30× the bundled data that array took ≈ 1.5 GB).
 */
export class LineEncoder {
  private readonly orderRowOf = new Map<string, number>();
  // Provisional order and product numbers, in first-seen order.
  private readonly provisionalOfOrderRow: Int32Array;
  private readonly orderRowOfProvisional: number[] = [];
  private readonly productNumber = new Map<string, number>();
  private readonly productIds: string[] = [];
  private lastProductId: string | null = null;
  private lastProduct = -1;
  private n = 0;
  private lineOrderP = new Int32Array(1024);
  private lineProductP = new Int32Array(1024);
  private quantity = new Float64Array(1024);
  private total = new Float64Array(1024);

  constructor(private readonly orderRows: OrderRow[]) {
    orderRows.forEach((o, i) => this.orderRowOf.set(o.orderId, i));
    this.provisionalOfOrderRow = new Int32Array(orderRows.length).fill(-1);
  }

  add(r: LineRow): void {
    const i = this.n;
    if (i === this.lineOrderP.length) this.grow();
    const at = this.orderRowOf.get(r.orderId);
    if (at === undefined) throw new Error(`purchase line ${i + 1} names order ${r.orderId}, which has no order row (customer, date)`);
    let o = this.provisionalOfOrderRow[at];
    if (o < 0) {
      o = this.provisionalOfOrderRow[at] = this.orderRowOfProvisional.length;
      this.orderRowOfProvisional.push(at);
    }
    this.lineOrderP[i] = o;
    // The embedded store returns a product's lines one after another: comparing with the previous line's product
    // id is much cheaper than hashing the id again (any row order still gives the same dataset).
    if (r.product !== this.lastProductId) {
      let p = this.productNumber.get(r.product);
      if (p === undefined) {
        p = this.productIds.length;
        this.productNumber.set(r.product, p);
        this.productIds.push(r.product);
      }
      this.lastProductId = r.product;
      this.lastProduct = p;
    }
    this.lineProductP[i] = this.lastProduct;
    this.quantity[i] = r.quantity;
    this.total[i] = r.lineTotal;
    this.n++;
  }

  private grow(): void {
    const size = this.lineOrderP.length * 2;
    this.lineOrderP = grown(this.lineOrderP, size);
    this.lineProductP = grown(this.lineProductP, size);
    this.quantity = grown(this.quantity, size);
    this.total = grown(this.total, size);
  }

  finish(typeRows: GraphRows['productTypes'], returns: ReturnRow[]): PurchaseDataset {
    const { n, orderRows, orderRowOfProvisional, productIds, lineOrderP, lineProductP, quantity, total } = this;
    const products = [...productIds].sort(byString);
    const productIndex = new Map(products.map((p, i) => [p, i]));
    const productRank = Int32Array.from(productIds, (id) => productIndex.get(id)!);

    const nOrders = orderRowOfProvisional.length;
    const customerSet = new Set<string>();
    for (const at of orderRowOfProvisional) customerSet.add(orderRows[at].customer);
    const customers = [...customerSet].sort(byString);
    const customerIndex = new Map(customers.map((c, i) => [c, i]));
    const dayP = Int32Array.from(orderRowOfProvisional, (at) => dayNumber(orderRows[at].date));
    const byDayThenId = Array.from({ length: nOrders }, (_, o) => o).sort(
      (a, b) => dayP[a] - dayP[b] || byString(orderRows[orderRowOfProvisional[a]].orderId, orderRows[orderRowOfProvisional[b]].orderId),
    );
    const orderRank = new Int32Array(nOrders);
    byDayThenId.forEach((o, rank) => (orderRank[o] = rank));
    const orders = byDayThenId.map((o) => orderRows[orderRowOfProvisional[o]].orderId);
    const orderCustomer = Int32Array.from(byDayThenId, (o) => customerIndex.get(orderRows[orderRowOfProvisional[o]].customer)!);
    const orderDay = Int32Array.from(byDayThenId, (o) => dayP[o]);

    const productTypes: (string | null)[] = new Array(products.length).fill(null);
    for (const t of typeRows) {
      const p = productIndex.get(t.product);
      if (p !== undefined) productTypes[p] = t.type;
    }

    // Lines grouped by order (counting sort), then by product, quantity and total within an order:
    // a canonical order whatever order the store returned them in.
    const rowOrder = new Int32Array(n);
    const rowProduct = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      rowOrder[i] = orderRank[lineOrderP[i]];
      rowProduct[i] = productRank[lineProductP[i]];
    }
    const start = new Int32Array(nOrders + 1);
    for (let i = 0; i < n; i++) start[rowOrder[i] + 1]++;
    for (let o = 0; o < nOrders; o++) start[o + 1] += start[o];
    const lineIdx = new Int32Array(n);
    const cursor = start.slice(0, nOrders);
    for (let i = 0; i < n; i++) lineIdx[cursor[rowOrder[i]]++] = i;
    const before = (a: number, b: number) => rowProduct[a] - rowProduct[b] || quantity[a] - quantity[b] || total[a] - total[b];
    for (let o = 0; o < nOrders; o++) sortRange(lineIdx, start[o], start[o + 1], before);

    // Plain loops: `Int32Array.from(lineIdx, map)` goes through the iterator protocol per element and took
    // 5–7 s for the 3.9M lines of the 10× graph, against milliseconds here.
    const lineOrder = new Int32Array(n);
    const lineProduct = new Int32Array(n);
    const lineQuantity = new Float64Array(n);
    const lineTotal = new Float64Array(n);
    for (let j = 0; j < n; j++) {
      const i = lineIdx[j];
      lineOrder[j] = rowOrder[i];
      lineProduct[j] = rowProduct[i];
      lineQuantity[j] = quantity[i];
      lineTotal[j] = total[i];
    }

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
      orderCustomer,
      orderDay,
      lineOrder,
      lineProduct,
      lineQuantity,
      lineTotal,
      returnCustomer: Int32Array.from(kept, (r) => r.c),
      returnProduct: Int32Array.from(kept, (r) => r.p),
      returnDay: Int32Array.from(kept, (r) => r.day),
      returnQuantity: Float64Array.from(kept, (r) => r.q),
      returnAmount: Float64Array.from(kept, (r) => r.a),
    };
  }
}

/** Sorts a[from..to) by `before` (stable): insertion sort for the short runs orders have, Array sort past 32. */
function sortRange(a: Int32Array, from: number, to: number, before: (x: number, y: number) => number): void {
  if (to - from > 32) {
    const part = Array.from(a.subarray(from, to)).sort(before);
    a.set(part, from);
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const x = a[i];
    let j = i - 1;
    while (j >= from && before(a[j], x) > 0) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = x;
  }
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
