/**
 * Time-based train/test split of a PurchaseDataset for offline evaluation.
 */
import { buildCsr, type CsrMatrix } from '../algorithms/csr.js';
import type { PurchaseDataset } from '../dataset.js';
import { rowPosition } from './recommender.js';

export interface TimeSplitOptions {
  /** Test orders are those with cutoffDay <= day < testEndDay (default: no end). */
  testEndDay?: number;
  /** Train orders are those with trainStartDay <= day < cutoffDay (default: no start). */
  trainStartDay?: number;
}

export interface TimeSplit {
  readonly cutoffDay: number;
  readonly testEndDay: number | null;
  /**
   * Customers × products (all customers and products of the dataset): the
   * number of distinct train orders in which the customer bought the product.
   */
  readonly train: CsrMatrix;
  /** Last train day (day number) on which the customer bought the product, aligned with `train.indices`. */
  readonly trainLastDay: Int32Array;
  /** Evaluated customers, ascending: at least one train order and at least one test order. */
  readonly users: Int32Array;
  /**
   * Per evaluated customer (aligned with `users`): the products bought in test
   * that the customer did NOT buy in train, sorted. Products already bought in
   * train are excluded because recommendations never contain seen products, so
   * they could never be hit. May be empty (the customer then scores 0 on every
   * metric but still counts as evaluated).
   */
  readonly relevant: Int32Array[];
}

/** A customers × products matrix of the orders in a day range. */
export interface PurchaseMatrix {
  /** Value = number of distinct orders in the range in which the customer bought the product. */
  readonly matrix: CsrMatrix;
  /** Last day (day number) the customer bought the product in the range, aligned with `matrix.indices`. */
  readonly lastDay: Int32Array;
}

/**
 * The purchase matrix (all customers × all products of the dataset) of the
 * orders with fromDay <= day < toDay. The analysis job uses it on the whole
 * data (no bounds) to fit the production recommender.
 */
export function purchaseMatrix(ds: PurchaseDataset, fromDay = -Infinity, toDay = Infinity): PurchaseMatrix {
  const lines = ds.lineOrder.length;
  const rows = new Int32Array(lines);
  const cols = new Int32Array(lines);
  const days = new Int32Array(lines);
  let n = 0;
  for (let l = 0; l < lines; l++) {
    const o = ds.lineOrder[l];
    const day = ds.orderDay[o];
    if (day < fromDay || day >= toDay) continue;
    const p = ds.lineProduct[l];
    // One count per order: an order's lines are sorted by product (PurchaseDataset), so a repeat is the line before.
    if (l > 0 && ds.lineOrder[l - 1] === o && ds.lineProduct[l - 1] === p) continue;
    rows[n] = ds.orderCustomer[o];
    cols[n] = p;
    days[n] = day;
    n++;
  }
  const matrix = buildCsr(ds.customers.length, ds.products.length, rows.subarray(0, n), cols.subarray(0, n));
  const lastDay = new Int32Array(matrix.indices.length);
  for (let e = 0; e < n; e++) {
    const pos = rowPosition(matrix, rows[e], cols[e]);
    if (days[e] > lastDay[pos]) lastDay[pos] = days[e];
  }
  return { matrix, lastDay };
}

/**
 * Splits by calendar day: train = orders strictly before `cutoffDay`, test =
 * orders on or after it (the cutoff day itself is test), up to `testEndDay`
 * (exclusive) when given.
 */
export function timeSplit(ds: PurchaseDataset, cutoffDay: number, options: TimeSplitOptions = {}): TimeSplit {
  const testEnd = options.testEndDay ?? Infinity;
  const { matrix: train, lastDay: trainLastDay } = purchaseMatrix(ds, options.trainStartDay ?? -Infinity, cutoffDay);
  const test = purchaseMatrix(ds, cutoffDay, testEnd).matrix;
  const nCustomers = ds.customers.length;

  const users: number[] = [];
  const relevant: Int32Array[] = [];
  for (let u = 0; u < nCustomers; u++) {
    const a0 = train.indptr[u];
    const a1 = train.indptr[u + 1];
    const b0 = test.indptr[u];
    const b1 = test.indptr[u + 1];
    if (a0 === a1 || b0 === b1) continue;
    users.push(u);
    const rel: number[] = [];
    let a = a0;
    for (let b = b0; b < b1; b++) {
      const p = test.indices[b];
      while (a < a1 && train.indices[a] < p) a++;
      if (a < a1 && train.indices[a] === p) continue;
      rel.push(p);
    }
    relevant.push(Int32Array.from(rel));
  }
  return {
    cutoffDay,
    testEndDay: Number.isFinite(testEnd) ? testEnd : null,
    train,
    trainLastDay,
    users: Int32Array.from(users),
    relevant,
  };
}
