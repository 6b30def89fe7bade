/** Order baskets (the FP-Growth transactions) from a PurchaseDataset. */
import type { PurchaseDataset } from '../dataset.js';

/** The distinct products of each order, sorted (FP-Growth transactions). */
export function orderBaskets(ds: PurchaseDataset, orderFilter?: (order: number) => boolean): Int32Array[] {
  const baskets: Int32Array[] = [];
  let start = 0;
  const n = ds.lineOrder.length;
  while (start < n) {
    const o = ds.lineOrder[start];
    let end = start;
    while (end < n && ds.lineOrder[end] === o) end++;
    if (!orderFilter || orderFilter(o)) {
      baskets.push(Int32Array.from(new Set(ds.lineProduct.subarray(start, end))).sort());
    }
    start = end;
  }
  return baskets;
}
