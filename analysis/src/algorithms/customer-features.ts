/**
 * Per-customer behaviour features (RFM and friends) computed from a
 * PurchaseDataset, and the standardised matrix that clustering works on.
 * Pure functions: typed arrays in, typed arrays out.
 */
import type { PurchaseDataset } from '../dataset.js';
import { buildCsr } from './csr.js';

/** Feature names in their fixed order (the column order of `clusteringMatrix('extended')`). */
export const CUSTOMER_FEATURE_NAMES = [
  'recency',
  'frequency',
  'monetary',
  'avgOrderValue',
  'avgItemsPerOrder',
  'distinctProducts',
  'returnRate',
  'tenure',
  'typeDiversity',
] as const;

export type CustomerFeatureName = (typeof CUSTOMER_FEATURE_NAMES)[number];

/** Feature names used by the classic RFM clustering. */
export const RFM_FEATURE_NAMES: readonly CustomerFeatureName[] = ['recency', 'frequency', 'monetary'];

/**
 * Features that are non-negative and right-skewed, so `clusteringMatrix`
 * takes `log1p` of them before standardising. The others are bounded ratios
 * (returnRate, typeDiversity in [0, 1]) or roughly uniform (tenure) and are
 * standardised as they are.
 */
export const LOG_SCALED_FEATURES: ReadonlySet<CustomerFeatureName> = new Set<CustomerFeatureName>([
  'recency',
  'frequency',
  'monetary',
  'avgOrderValue',
  'avgItemsPerOrder',
  'distinctProducts',
]);

/**
 * One Float64Array per feature; index = customer number of the dataset.
 * Customers with no purchase line get recency = the data span (ref − first
 * day), tenure 0 and every other feature 0.
 * Beside the clustering features: spend before returns (`grossMonetary`,
 * `grossAvgOrderValue`), and whether the catalogue has product types at all
 * (without them `typeDiversity` means nothing: it is 0 for everyone, is not
 * written to the graph and is left out of the extended clustering).
 */
export type CustomerFeatures = {
  readonly customerCount: number;
  readonly grossMonetary: Float64Array;
  readonly grossAvgOrderValue: Float64Array;
  readonly hasProductTypes: boolean;
} & {
  readonly [K in CustomerFeatureName]: Float64Array;
};

/**
 * Computes the features of every customer.
 *
 * The reference day is `lastDay + 1`, lastDay being the latest order day in
 * the data. Only orders with at least one purchase line count.
 * - recency: reference − the customer's last order day (≥ 1)
 * - frequency: number of distinct orders
 * - grossMonetary: sum of line totals (before returns)
 * - monetary: net spend = grossMonetary − refunds of matched returns (see `matchedRefunds`)
 * - avgOrderValue: monetary / frequency (grossAvgOrderValue: grossMonetary / frequency)
 * - avgItemsPerOrder: sum of purchased quantities / frequency
 * - distinctProducts: number of distinct products bought
 * - returnRate: refunds of matched returns / grossMonetary (share of spend given
 *   back: a full return is 1; 0 without purchases), so monetary = gross × (1 − returnRate)
 * - tenure: reference − the customer's first order day
 * - typeDiversity: distinct non-null product types bought / distinct types in
 *   the catalogue (0 when the catalogue has no types; see hasProductTypes)
 */
