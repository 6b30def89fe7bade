import { describe, expect, it } from 'vitest';
import { daviesBouldin, fitKMeans, restartSeed, silhouette, sweepK } from '../../src/algorithms/kmeans.js';
import { mulberry32 } from '../support/random.js';

/** n points per centre, uniform noise of ±spread around each centre (row-major). */
function blobs(centres: number[][], perBlob: number, spread: number, seed: number): Float64Array {
  const rand = mulberry32(seed);
  const d = centres[0].length;
  const data = new Float64Array(centres.length * perBlob * d);
  let i = 0;
  for (let p = 0; p < perBlob; p++) {
    for (const centre of centres) {
      for (let t = 0; t < d; t++) data[i++] = centre[t] + (rand() * 2 - 1) * spread;
    }
  }
  return data;
}

/** Textbook silhouette, straight from the definition, for checking. */
function bruteSilhouette(points: number[][], labels: number[]): number[] {
  const dist = (a: number[], b: number[]) => Math.hypot(...a.map((x, t) => x - b[t]));
  const clusters = [...new Set(labels)];
  return points.map((p, i) => {
    const own = points.filter((_, j) => j !== i && labels[j] === labels[i]);
    if (own.length === 0) return 0;
    const a = own.reduce((s, q) => s + dist(p, q), 0) / own.length;
    const b = Math.min(
      ...clusters
        .filter((c) => c !== labels[i])
        .map((c) => {
          const members = points.filter((_, j) => labels[j] === c);
          return members.reduce((s, q) => s + dist(p, q), 0) / members.length;
        }),
    );
    return (b - a) / Math.max(a, b);
  });
}

describe('fitKMeans', () => {
  it('when 1-D points form two pairs then each pair is a cluster with the hand-computed inertia', () => {
    // {0, 1} → mean 0.5, {10, 11} → mean 10.5; inertia = 4 × 0.5² = 1.
    const fit = fitKMeans(Float64Array.from([0, 1, 10, 11]), 4, 1, 2, { seed: 3 });
    expect(Array.from(fit.assignments)).toEqual([0, 0, 1, 1]);
    expect(Array.from(fit.centroids)).toEqual([0.5, 10.5]);
    expect(fit.inertia).toBe(1);
  });

  it('when run twice with the same seed then the results are identical', () => {
    const data = blobs(
      [
        [0, 0],
        [3, 1],
        [1, 4],
        [5, 5],
      ],
      40,
      1.5,
      1,
    );
    const a = fitKMeans(data, 160, 2, 4, { seed: 11, restarts: 3 });
    const b = fitKMeans(data, 160, 2, 4, { seed: 11, restarts: 3 });
    expect(b).toEqual(a);
  });

  it('when more restarts are used then the inertia is never worse than with one restart', () => {
    const rand = mulberry32(2);
    const data = Float64Array.from({ length: 300 * 2 }, () => rand());
    for (const seed of [1, 2, 3, 4, 5]) {
      const one = fitKMeans(data, 300, 2, 7, { seed, restarts: 1 });
      const ten = fitKMeans(data, 300, 2, 7, { seed, restarts: 10 });
      expect(ten.inertia).toBeLessThanOrEqual(one.inertia);
    }
  });

  it('when a fit is returned then labels appear in order of first point and centroids are the cluster means', () => {
    const n = 120;
    const data = blobs(
      [
        [0, 0, 0],
        [4, 0, 1],
        [0, 4, 2],
      ],
      n / 3,
      1,
      4,
    );
    const fit = fitKMeans(data, n, 3, 5, { seed: 8 });
    let next = 0;
    for (const a of fit.assignments) {
      expect(a).toBeLessThanOrEqual(next);
      if (a === next) next++;
    }
    let inertia = 0;
    for (let c = 0; c < 5; c++) {
      const members = [...fit.assignments.keys()].filter((i) => fit.assignments[i] === c);
      for (let t = 0; t < 3; t++) {
        const mean = members.reduce((s, i) => s + data[i * 3 + t], 0) / members.length;
        expect(fit.centroids[c * 3 + t]).toBeCloseTo(mean, 12);
      }
      for (const i of members) for (let t = 0; t < 3; t++) inertia += (data[i * 3 + t] - fit.centroids[c * 3 + t]) ** 2;
    }
    expect(fit.inertia).toBeCloseTo(inertia, 9);
  });

  it('when k exceeds the number of points then it throws', () => {
    expect(() => fitKMeans(Float64Array.from([1, 2]), 2, 1, 3, { seed: 1 })).toThrow(/k must be/);
  });

  it('when restart seeds are derived then they differ per run and do not depend on the restart count', () => {
    const seeds = new Set([0, 1, 2, 3, 4].map((run) => restartSeed(42, run)));
    expect(seeds.size).toBe(5);
    expect(restartSeed(42, 0)).not.toBe(restartSeed(43, 0));
  });
});

