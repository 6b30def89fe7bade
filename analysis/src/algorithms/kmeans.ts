/**
 * k-means with restarts (ml-kmeans, k-means++ initialisation), cluster quality
 * measures (exact silhouette, Davies–Bouldin) and a sweep over k.
 * All matrices are row-major Float64Arrays of n points × d dimensions.
 */
import { kmeans } from 'ml-kmeans';

/** Result of `fitKMeans`. */
export interface KMeansFit {
  /** Cluster of each point, in 0..k-1 (labelled by `canonicalLabels`). */
  readonly assignments: Int32Array;
  /** Row-major k × d cluster means. */
  readonly centroids: Float64Array;
  /** Sum of squared distances of the points to their centroid. */
  readonly inertia: number;
  /** Lloyd iterations of the kept run. */
  readonly iterations: number;
}

export interface FitKMeansOptions {
  seed: number;
  /** Independent k-means++ runs; the lowest inertia wins (ties → earliest run). Default 10. */
  restarts?: number;
  /** Lloyd iterations per run. Default 100. */
  maxIterations?: number;
}

/**
 * Seed of restart `run` derived from `seed` (a 32-bit integer mix). Run 0's
 * seed does not depend on the number of restarts, so more restarts can only
 * lower the kept inertia.
 */
export function restartSeed(seed: number, run: number): number {
  let h = Math.imul((seed | 0) ^ 0x5bd1e995, 0x9e3779b1) ^ Math.imul(run + 1, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Runs k-means++ / Lloyd `restarts` times and keeps the run with the lowest
 * inertia. The kept run is finished with one assignment step (every point to
 * its nearest centroid, ties → lower cluster) and centroids recomputed as
 * means (an empty cluster keeps its centroid), so assignments, centroids and
 * inertia are mutually consistent. Labels are then made canonical (see
 * `canonicalLabels`), so the labelling is a deterministic function of the
 * partition.
 */
export function fitKMeans(data: Float64Array, n: number, d: number, k: number, options: FitKMeansOptions): KMeansFit {
  checkShape(data, n, d);
  if (!Number.isInteger(k) || k < 1 || k > n) throw new Error(`fitKMeans: k must be an integer in 1..${n}, got ${k}`);
  const restarts = options.restarts ?? 10;
  const maxIterations = options.maxIterations ?? 100;
  if (!Number.isInteger(restarts) || restarts < 1) throw new Error(`fitKMeans: restarts must be ≥ 1, got ${restarts}`);

  const rows: number[][] = new Array(n);
  for (let i = 0; i < n; i++) rows[i] = Array.from(data.subarray(i * d, (i + 1) * d));

  let best: KMeansFit | undefined;
  for (let run = 0; run < restarts; run++) {
    const result = kmeans(rows, k, {
      seed: restartSeed(options.seed, run),
      initialization: 'kmeans++',
      maxIterations,
    });
    const centroids = new Float64Array(k * d);
    for (let c = 0; c < k; c++) centroids.set(result.centroids[c], c * d);
    const fit = finishRun(data, n, d, k, centroids, result.iterations);
    if (!best || fit.inertia < best.inertia) best = fit;
  }
  return canonicalLabels(best!, d, k);
}

/** One assignment step and one mean update from the given centroids; returns the consistent fit. */
function finishRun(data: Float64Array, n: number, d: number, k: number, start: Float64Array, iterations: number): KMeansFit {
  const assignments = new Int32Array(n);
  for (let i = 0; i < n; i++) assignments[i] = nearestCentroid(data, i * d, start, k, d);
  const centroids = clusterMeans(data, n, d, assignments, k, start);
  let inertia = 0;
  for (let i = 0; i < n; i++) inertia += squaredDistance(data, i * d, centroids, assignments[i] * d, d);
  return { assignments, centroids, inertia, iterations };
}

/**
 * Relabels clusters in order of their first point: the cluster of point 0
 * becomes 0, the next cluster met becomes 1, and so on; empty clusters come
 * last, in their previous order.
 */
export function canonicalLabels(fit: KMeansFit, d: number, k: number): KMeansFit {
  const newLabel = new Int32Array(k).fill(-1);
  let next = 0;
  for (const a of fit.assignments) if (newLabel[a] < 0) newLabel[a] = next++;
  for (let c = 0; c < k; c++) if (newLabel[c] < 0) newLabel[c] = next++;
  const assignments = fit.assignments.map((a) => newLabel[a]);
  const centroids = new Float64Array(k * d);
  for (let c = 0; c < k; c++) centroids.set(fit.centroids.subarray(c * d, (c + 1) * d), newLabel[c] * d);
  return { assignments, centroids, inertia: fit.inertia, iterations: fit.iterations };
}

/** Silhouette values: mean over all points, and each point's own. */
export interface Silhouette {
  readonly mean: number;
  readonly perPoint: Float64Array;
}

/**
 * Exact silhouette with Euclidean distances over all pairs (O(n²·d), each
 * pair computed once). s(i) = (b − a) / max(a, b), a = mean distance to the
 * other members of i's cluster, b = lowest mean distance to another non-empty
 * cluster; s(i) = 0 for a point alone in its cluster (as in scikit-learn).
 * With fewer than two non-empty clusters every value (and the mean) is 0.
 */
export function silhouette(data: Float64Array, n: number, d: number, assignments: Int32Array, k: number): Silhouette {
  checkShape(data, n, d);
  const sizes = clusterSizes(assignments, k);
  const perPoint = new Float64Array(n);
  if (sizes.filter((s) => s > 0).length < 2) return { mean: 0, perPoint };

  // sums[i * k + c] = sum of distances from point i to the points of cluster c.
  const sums = new Float64Array(n * k);
  for (let i = 0; i < n; i++) {
    const ci = assignments[i];
    const offI = i * d;
    const rowI = i * k;
    for (let j = i + 1; j < n; j++) {
      const offJ = j * d;
      let s = 0;
      for (let t = 0; t < d; t++) {
        const diff = data[offI + t] - data[offJ + t];
        s += diff * diff;
      }
      const dist = Math.sqrt(s);
      sums[rowI + assignments[j]] += dist;
      sums[j * k + ci] += dist;
    }
  }

  let total = 0;
  for (let i = 0; i < n; i++) {
    const ci = assignments[i];
    if (sizes[ci] <= 1) continue;
    const a = sums[i * k + ci] / (sizes[ci] - 1);
    let b = Infinity;
    for (let c = 0; c < k; c++) {
      if (c !== ci && sizes[c] > 0) b = Math.min(b, sums[i * k + c] / sizes[c]);
    }
    const denominator = Math.max(a, b);
    perPoint[i] = denominator > 0 ? (b - a) / denominator : 0;
    total += perPoint[i];
  }
  return { mean: n > 0 ? total / n : 0, perPoint };
}

/**
 * Davies–Bouldin index (lower is better): mean over non-empty clusters i of
 * max over j ≠ i of (S_i + S_j) / ‖c_i − c_j‖, with S the mean Euclidean
 * distance of a cluster's points to its mean c. Coinciding centroids
 * contribute 0 (as in scikit-learn). 0 with fewer than two non-empty clusters.
 */
export function daviesBouldin(data: Float64Array, n: number, d: number, assignments: Int32Array, k: number): number {
  checkShape(data, n, d);
  const sizes = clusterSizes(assignments, k);
  const centroids = clusterMeans(data, n, d, assignments, k, new Float64Array(k * d));
  const scatter = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    scatter[assignments[i]] += Math.sqrt(squaredDistance(data, i * d, centroids, assignments[i] * d, d));
  }
  const live: number[] = [];
  for (let c = 0; c < k; c++) {
    if (sizes[c] > 0) {
      scatter[c] /= sizes[c];
      live.push(c);
    }
  }
  if (live.length < 2) return 0;
  let total = 0;
  for (const a of live) {
    let worst = 0;
    for (const b of live) {
      if (a === b) continue;
      const separation = Math.sqrt(squaredDistance(centroids, a * d, centroids, b * d, d));
      if (separation > 0) worst = Math.max(worst, (scatter[a] + scatter[b]) / separation);
    }
    total += worst;
  }
  return total / live.length;
}

/** Quality of the k-means fit for one k. */
export interface SweepEntry {
  readonly k: number;
  readonly inertia: number;
  readonly silhouette: number;
  readonly daviesBouldin: number;
}

export interface SweepOptions {
  seed: number;
  /** Default 2 (must be ≥ 2). */
  kMin?: number;
  /** Default 10; values above n are skipped. */
  kMax?: number;
  restarts?: number;
  maxIterations?: number;
}

/** Result of `sweepK`: one entry per k, the chosen k and its fit. */
export interface SweepResult {
  readonly entries: SweepEntry[];
  /** k with the best mean silhouette (ties → smaller k). */
  readonly chosenK: number;
  readonly chosenFit: KMeansFit;
}

/**
 * Fits k-means for every k in kMin..kMax (same seed for each k) and scores
 * each with inertia, exact silhouette and Davies–Bouldin; picks the k with
 * the highest silhouette, the smaller k on ties.
 */
export function sweepK(data: Float64Array, n: number, d: number, options: SweepOptions): SweepResult {
  const kMin = options.kMin ?? 2;
  const kMax = Math.min(options.kMax ?? 10, n);
  if (!Number.isInteger(kMin) || kMin < 2) throw new Error(`sweepK: kMin must be an integer ≥ 2, got ${kMin}`);
  if (kMax < kMin) throw new Error(`sweepK: empty range ${kMin}..${kMax} (n = ${n})`);
  const entries: SweepEntry[] = [];
  let chosen: { k: number; fit: KMeansFit; score: number } | undefined;
  for (let k = kMin; k <= kMax; k++) {
    const fit = fitKMeans(data, n, d, k, options);
    const score = silhouette(data, n, d, fit.assignments, k).mean;
    entries.push({ k, inertia: fit.inertia, silhouette: score, daviesBouldin: daviesBouldin(data, n, d, fit.assignments, k) });
    if (!chosen || score > chosen.score) chosen = { k, fit, score };
  }
  return { entries, chosenK: chosen!.k, chosenFit: chosen!.fit };
}

function checkShape(data: Float64Array, n: number, d: number): void {
  if (data.length !== n * d) throw new Error(`expected ${n}×${d} = ${n * d} values, got ${data.length}`);
}

function clusterSizes(assignments: Int32Array, k: number): Int32Array {
  const sizes = new Int32Array(k);
  for (const a of assignments) {
    if (a < 0 || a >= k) throw new Error(`cluster ${a} out of range 0..${k - 1}`);
    sizes[a]++;
  }
  return sizes;
}

/** Means of each cluster's points; an empty cluster takes its row of `fallback`. */
function clusterMeans(data: Float64Array, n: number, d: number, assignments: Int32Array, k: number, fallback: Float64Array): Float64Array {
  const sums = new Float64Array(k * d);
  const sizes = clusterSizes(assignments, k);
  for (let i = 0; i < n; i++) {
    const off = assignments[i] * d;
    for (let t = 0; t < d; t++) sums[off + t] += data[i * d + t];
  }
  for (let c = 0; c < k; c++) {
    for (let t = 0; t < d; t++) sums[c * d + t] = sizes[c] > 0 ? sums[c * d + t] / sizes[c] : fallback[c * d + t];
  }
  return sums;
}

function nearestCentroid(data: Float64Array, offset: number, centroids: Float64Array, k: number, d: number): number {
  let best = 0;
  let bestDistance = Infinity;
  for (let c = 0; c < k; c++) {
    const dist = squaredDistance(data, offset, centroids, c * d, d);
    if (dist < bestDistance) {
      bestDistance = dist;
      best = c;
    }
  }
  return best;
}

function squaredDistance(a: Float64Array, offA: number, b: Float64Array, offB: number, d: number): number {
  let s = 0;
  for (let t = 0; t < d; t++) {
    const diff = a[offA + t] - b[offB + t];
    s += diff * diff;
  }
  return s;
}
