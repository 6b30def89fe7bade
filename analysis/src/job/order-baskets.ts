/** Order baskets (the FP-Growth transactions) from a PurchaseDataset. */
import type { PurchaseDataset } from '../dataset.js';

/**
 * The distinct products of each order, sorted (FP-Growth transactions), in order-number order; with
 * `orderFilter`, only the orders it accepts. An order's lines are sorted by product (PurchaseDataset), so a
 * repeated product is the line before: no set per order.
 */
export function orderBaskets(ds: PurchaseDataset, orderFilter?: (order: number) => boolean): Int32Array[] {
  const baskets: Int32Array[] = [];
  const products = ds.lineProduct;
  let start = 0;
  const n = ds.lineOrder.length;
  while (start < n) {
    const o = ds.lineOrder[start];
    let end = start;
    let distinct = 0;
    for (; end < n && ds.lineOrder[end] === o; end++) if (end === start || products[end] !== products[end - 1]) distinct++;
    if (!orderFilter || orderFilter(o)) {
      const basket = new Int32Array(distinct);
      for (let l = start, i = 0; l < end; l++) if (l === start || products[l] !== products[l - 1]) basket[i++] = products[l];
      baskets.push(basket);
    }
    start = end;
  }
  return baskets;
}

/** The order number of each basket `orderBaskets(ds)` returns (the orders with lines, in number order). */
export function orderNumbersWithLines(ds: PurchaseDataset): Int32Array {
  const out: number[] = [];
  for (let l = 0; l < ds.lineOrder.length; l++) if (l === 0 || ds.lineOrder[l] !== ds.lineOrder[l - 1]) out.push(ds.lineOrder[l]);
  return Int32Array.from(out);
}
