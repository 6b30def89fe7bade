/**
 * Silhouette past a size: the exact silhouette is O(n²·d) (24× the time at
 * 10× the customers), so above `sampleSize` points it is computed on a
 * seeded sample of that many points, as scikit-learn users do with
 * `silhouette_score(…, sample_size=…)`. Exact (the same numbers as
 * `silhouette`) at or below the size: the bundled data's 4.3 k customers.
 */
import { restartSeed, silhouette, type Silhouette } from './kmeans.js';

/** Points above which the silhouette is sampled: 10,000 (≈ 5·10⁷ pair distances). */
export const SILHOUETTE_SAMPLE_SIZE = 10_000;

export interface SampledSilhouette extends Silhouette {
  /** Points the values were computed on (n when exact); perPoint is NaN for the others. */
  readonly sampled: number;
}

export function sampledSilhouette(
  data: Float64Array,
  n: number,
  d: number,
  assignments: Int32Array,
  k: number,
  options: { seed: number; sampleSize?: number },
): SampledSilhouette {
  const size = options.sampleSize ?? SILHOUETTE_SAMPLE_SIZE;
  if (n <= size) return { ...silhouette(data, n, d, assignments, k), sampled: n };
  // The `size` points with the smallest seeded hash: a uniform sample without replacement, same seed → same sample.
  const key = Float64Array.from({ length: n }, (_, i) => restartSeed(options.seed, i));
  const chosen = Int32Array.from({ length: n }, (_, i) => i)
    .sort((a, b) => key[a] - key[b] || a - b)
    .subarray(0, size)
    .sort();
  const sub = new Float64Array(size * d);
  const subAssignments = new Int32Array(size);
  chosen.forEach((p, j) => {
    sub.set(data.subarray(p * d, p * d + d), j * d);
    subAssignments[j] = assignments[p];
  });
  const s = silhouette(sub, size, d, subAssignments, k);
  const perPoint = new Float64Array(n).fill(NaN);
  chosen.forEach((p, j) => (perPoint[p] = s.perPoint[j]));
  return { mean: s.mean, perPoint, sampled: size };
}
