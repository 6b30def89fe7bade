/** Order baskets (the FP-Growth transactions) from a PurchaseDataset. */
import type { PurchaseDataset } from '../dataset.js';

/**
 * The distinct products of each order with lines, sorted (FP-Growth transactions), in order-number order, and
 * each basket's order number. An order's lines are sorted by product (PurchaseDataset), so a repeated product is
 * the line before: no set per order.
 */
export function orderBaskets(ds: PurchaseDataset): { baskets: Int32Array[]; orders: Int32Array } {
  const baskets: Int32Array[] = [];
  const orders: number[] = [];
  const products = ds.lineProduct;
  let start = 0;
  const n = ds.lineOrder.length;
  while (start < n) {
    const o = ds.lineOrder[start];
    let end = start;
    let distinct = 0;
    for (; end < n && ds.lineOrder[end] === o; end++) if (end === start || products[end] !== products[end - 1]) distinct++;
    const basket = new Int32Array(distinct);
    for (let l = start, i = 0; l < end; l++) if (l === start || products[l] !== products[l - 1]) basket[i++] = products[l];
    baskets.push(basket);
    orders.push(o);
    start = end;
  }
  return { baskets, orders: Int32Array.from(orders) };
}