describe('silhouette', () => {
  it('when 1-D clusters are {0, 2} and {10} then the values are the hand-computed ones', () => {
    // 0: a = 2, b = 10 → 0.8.  2: a = 2, b = 8 → 0.75.  10: alone → 0.  Mean 1.55 / 3.
    const s = silhouette(Float64Array.from([0, 2, 10]), 3, 1, Int32Array.from([0, 0, 1]), 2);
    expect(s.perPoint[0]).toBeCloseTo(0.8, 12);
    expect(s.perPoint[1]).toBeCloseTo(0.75, 12);
    expect(s.perPoint[2]).toBe(0);
    expect(s.mean).toBeCloseTo(1.55 / 3, 12);
  });

  it('when compared with the textbook definition on a small random set then every value matches', () => {
    const rand = mulberry32(7);
    const n = 13;
    const d = 3;
    const data = Float64Array.from({ length: n * d }, () => rand() * 10);
    // Four clusters, one of them a singleton (point 12), label 4 left empty.
    const labels = [0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 3];
    const s = silhouette(data, n, d, Int32Array.from(labels), 5);
    const points = Array.from({ length: n }, (_, i) => Array.from(data.subarray(i * d, (i + 1) * d)));
    const expected = bruteSilhouette(points, labels);
    expected.forEach((v, i) => expect(s.perPoint[i]).toBeCloseTo(v, 12));
    expect(s.mean).toBeCloseTo(expected.reduce((a, b) => a + b, 0) / n, 12);
  });

  it('when two blobs are far apart then k-means finds them and the silhouette exceeds 0.9', () => {
    const data = blobs(
      [
        [0, 0],
        [50, 50],
      ],
      100,
      1,
      3,
    );
    const fit = fitKMeans(data, 200, 2, 2, { seed: 1 });
    expect(silhouette(data, 200, 2, fit.assignments, 2).mean).toBeGreaterThan(0.9);
  });

  it('when there is only one non-empty cluster then every value is 0', () => {
    const s = silhouette(Float64Array.from([0, 1, 2]), 3, 1, Int32Array.from([1, 1, 1]), 2);
    expect(s.mean).toBe(0);
    expect(Array.from(s.perPoint)).toEqual([0, 0, 0]);
  });
});

describe('daviesBouldin', () => {
  it('when 1-D clusters are {0, 2} and {10, 12} then the index is (1 + 1) / 10', () => {
    // Scatter = mean distance to the centroid = 1 for both; centroids 1 and 11 are 10 apart.
    expect(daviesBouldin(Float64Array.from([0, 2, 10, 12]), 4, 1, Int32Array.from([0, 0, 1, 1]), 2)).toBeCloseTo(0.2, 12);
  });

  it('when three clusters differ then each cluster takes its worst ratio', () => {
    // {0, 2}: S 1, c 1.  {10, 12}: S 1, c 11.  {13, 17}: S 2, c 15.
    // R(0) = max(2/10, 3/14) = 3/14; R(1) = max(2/10, 3/4) = 3/4; R(2) = max(3/14, 3/4) = 3/4.
    const db = daviesBouldin(Float64Array.from([0, 2, 10, 12, 13, 17]), 6, 1, Int32Array.from([0, 0, 1, 1, 2, 2]), 3);
    expect(db).toBeCloseTo((3 / 14 + 3 / 4 + 3 / 4) / 3, 12);
  });
});

describe('sweepK', () => {
  it('when the data has three well-separated blobs then k = 3 is chosen and every k in range is scored', () => {
    const data = blobs(
      [
        [0, 0],
        [20, 0],
        [0, 20],
      ],
      30,
      1,
      6,
    );
    const sweep = sweepK(data, 90, 2, { seed: 5, restarts: 3, kMax: 6 });
    expect(sweep.entries.map((e) => e.k)).toEqual([2, 3, 4, 5, 6]);
    expect(sweep.chosenK).toBe(3);
    expect(sweep.chosenFit.centroids).toHaveLength(3 * 2);
    const best = Math.max(...sweep.entries.map((e) => e.silhouette));
    expect(sweep.entries.find((e) => e.k === 3)!.silhouette).toBe(best);
    // Inertia falls as k grows on such data.
    for (let i = 1; i < sweep.entries.length; i++) {
      expect(sweep.entries[i].inertia).toBeLessThan(sweep.entries[i - 1].inertia);
    }
  });

  it('when kMax exceeds the number of points then the range stops at n', () => {
    const sweep = sweepK(Float64Array.from([0, 1, 10, 11]), 4, 1, { seed: 1, restarts: 2 });
    expect(sweep.entries.map((e) => e.k)).toEqual([2, 3, 4]);
    expect(sweep.chosenK).toBe(2);
  });
});
