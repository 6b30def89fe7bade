import { describe, expect, it } from 'vitest';
import { fitProjection2d, project2d } from '../../src/algorithms/pca.js';
import { mulberry32 } from '../support/random.js';

describe('project2d', () => {
  it('when points lie on the line y = 2x then they project onto ±√5 along (1, 2)/√5 with a zero second axis', () => {
    // Centre (0, 0); the direction (1, 2)/√5 has its largest loading positive, so (1, 2) → +√5.
    const points = project2d(Float64Array.from([-1, -2, 0, 0, 1, 2]), 3, 2);
    expect(points[0]).toBeCloseTo(-Math.sqrt(5), 10);
    expect(points[2]).toBeCloseTo(0, 10);
    expect(points[4]).toBeCloseTo(Math.sqrt(5), 10);
    for (const i of [1, 3, 5]) expect(points[i]).toBeCloseTo(0, 10);
    const fit = fitProjection2d(Float64Array.from([-1, -2, 0, 0, 1, 2]), 3, 2);
    expect(fit.explainedVariance[0]).toBeCloseTo(1, 10);
    expect(fit.components[0]).toBeCloseTo(1 / Math.sqrt(5), 10);
    expect(fit.components[1]).toBeCloseTo(2 / Math.sqrt(5), 10);
  });

  it('when the largest loading would be negative then the component is flipped to make it positive', () => {
    // Points on y = -3x: direction ±(1, -3)/√10, largest |loading| is the y one → (−1, 3)/√10.
    // The points are symmetric around (0, 0), so they are already centred.
    const fit = fitProjection2d(Float64Array.from([-2, 6, 2, -6, 1, -3, -1, 3]), 4, 2);
    expect(fit.components[0]).toBeCloseTo(-1 / Math.sqrt(10), 10);
    expect(fit.components[1]).toBeCloseTo(3 / Math.sqrt(10), 10);
    // (2, −6) · (−1, 3)/√10 = −20/√10 = −√40.
    expect(fit.points[2]).toBeCloseTo(-Math.sqrt(40), 10);
  });

  it('when the rows are shuffled then every point keeps the same coordinates', () => {
    const rand = mulberry32(5);
    const n = 50;
    const d = 4;
    const data = Float64Array.from({ length: n * d }, (_, i) => rand() * (1 + (i % d)));
    const order = Array.from({ length: n }, (_, i) => n - 1 - i);
    const shuffled = new Float64Array(n * d);
    order.forEach((src, dst) => shuffled.set(data.subarray(src * d, (src + 1) * d), dst * d));
    const a = project2d(data, n, d);
    const b = project2d(shuffled, n, d);
    order.forEach((src, dst) => {
      expect(b[dst * 2]).toBeCloseTo(a[src * 2], 9);
      expect(b[dst * 2 + 1]).toBeCloseTo(a[src * 2 + 1], 9);
    });
  });

  it('when 3-D points lie in a plane then the projection preserves all pairwise distances', () => {
    const rand = mulberry32(9);
    const n = 20;
    const data = new Float64Array(n * 3);
    for (let i = 0; i < n; i++) {
      const u = rand() * 4;
      const v = rand();
      // Plane spanned by (1, 1, 0) and (0, 1, 1), offset by (5, 5, 5).
      data.set([5 + u, 5 + u + v, 5 + v], i * 3);
    }
    const p = project2d(data, n, 3);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const d3 = Math.hypot(data[i * 3] - data[j * 3], data[i * 3 + 1] - data[j * 3 + 1], data[i * 3 + 2] - data[j * 3 + 2]);
        const d2 = Math.hypot(p[i * 2] - p[j * 2], p[i * 2 + 1] - p[j * 2 + 1]);
        expect(d2).toBeCloseTo(d3, 9);
      }
    }
  });

  it('when the data has one dimension then the second coordinate is 0', () => {
    const p = project2d(Float64Array.from([1, 2, 4]), 3, 1);
    expect(Array.from(p.filter((_, i) => i % 2 === 1))).toEqual([0, 0, 0]);
    // Centred on the mean 7/3, orientation positive: 4 → 5/3.
    expect(p[4]).toBeCloseTo(5 / 3, 12);
  });
});
