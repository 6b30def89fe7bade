/**
 * Segments for an offline evaluation, computed from train orders only (so
 * segment popularity does not see the test period). Pure.
 */
import type { PurchaseDataset } from '../dataset.js';
import { clusteringMatrix, computeCustomerFeatures, type ClusteringMatrix } from '../algorithms/customer-features.js';
import { fitKMeans } from '../algorithms/kmeans.js';

/** The dataset restricted to orders and returns before `cutoffDay` (both are sorted by day). */
export function datasetBefore(ds: PurchaseDataset, cutoffDay: number): PurchaseDataset {
  let nOrders = 0;
  while (nOrders < ds.orders.length && ds.orderDay[nOrders] < cutoffDay) nOrders++;
  let nLines = 0;
  while (nLines < ds.lineOrder.length && ds.lineOrder[nLines] < nOrders) nLines++;
  let nReturns = 0;
  while (nReturns < ds.returnDay.length && ds.returnDay[nReturns] < cutoffDay) nReturns++;
  return {
    ...ds,
    orders: ds.orders.slice(0, nOrders),
    orderCustomer: ds.orderCustomer.subarray(0, nOrders),
    orderDay: ds.orderDay.subarray(0, nOrders),
    lineOrder: ds.lineOrder.subarray(0, nLines),
    lineProduct: ds.lineProduct.subarray(0, nLines),
    lineQuantity: ds.lineQuantity.subarray(0, nLines),
    lineTotal: ds.lineTotal.subarray(0, nLines),
    returnCustomer: ds.returnCustomer.subarray(0, nReturns),
    returnProduct: ds.returnProduct.subarray(0, nReturns),
    returnDay: ds.returnDay.subarray(0, nReturns),
    returnQuantity: ds.returnQuantity.subarray(0, nReturns),
    returnAmount: ds.returnAmount.subarray(0, nReturns),
  };
}

/** Train-period segments and how to place a new customer among them. */
export interface TrainSegmentation {
  /** Segment per customer (−1 for customers without train orders). */
  readonly segments: Int32Array;
  /** Row-major k × d centroids in z-scores of the clustering input (empty when there are too few customers). */
  readonly centroids: Float64Array;
  /** The clustering input's scaling (RFM, log1p then z-scores with these means and deviations). */
  readonly matrix: Pick<ClusteringMatrix, 'd' | 'names' | 'logged' | 'mean' | 'std'>;
}

/**
 * RFM k-means on train orders, as `trainSegments`, with the centroids and scaling.
 * Note the scaling covers every customer of the dataset (as the analysis job's does:
 * customers without train orders sit at zero), the clustering only the active ones.
 */
export function trainSegmentation(ds: PurchaseDataset, cutoffDay: number, options: { k: number; seed: number }): TrainSegmentation {
  const train = datasetBefore(ds, cutoffDay);
  const active: number[] = [];
  const seen = new Uint8Array(ds.customers.length);
  for (const c of train.orderCustomer) seen[c] = 1;
  seen.forEach((s, c) => s && active.push(c));
  const segments = new Int32Array(ds.customers.length).fill(-1);
  const m = clusteringMatrix(computeCustomerFeatures(train), 'rfm');
  if (active.length < options.k) return { segments, centroids: new Float64Array(0), matrix: m };
  const data = new Float64Array(active.length * m.d);
  active.forEach((c, i) => data.set(m.data.subarray(c * m.d, (c + 1) * m.d), i * m.d));
  const fit = fitKMeans(data, active.length, m.d, options.k, { seed: options.seed, restarts: 3 });
  active.forEach((c, i) => (segments[c] = fit.assignments[i]));
  return { segments, centroids: fit.centroids, matrix: m };
}

/** RFM k-means segment per customer from train orders; −1 for customers with none. */
export function trainSegments(ds: PurchaseDataset, cutoffDay: number, options: { k: number; seed: number }): Int32Array {
  return trainSegmentation(ds, cutoffDay, options).segments;
}
