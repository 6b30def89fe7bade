/**
 * Two-dimensional PCA projection for the segment scatter plot, with a
 * deterministic orientation so the same input always gives the same picture.
 */
import { PCA } from 'ml-pca';

/** A fitted 2-D projection. */
export interface Projection2d {
  /** Row-major n × 2: coordinates on the first two principal components. */
  readonly points: Float64Array;
  /** Row-major 2 × d: the unit component vectors (loadings), sign-normalised. */
  readonly components: Float64Array;
  /** Share of the total variance explained by each of the two components (0 when there is none). */
  readonly explainedVariance: [number, number];
}

/**
 * Fits PCA (centred, not rescaled: pass standardised data) on a row-major
 * n × d matrix and projects it on the first two components.
 *
 * Sign rule: each component is flipped so that its largest-|loading| entry is
 * positive (ties within 1e-9 → the lowest feature index decides).
 * With d < 2 or rank < 2 the missing coordinates are 0.
 */
export function fitProjection2d(data: Float64Array, n: number, d: number): Projection2d {
  if (data.length !== n * d) throw new Error(`fitProjection2d: expected ${n * d} values, got ${data.length}`);
  const points = new Float64Array(n * 2);
  const components = new Float64Array(2 * d);
  const explainedVariance: [number, number] = [0, 0];
  if (n < 2 || d === 0) return { points, components, explainedVariance };

  const rows: number[][] = new Array(n);
  for (let i = 0; i < n; i++) rows[i] = Array.from(data.subarray(i * d, (i + 1) * d));
  const pca = new PCA(rows, { center: true, scale: false });
  const vectors = pca.getEigenvectors(); // d × m, columns sorted by decreasing variance
  const eigenvalues = pca.getEigenvalues();
  const total = eigenvalues.reduce((sum, v) => sum + v, 0);

  const mean = new Float64Array(d);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) mean[j] += data[i * d + j];
  for (let j = 0; j < d; j++) mean[j] /= n;

  const available = Math.min(2, vectors.columns);
  for (let c = 0; c < available; c++) {
    if (!(eigenvalues[c] > 1e-12 * Math.max(total, 1))) continue; // no variance left: keep 0
    const component = components.subarray(c * d, (c + 1) * d);
    for (let j = 0; j < d; j++) component[j] = vectors.get(j, c);
    orientComponent(component);
    explainedVariance[c] = total > 0 ? eigenvalues[c] / total : 0;
    for (let i = 0; i < n; i++) {
      let dot = 0;
      for (let j = 0; j < d; j++) dot += (data[i * d + j] - mean[j]) * component[j];
      points[i * 2 + c] = dot;
    }
  }
  return { points, components, explainedVariance };
}

/**
 * Projects a row-major n × d matrix on its first two principal components:
 * returns row-major n × 2 coordinates (see `fitProjection2d` for the sign rule).
 */
export function project2d(data: Float64Array, n: number, d: number): Float64Array {
  return fitProjection2d(data, n, d).points;
}

/** Flips a vector in place so that its largest-|entry| (first within 1e-9) is positive. */
function orientComponent(v: Float64Array): void {
  let max = 0;
  for (const x of v) max = Math.max(max, Math.abs(x));
  for (let j = 0; j < v.length; j++) {
    if (Math.abs(v[j]) >= max - 1e-9) {
      if (v[j] < 0) for (let i = 0; i < v.length; i++) v[i] = -v[i];
      return;
    }
  }
}
