import { describe, expect, it } from 'vitest';
import { buildCsr } from '../../src/algorithms/csr.js';
import { EaseRecommender, easeWeights } from '../../src/recommend/ease.js';
import { invertSpdInPlace } from '../../src/recommend/spd-inverse.js';
import { lcg } from '../support/random.js';

/** Naive Gauss–Jordan inverse with partial pivoting (row-major n×n). */
function gaussJordanInverse(a: Float64Array, n: number): Float64Array {
  const m = Array.from({ length: n }, (_, i) => [
    ...a.subarray(i * n, (i + 1) * n),
    ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)),
  ]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) pivot = r;
    [m[c], m[pivot]] = [m[pivot], m[c]];
    const d = m[c][c];
    for (let j = 0; j < 2 * n; j++) m[c][j] /= d;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r][c];
      for (let j = 0; j < 2 * n; j++) m[r][j] -= f * m[c][j];
    }
  }
  return Float64Array.from(m.flatMap((row) => row.slice(n)));
}

/** A random binary users × items matrix (row-major dense) and its Gram matrix XᵀX. */
function randomBinary(seed: number, users: number, items: number, density: number) {
  const next = lcg(seed);
  const x = Array.from({ length: users }, () => Array.from({ length: items }, () => (next() < density ? 1 : 0)));
  const gram = new Float64Array(items * items);
  for (const row of x) for (let i = 0; i < items; i++) for (let j = 0; j < items; j++) gram[i * items + j] += row[i] * row[j];
  return { x, gram };
}

describe('invertSpdInPlace', () => {
  for (const [n, block] of [
    [1, 64],
    [7, 2],
    [53, 8],
    [130, 16],
  ] as const) {
    it(`when inverting a ${n}×${n} SPD matrix with ${block}-blocks then it equals Gauss–Jordan`, () => {
      const { gram } = randomBinary(n, 2 * n + 3, n, 0.3);
      for (let i = 0; i < n; i++) gram[i * n + i] += 2;
      const expected = gaussJordanInverse(gram, n);
      const actual = invertSpdInPlace(gram.slice(), n, block);
      for (let i = 0; i < n * n; i++) expect(actual[i]).toBeCloseTo(expected[i], 10);
    });
  }

  it('when the matrix is not positive definite then it throws', () => {
    expect(() => invertSpdInPlace(Float64Array.from([1, 2, 2, 1]), 2)).toThrow(/positive definite at 1/);
    expect(() => invertSpdInPlace(Float64Array.from([1, 2, 2, 1]), 2, 64, { simd: false })).toThrow(/positive definite at 1/);
  });

  for (const [n, block] of [
    [53, 8],
    [130, 16],
    [257, 64],
  ] as const) {
    it(`when a ${n}×${n} matrix is inverted with the WebAssembly kernel (padded to a multiple of 4) then it matches the JavaScript kernel`, () => {
      const { gram } = randomBinary(n + 1, 2 * n, n, 0.2);
      for (let i = 0; i < n; i++) gram[i * n + i] += 5;
      const js = invertSpdInPlace(gram.slice(), n, block, { simd: false });
      const simd = invertSpdInPlace(gram.slice(), n, block);
      expect(simd).toHaveLength(n * n);
      let worst = 0;
      for (let i = 0; i < n * n; i++) worst = Math.max(worst, Math.abs(simd[i] - js[i]) / Math.max(1e-12, Math.abs(js[i])));
      expect(worst).toBeLessThan(1e-9);
    });
  }
});

describe('EASE', () => {
  it('when computed in closed form then B = I − P·diag(1/diag(P)) with P from a naive inverse', () => {
    const n = 12;
    const lambda = 3;
    const { gram } = randomBinary(5, 40, n, 0.35);
    const g = gram.slice();
    for (let i = 0; i < n; i++) g[i * n + i] += lambda;
    const p = gaussJordanInverse(g, n);
    const b = easeWeights(gram.slice(), n, lambda);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const expected = (i === j ? 1 : 0) - p[i * n + j] / p[j * n + j];
        expect(b[i * n + j]).toBeCloseTo(expected, 10);
      }
      expect(b[i * n + i]).toBe(0);
    }
  });

  it('when dropout p is set then the penalty grows with popularity: EDLAE = EASE on G + λI + p/(1−p)·diag(G)', () => {
    const n = 10;
    const [lambda, dropout] = [2, 0.25];
    const { gram } = randomBinary(11, 50, n, 0.3);
    const g = gram.slice();
    for (let i = 0; i < n; i++) g[i * n + i] += lambda + (dropout / (1 - dropout)) * gram[i * n + i];
    const p = gaussJordanInverse(g, n);
    const b = easeWeights(gram.slice(), n, lambda, { dropout });
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) expect(b[i * n + j]).toBeCloseTo(i === j ? 0 : -p[i * n + j] / p[j * n + j], 10);
    }
  });

  it('when the form is dlae then B is (G + Λ)⁻¹·G off the diagonal and 0 on it', () => {
    const n = 10;
    const [lambda, dropout] = [1.5, 0.5];
    const { gram } = randomBinary(12, 50, n, 0.3);
    const full = gram.slice(); // randomBinary fills the whole symmetric G
    const g = full.slice();
    for (let i = 0; i < n; i++) g[i * n + i] += lambda + (dropout / (1 - dropout)) * full[i * n + i];
    const p = gaussJordanInverse(g, n);
    const b = easeWeights(gram.slice(), n, lambda, { dropout, form: 'dlae' });
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        let pg = 0;
        for (let k = 0; k < n; k++) pg += p[i * n + k] * full[k * n + j];
        expect(b[i * n + j]).toBeCloseTo(i === j ? 0 : pg, 10);
      }
    }
  });

  it('when dropout is outside [0, 1) then the weights are refused', () => {
    expect(() => easeWeights(new Float64Array(4), 2, 1, { dropout: 1 })).toThrow(/dropout/);
    expect(() => easeWeights(new Float64Array(4), 2, 1, { dropout: -0.1 })).toThrow(/dropout/);
  });

  it('when scoring a customer then the scores are x_u · B over the modelled products', () => {
    const { x, gram } = randomBinary(9, 30, 8, 0.4);
    const rows: number[] = [];
    const cols: number[] = [];
    x.forEach((row, u) => row.forEach((v, i) => v && (rows.push(u), cols.push(i))));
    const train = buildCsr(30, 8, rows, cols);
    const model = new EaseRecommender({ lambda: 2 });
    model.fit(train);
    const b = easeWeights(gram.slice(), 8, 2); // every product has a buyer in this matrix
    expect(model.size).toBe(8);
    const scores = new Float64Array(8);
    model.scoreUser(4, scores);
    for (let j = 0; j < 8; j++) {
      let expected = 0;
      for (let i = 0; i < 8; i++) expected += x[4][i] * b[i * 8 + j];
      expect(scores[j]).toBeCloseTo(expected, 10);
    }
  });

  it('when a product has fewer buyers than minBuyers then it is left out and scores 0', () => {
    const train = buildCsr(3, 4, [0, 0, 1, 1, 2, 2], [0, 1, 0, 1, 0, 3]);
    const model = new EaseRecommender({ lambda: 1, minBuyers: 2 });
    model.fit(train);
    expect(model.size).toBe(2); // products 0 (3 buyers) and 1 (2 buyers)
    const scores = new Float64Array(4).fill(9);
    model.scoreUser(2, scores);
    expect(scores[3]).toBe(0);
    expect(scores[2]).toBe(0);
    expect(scores[1]).toBeGreaterThan(0);
  });
});
