/**
 * The part of the graph one import adds, filled row by row while the file
 * streams in: customers, products and orders numbered by id, orders and lines
 * in typed columns. A purchase line is 32 bytes (order and product numbers,
 * quantity, unit price, line total) whatever its ids' length, so a file with
 * millions of lines fits in a few hundred megabytes.
 */
import type { SourceLine } from './source-line.js';
import { IdDictionary } from './id-dictionary.js';
import { CHUNK_SIZE, keepRows, NumberColumn } from './number-column.js';

export interface OrderNode {
  id: string;
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

export interface PurchaseLine {
  order: string;
  product: string;
  quantity: number;
  unitPrice: number;
  lineTotal: number;
}

export interface ReturnLine {
  order: string;
  product: string;
  quantity: number;
  amount: number;
}

const KINDS = ['purchase', 'return'] as const;

/**
 * A copy of `s` as one flat string. Strings kept for the whole import need it: a field of the CSV
 * parser may be a slice that keeps its whole input chunk alive, and a built date a tree of its pieces.
 */
const flatCopy = (s: string): string => JSON.parse(JSON.stringify(s)) as string;

/** Frees the columns' chunks before line `i`, when `i` starts a chunk (or is Infinity: all of them). */
function releaseBefore(columns: Record<string, NumberColumn<Int32Array | Float64Array>>, i: number): void {
  if (i === Infinity || (i > 0 && i % CHUNK_SIZE === 0)) for (const c of Object.values(columns)) c.releaseBefore(i);
}

/** Line `i` of `columns` built by `row`, for every line in order; with `release`, chunks freed behind the reader. */
function* lineRows<T>(
  columns: { order: NumberColumn<Int32Array> } & Record<string, NumberColumn<Int32Array | Float64Array>>,
  release: boolean,
  row: (i: number) => T,
): Generator<T> {
  for (let i = 0; i < columns.order.length; i++) {
    if (release) releaseBefore(columns, i);
    yield row(i);
  }
  if (release) releaseBefore(columns, Infinity);
}

const int32 = () => new NumberColumn(Int32Array);
const float64 = () => new NumberColumn(Float64Array);

export class GraphBatch {
  private readonly customerIds = new IdDictionary();
  private readonly countries: (string | null)[] = [];
  private readonly productIds = new IdDictionary();
  private readonly productNodes: ProductNode[] = [];
  private readonly orderIds = new IdDictionary();
  private readonly orderColumns = {
    customer: int32(),
    kind: new NumberColumn(Uint8Array),
    total: float64(),
    itemCount: float64(),
    lineCount: float64(),
  };
  /** Per order: its datetime (its date is the first 10 characters, as parseDate writes them). */
  private readonly datetimes: string[] = [];
  private readonly purchases = { order: int32(), product: int32(), quantity: float64(), unitPrice: float64(), lineTotal: float64() };
  private readonly returns = { order: int32(), product: int32(), quantity: float64(), amount: float64() };

  get customerCount(): number {
    return this.customerIds.size;
  }

  get productCount(): number {
    return this.productIds.size;
  }

  get orderCount(): number {
    return this.orderIds.size;
  }

  get purchaseLineCount(): number {
    return this.purchases.order.length;
  }

  get returnLineCount(): number {
    return this.returns.order.length;
  }

  /** Bytes held by the typed columns of the orders and lines (ids and product texts not counted). */
  get columnBytes(): number {
    return [this.orderColumns, this.purchases, this.returns].reduce(
      (sum, columns) => sum + Object.values(columns).reduce((s, c) => s + c.bytes, 0),
      0,
    );
  }

  /** The line's order number, adding its customer, product and order when they are new. */
  private touch(l: SourceLine, kind: 'purchase' | 'return'): { order: number; product: number } {
    const customerId = l.customerId!;
    if (this.customerIds.indexOf(customerId) < 0) {
      this.customerIds.add(flatCopy(customerId));
      this.countries.push(l.country);
    }
    let product = this.productIds.indexOf(l.productId);
    if (product < 0) {
      product = this.productIds.add(flatCopy(l.productId));
      this.productNodes.push({ description: l.description, type: l.productType, variant: l.variant, sku: l.sku });
    } else if (this.productNodes[product].description === null && l.description !== null) {
      this.productNodes[product].description = l.description;
    }
    let order = this.orderIds.indexOf(l.orderId);
    if (order < 0) {
      order = this.orderIds.add(flatCopy(l.orderId));
      const o = this.orderColumns;
      o.customer.push(this.customerIds.indexOf(customerId));
      o.kind.push(KINDS.indexOf(kind));
      o.total.push(0);
      o.itemCount.push(0);
      o.lineCount.push(0);
      this.datetimes.push(flatCopy(l.datetime));
    }
    return { order, product };
  }

