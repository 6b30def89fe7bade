/**
 * Segments: cluster the customers' (scaled) features with seeded k-means,
 * order the clusters by mean monetary (S0 = highest), name and describe them,
 * and measure each one. Pure: no I/O.
 */
import { clusteringMatrix, type ClusteringMatrix, type CustomerFeatures } from '../algorithms/customer-features.js';
import { fitKMeans, sweepK, type SweepEntry } from '../algorithms/kmeans.js';
import { sampledSilhouette } from '../algorithms/sampled-silhouette.js';
import {
  applySegmentOrder,
  medianReference,
  nameSegments,
  orderSegmentsByMonetary,
  segmentMedians,
  segmentProfiles,
  type RfmReference,
} from '../algorithms/segment-naming.js';
import { project2d } from '../algorithms/pca.js';

export interface SegmentParams {
  k: number | 'auto';
  seed: number;
  features: 'rfm' | 'extended';
  restarts?: number;
}

export interface SegmentSummary {
  id: string;
  rank: number;
  name: string;
  description: string;
  size: number;
  customerShare: number;
  revenue: number;
  revenueShare: number;
  orders: number;
  meanRecency: number;
  meanFrequency: number;
  meanMonetary: number;
  /** The segment's medians, which its name was decided on. */
  medianRecency: number;
  medianFrequency: number;
  medianMonetary: number;
  /** All customers' medians: the reference of the name and of the segment page's comparison. */
  reference: RfmReference;
  /** The rule that produced the name, with its numbers. */
  namingRule: string;
  avgSalesPerCustomer: number;
  avgSalesPerOrder: number;
  ordersPerCustomer: number;
  centroidRaw: number[];
  centroidScaled: number[];
  silhouette: number;
}

export interface SegmentationResult {
  matrix: ClusteringMatrix;
  k: number;
  /** Segment number per customer (0 = highest mean monetary). */
  assignments: Int32Array;
  /** Euclidean distance of each customer to its centroid, in z-score units. */
  distances: Float64Array;
  /** 2-D PCA projection per customer (n × 2). */
  projection: Float64Array;
  segments: SegmentSummary[];
  /** Inertia, silhouette and Davies–Bouldin per k (empty unless k = 'auto'). */
  sweep: SweepEntry[];
  silhouette: number;
}

export const segmentId = (rank: number) => `S${rank}`;

export function computeSegments(features: CustomerFeatures, params: SegmentParams): SegmentationResult {
  const matrix = clusteringMatrix(features, params.features);
  const { data, n, d } = matrix;
  if (n < 2) throw new Error(`cannot form segments from ${n} customer(s): at least 2 customers with purchases are needed`);
  const restarts = params.restarts ?? 10;
  let sweep: SweepEntry[] = [];
  let fit;
  if (params.k === 'auto') {
    const result = sweepK(data, n, d, { seed: params.seed, kMin: 2, kMax: 10, restarts });
    sweep = result.entries;
    fit = result.chosenFit;
  } else {
    if (params.k > n) throw new Error(`--k ${params.k} is more than the ${n} customers with purchases`);
    fit = fitKMeans(data, n, d, params.k, { seed: params.seed, restarts });
  }
  const k = fit.centroids.length / d;
  const order = orderSegmentsByMonetary(segmentProfiles(features, fit.assignments, k));
  const assignments = applySegmentOrder(fit.assignments, order);
  const centroidsScaled = new Float64Array(k * d);
  order.forEach((old, s) => centroidsScaled.set(fit.centroids.subarray(old * d, old * d + d), s * d));

  const profiles = segmentProfiles(features, assignments, k);
  const medians = segmentMedians(features, assignments, k);
  const reference = medianReference(features);
  const names = nameSegments(medians, reference);
  const sil = sampledSilhouette(data, n, d, assignments, k, { seed: params.seed });
  const distances = new Float64Array(n);
  const rawSums = new Float64Array(k * d);
  const silSums = new Float64Array(k);
  const silCounts = new Float64Array(k);
  const orders = new Float64Array(k);
  const revenue = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    const s = assignments[i];
    let dist = 0;
    for (let j = 0; j < d; j++) {
      const diff = data[i * d + j] - centroidsScaled[s * d + j];
      dist += diff * diff;
      rawSums[s * d + j] += features[matrix.names[j]][i];
    }
    distances[i] = Math.sqrt(dist);
    if (!Number.isNaN(sil.perPoint[i])) {
      silSums[s] += sil.perPoint[i];
      silCounts[s]++;
    }
    orders[s] += features.frequency[i];
    revenue[s] += features.monetary[i];
  }
  const totalRevenue = revenue.reduce((a, b) => a + b, 0);
  const segments = profiles.map((p, s): SegmentSummary => ({
    id: segmentId(s),
    rank: s,
    name: names[s].name,
    description: names[s].description,
    size: p.size,
    customerShare: p.size / n,
    revenue: revenue[s],
    revenueShare: totalRevenue > 0 ? revenue[s] / totalRevenue : 0,
    orders: orders[s],
    meanRecency: p.recency,
    meanFrequency: p.frequency,
    meanMonetary: p.monetary,
    medianRecency: medians[s].recency,
    medianFrequency: medians[s].frequency,
    medianMonetary: medians[s].monetary,
    reference,
    namingRule: names[s].rule,
    avgSalesPerCustomer: p.size > 0 ? revenue[s] / p.size : 0,
    avgSalesPerOrder: orders[s] > 0 ? revenue[s] / orders[s] : 0,
    ordersPerCustomer: p.size > 0 ? orders[s] / p.size : 0,
    centroidRaw: Array.from(rawSums.subarray(s * d, s * d + d), (x) => (p.size > 0 ? x / p.size : 0)),
    centroidScaled: Array.from(centroidsScaled.subarray(s * d, s * d + d)),
    silhouette: silCounts[s] > 0 ? silSums[s] / silCounts[s] : 0,
  }));
  return {
    matrix,
    k,
    assignments,
    distances,
    projection: project2d(data, n, d),
    segments,
    sweep,
    silhouette: sil.mean,
  };
}