export function computeCustomerFeatures(ds: PurchaseDataset): CustomerFeatures {
  const nCustomers = ds.customers.length;
  const nOrders = ds.orders.length;
  const nLines = ds.lineOrder.length;

  const lineCustomer = new Int32Array(nLines);
  const orderHasLine = new Uint8Array(nOrders);
  const monetary = new Float64Array(nCustomers);
  const quantity = new Float64Array(nCustomers);
  for (let l = 0; l < nLines; l++) {
    const o = ds.lineOrder[l];
    const c = ds.orderCustomer[o];
    lineCustomer[l] = c;
    orderHasLine[o] = 1;
    monetary[c] += ds.lineTotal[l];
    quantity[c] += ds.lineQuantity[l];
  }

  const frequency = new Float64Array(nCustomers);
  const firstDay = new Float64Array(nCustomers).fill(Infinity);
  const lastDay = new Float64Array(nCustomers).fill(-Infinity);
  let dataFirst = Infinity;
  let dataLast = -Infinity;
  for (let o = 0; o < nOrders; o++) {
    if (!orderHasLine[o]) continue;
    const c = ds.orderCustomer[o];
    const day = ds.orderDay[o];
    frequency[c]++;
    if (day < firstDay[c]) firstDay[c] = day;
    if (day > lastDay[c]) lastDay[c] = day;
    if (day < dataFirst) dataFirst = day;
    if (day > dataLast) dataLast = day;
  }
  const reference = dataLast + 1;

  const grossMonetary = monetary.slice();
  const refunds = matchedRefunds(ds, lineCustomer);
  const recency = new Float64Array(nCustomers);
  const tenure = new Float64Array(nCustomers);
  const avgOrderValue = new Float64Array(nCustomers);
  const grossAvgOrderValue = new Float64Array(nCustomers);
  const avgItemsPerOrder = new Float64Array(nCustomers);
  const returnRate = new Float64Array(nCustomers);
  for (let c = 0; c < nCustomers; c++) {
    monetary[c] = grossMonetary[c] - refunds[c];
    returnRate[c] = grossMonetary[c] > 0 ? refunds[c] / grossMonetary[c] : 0;
    if (frequency[c] > 0) {
      recency[c] = reference - lastDay[c];
      tenure[c] = reference - firstDay[c];
      avgOrderValue[c] = monetary[c] / frequency[c];
      grossAvgOrderValue[c] = grossMonetary[c] / frequency[c];
      avgItemsPerOrder[c] = quantity[c] / frequency[c];
    } else if (Number.isFinite(dataFirst)) {
      recency[c] = reference - dataFirst;
    }
  }

  const { distinctProducts, typeDiversity, hasProductTypes } = productBreadth(ds, lineCustomer);
  return {
    customerCount: nCustomers,
    grossMonetary,
    grossAvgOrderValue,
    hasProductTypes,
    recency,
    frequency,
    monetary,
    avgOrderValue,
    avgItemsPerOrder,
    distinctProducts,
    returnRate,
    tenure,
    typeDiversity,
  };
}

/**
 * The refund per customer that is netted off their spend. A return matches a
 * purchase when it is the same customer and the same product; the returned
 * units count up to the units that customer bought of that product (over the
 * whole data, whatever the dates), and the refund counted is the returned
 * lines' amount for those units (pro rata), never more than what the customer
 * paid for that product. Returns of products the customer never bought in the
 * data (purchases before it begins) are not netted: there is no spend to net.
 */
export function matchedRefunds(ds: PurchaseDataset, lineCustomer: Int32Array): Float64Array {
  const nProducts = ds.products.length;
  const pairs = new Map<number, { returnedUnits: number; returnedAmount: number; boughtUnits: number; paid: number }>();
  for (let r = 0; r < ds.returnCustomer.length; r++) {
    const p = ds.returnProduct[r];
    if (p < 0) continue;
    const key = ds.returnCustomer[r] * nProducts + p;
    const pair = pairs.get(key) ?? { returnedUnits: 0, returnedAmount: 0, boughtUnits: 0, paid: 0 };
    pair.returnedUnits += ds.returnQuantity[r];
    pair.returnedAmount += ds.returnAmount[r];
    pairs.set(key, pair);
  }
  const refunds = new Float64Array(ds.customers.length);
  if (pairs.size === 0) return refunds;
  for (let l = 0; l < ds.lineOrder.length; l++) {
    const pair = pairs.get(lineCustomer[l] * nProducts + ds.lineProduct[l]);
    if (!pair) continue;
    pair.boughtUnits += ds.lineQuantity[l];
    pair.paid += ds.lineTotal[l];
  }
  for (const [key, pair] of pairs) {
    if (pair.returnedUnits <= 0 || pair.boughtUnits <= 0) continue;
    const matchedUnits = Math.min(pair.returnedUnits, pair.boughtUnits);
    const refund = Math.min((pair.returnedAmount * matchedUnits) / pair.returnedUnits, pair.paid);
    refunds[Math.floor(key / nProducts)] += Math.max(0, refund);
  }
  return refunds;
}

