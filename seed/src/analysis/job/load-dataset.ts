/**
 * Reads the analysis input from the graph: every purchase line with its
 * customer, order day and product, plus returned units per customer.
 */
import type { GraphReader } from '@basketgraph/cypher';
import { dayNumber, type PurchaseDataset } from '../dataset.js';

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
  returns: { customer: string; quantity: number }[];
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

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
  const customerReturnedQuantity = new Float64Array(customers.length);
  for (const r of returns) {
    const c = customerIndex.get(r.customer);
    if (c !== undefined) customerReturnedQuantity[c] += Number(r.quantity);
  }
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
    customerReturnedQuantity,
  };
}

export async function loadDataset(store: GraphReader): Promise<PurchaseDataset> {
  return datasetFromRows({
    lines: await store.query<LineRow & Record<string, unknown>>('analysis-purchase-lines'),
    orders: await store.query<OrderRow & Record<string, unknown>>('analysis-orders'),
    productTypes: await store.query<{ product: string; type: string }>('analysis-product-types'),
    returns: await store.query<{ customer: string; quantity: number }>('analysis-returned-quantity'),
  });
}
