import { describe, expect, it } from 'vitest';
import { silhouette } from '../../src/algorithms/kmeans.js';
import { sampledSilhouette } from '../../src/algorithms/sampled-silhouette.js';

/** Three separated 2-D blobs of `n` points in all, with a deterministic wobble. */
function blobs(n: number) {
  const data = new Float64Array(n * 2);
  const assignments = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const c = i % 3;
    assignments[i] = c;
    data[i * 2] = c * 4 + Math.sin(i * 12.9898) * 1.5;
    data[i * 2 + 1] = (c % 2) * 3 + Math.cos(i * 78.233) * 1.5;
  }
  return { data, assignments };
}

describe('sampledSilhouette', () => {
  it('when there are no more points than the sample size then it is the exact silhouette', () => {
    const { data, assignments } = blobs(600);
    const exact = silhouette(data, 600, 2, assignments, 3);
    const s = sampledSilhouette(data, 600, 2, assignments, 3, { seed: 1, sampleSize: 600 });
    expect(s.sampled).toBe(600);
    expect(s.mean).toBe(exact.mean);
    expect(Array.from(s.perPoint)).toEqual(Array.from(exact.perPoint));
  });

  it('when there are more points than the sample size then it uses a seeded sample whose mean is close to the exact one', () => {
    const { data, assignments } = blobs(3000);
    const exact = silhouette(data, 3000, 2, assignments, 3).mean;
    const a = sampledSilhouette(data, 3000, 2, assignments, 3, { seed: 7, sampleSize: 800 });
    const b = sampledSilhouette(data, 3000, 2, assignments, 3, { seed: 7, sampleSize: 800 });
    expect(a.sampled).toBe(800);
    expect(Array.from(a.perPoint).filter((x) => !Number.isNaN(x))).toHaveLength(800);
    expect(a.mean).toBe(b.mean);
    expect(Math.abs(a.mean - exact)).toBeLessThan(0.03);
    expect(a.mean).not.toBe(exact);
  });
});