/** Distinct products and the share of catalogue product types per customer. */
function productBreadth(
  ds: PurchaseDataset,
  lineCustomer: Int32Array,
): { distinctProducts: Float64Array; typeDiversity: Float64Array; hasProductTypes: boolean } {
  const nCustomers = ds.customers.length;
  const bought = buildCsr(nCustomers, ds.products.length, lineCustomer, ds.lineProduct, undefined, { binary: true });

  const typeIndex = new Map<string, number>();
  const productType = new Int32Array(ds.products.length).fill(-1);
  for (let p = 0; p < ds.products.length; p++) {
    const type = ds.productTypes[p];
    if (type === null || type === undefined) continue;
    let t = typeIndex.get(type);
    if (t === undefined) typeIndex.set(type, (t = typeIndex.size));
    productType[p] = t;
  }
  const typeCount = typeIndex.size;

  const distinctProducts = new Float64Array(nCustomers);
  const typeDiversity = new Float64Array(nCustomers);
  const seenBy = new Int32Array(typeCount).fill(-1);
  for (let c = 0; c < nCustomers; c++) {
    distinctProducts[c] = bought.indptr[c + 1] - bought.indptr[c];
    if (typeCount === 0) continue;
    let types = 0;
    for (let q = bought.indptr[c]; q < bought.indptr[c + 1]; q++) {
      const t = productType[bought.indices[q]];
      if (t >= 0 && seenBy[t] !== c) {
        seenBy[t] = c;
        types++;
      }
    }
    typeDiversity[c] = types / typeCount;
  }
  return { distinctProducts, typeDiversity, hasProductTypes: typeCount > 0 };
}

/** A standardised, row-major n × d matrix ready for k-means / PCA. */
export interface ClusteringMatrix {
  /** Row-major n × d z-scores. */
  readonly data: Float64Array;
  readonly n: number;
  readonly d: number;
  /** Column names, in column order. */
  readonly names: CustomerFeatureName[];
  /** Whether column j was log1p-transformed before standardising. */
  readonly logged: boolean[];
  /** Per-column mean and standard deviation (population, ÷ n) of the (logged) values; std 0 is stored as 1. */
  readonly mean: Float64Array;
  readonly std: Float64Array;
}

/**
 * The matrix clustering works on.
 * - `'rfm'`: recency, frequency, monetary, each log1p-transformed.
 * - `'extended'`: all CUSTOMER_FEATURE_NAMES (typeDiversity only when the
 *   catalogue has product types); log1p only on LOG_SCALED_FEATURES
 *   (recency, frequency, monetary, avgOrderValue, avgItemsPerOrder,
 *   distinctProducts); returnRate, tenure and typeDiversity stay linear.
 * Negative values of a logged feature are clamped to 0
 * before log1p. Every column is then turned into z-scores.
 */
export function clusteringMatrix(features: CustomerFeatures, set: 'rfm' | 'extended'): ClusteringMatrix {
  const names: CustomerFeatureName[] =
    set === 'rfm' ? [...RFM_FEATURE_NAMES] : CUSTOMER_FEATURE_NAMES.filter((name) => name !== 'typeDiversity' || features.hasProductTypes);
  const logged = names.map((name) => LOG_SCALED_FEATURES.has(name));
  const n = features.customerCount;
  const d = names.length;
  const data = new Float64Array(n * d);
  const mean = new Float64Array(d);
  const std = new Float64Array(d);
  for (let j = 0; j < d; j++) {
    const column = features[names[j]];
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const v = logged[j] ? Math.log1p(Math.max(0, column[i])) : column[i];
      data[i * d + j] = v;
      sum += v;
    }
    const m = n > 0 ? sum / n : 0;
    let squares = 0;
    for (let i = 0; i < n; i++) squares += (data[i * d + j] - m) ** 2;
    const s = n > 0 ? Math.sqrt(squares / n) : 0;
    mean[j] = m;
    std[j] = s > 0 ? s : 1;
    for (let i = 0; i < n; i++) data[i * d + j] = (data[i * d + j] - m) / std[j];
  }
  return { data, n, d, names, logged, mean, std };
}

/**
 * Maps rows of z-scores (row-major, `rows` × d, e.g. k-means centroids) back
 * to raw feature units: z · std + mean, then expm1 on logged columns.
 * Note: a centroid of logged values unscales to a geometric-style mean, not
 * the arithmetic mean of the raw values.
 */
export function unscaleRows(matrix: ClusteringMatrix, z: ArrayLike<number>, rows: number): Float64Array {
  const { d, mean, std, logged } = matrix;
  if (z.length !== rows * d) throw new Error(`unscaleRows: expected ${rows * d} values, got ${z.length}`);
  const out = new Float64Array(rows * d);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < d; j++) {
      const v = z[i * d + j] * std[j] + mean[j];
      out[i * d + j] = logged[j] ? Math.expm1(v) : v;
    }
  }
  return out;
}