  private countLine(order: number, amount: number, quantity: number): void {
    this.orderColumns.total.add(order, amount);
    this.orderColumns.itemCount.add(order, quantity);
    this.orderColumns.lineCount.add(order, 1);
  }

  addPurchase(l: SourceLine): void {
    const { order, product } = this.touch(l, 'purchase');
    this.countLine(order, l.lineTotal, l.quantity);
    const p = this.purchases;
    p.order.push(order);
    p.product.push(product);
    p.quantity.push(l.quantity);
    p.unitPrice.push(l.unitPrice);
    p.lineTotal.push(l.lineTotal);
  }

  /** A returned line: a whole cancellation line (UCI) or the returned part of a purchase line (Shopify). */
  addReturn(l: SourceLine, quantity: number, amount: number): void {
    const { order, product } = this.touch(l, l.isCancellation ? 'return' : 'purchase');
    if (KINDS[this.orderColumns.kind.get(order)] === 'return') this.countLine(order, amount, quantity);
    const r = this.returns;
    r.order.push(order);
    r.product.push(product);
    r.quantity.push(quantity);
    r.amount.push(Math.round(amount * 100) / 100);
  }

  /** The customers, in the order first seen: [id, country]. */
  *customers(): Generator<[string, string | null]> {
    for (let i = 0; i < this.customerIds.size; i++) yield [this.customerIds.id(i), this.countries[i]];
  }

  /** The products, in the order first seen: [id, node]. */
  *products(): Generator<[string, ProductNode]> {
    for (let i = 0; i < this.productIds.size; i++) yield [this.productIds.id(i), this.productNodes[i]];
  }

  /** The orders' ids, in the order first seen. */
  orderIdList(): IterableIterator<string> {
    return this.orderIds.ids();
  }

  /** The orders, in the order first seen, each built when asked for. */
  *orders(): Generator<OrderNode> {
    const o = this.orderColumns;
    for (let i = 0; i < this.orderIds.size; i++) {
      const datetime = this.datetimes[i];
      yield {
        id: this.orderIds.id(i),
        customerId: this.customerIds.id(o.customer.get(i)),
        kind: KINDS[o.kind.get(i)],
        date: datetime.slice(0, 10),
        datetime,
        total: o.total.get(i),
        itemCount: o.itemCount.get(i),
        lineCount: o.lineCount.get(i),
      };
    }
  }

  /**
   * The purchase lines, in file order, each built when asked for. With `release`, the columns' memory is
   * freed behind the reader as it goes (the lines can then be read only once).
   */
  purchaseLines({ release = false } = {}): Generator<PurchaseLine> {
    const p = this.purchases;
    return lineRows(p, release, (i) => ({
      order: this.orderIds.id(p.order.get(i)),
      product: this.productIds.id(p.product.get(i)),
      quantity: p.quantity.get(i),
      unitPrice: p.unitPrice.get(i),
      lineTotal: p.lineTotal.get(i),
    }));
  }

  /** The return lines, in file order, each built when asked for; `release` as for purchaseLines. */
  returnLines({ release = false } = {}): Generator<ReturnLine> {
    const r = this.returns;
    return lineRows(r, release, (i) => ({
      order: this.orderIds.id(r.order.get(i)),
      product: this.productIds.id(r.product.get(i)),
      quantity: r.quantity.get(i),
      amount: r.amount.get(i),
    }));
  }

  /** Drops the orders (and their lines) that the graph already has; returns the purchase lines dropped. */
  dropOrders(existing: Set<string>): number {
    const renumbered = this.orderIds.keep((id) => !existing.has(id));
    const kept = (i: number) => renumbered[i] >= 0;
    keepRows(Object.values(this.orderColumns), kept);
    let to = 0;
    this.datetimes.forEach((d, i) => kept(i) && (this.datetimes[to++] = d));
    this.datetimes.length = to;
    const before = this.purchases.order.length;
    for (const lines of [this.purchases, this.returns]) {
      keepRows(Object.values(lines), (i) => kept(lines.order.get(i)));
      for (let i = 0; i < lines.order.length; i++) lines.order.set(i, renumbered[lines.order.get(i)]);
    }
    return before - this.purchases.order.length;
  }
}
