/**
 * Reads the analysis input from the graph: every purchase line with its
 * customer, order day and product, plus returned units per customer.
 */
import type { GraphReader } from '@basketgraph/cypher';
import { dayNumber, type PurchaseDataset } from '../dataset.js';

interface LineRow {
  customer: string;
  orderId: string;
  date: string;
  product: string;
  type: string | null;
  quantity: number;
  lineTotal: number;
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Dictionary-encodes rows from the graph; ids sorted so the result does not depend on row order. */
export function datasetFromRows(rows: LineRow[], returns: { customer: string; quantity: number }[]): PurchaseDataset {
  const customers = [...new Set(rows.map((r) => r.customer))].sort(byString);
  const products = [...new Set(rows.map((r) => r.product))].sort(byString);
  const customerIndex = new Map(customers.map((c, i) => [c, i]));
  const productIndex = new Map(products.map((p, i) => [p, i]));
  const productTypes: (string | null)[] = new Array(products.length).fill(null);
  const orderMeta = new Map<string, { customer: number; day: number }>();
  for (const r of rows) {
    const p = productIndex.get(r.product)!;
    if (productTypes[p] === null && r.type) productTypes[p] = r.type;
    if (!orderMeta.has(r.orderId)) orderMeta.set(r.orderId, { customer: customerIndex.get(r.customer)!, day: dayNumber(r.date) });
  }
  const orders = [...orderMeta.keys()].sort((a, b) => orderMeta.get(a)!.day - orderMeta.get(b)!.day || byString(a, b));
  const orderIndex = new Map(orders.map((o, i) => [o, i]));
  const rowOrder = Int32Array.from(rows, (r) => orderIndex.get(r.orderId)!);
  const rowProduct = Int32Array.from(rows, (r) => productIndex.get(r.product)!);
  const lineIdx = Int32Array.from(rows.keys()).sort(
    (a, b) =>
      rowOrder[a] - rowOrder[b] ||
      rowProduct[a] - rowProduct[b] ||
      rows[a].quantity - rows[b].quantity ||
      rows[a].lineTotal - rows[b].lineTotal,
  );
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
  const rows = await store.query<LineRow & Record<string, unknown>>('analysis-purchase-lines');
  const returns = await store.query<{ customer: string; quantity: number }>('analysis-returned-quantity');
  return datasetFromRows(rows, returns);
}
