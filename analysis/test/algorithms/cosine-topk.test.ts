import { describe, expect, it } from 'vitest';
import { buildCsr, transpose, type CsrMatrix } from '../../src/algorithms/csr.js';
import { topKCosine, type TopKNeighbours } from '../../src/algorithms/cosine-topk.js';
import { mulberry32 } from '../support/random.js';

function fromRows(rows: number[][], cols: number): CsrMatrix {
  const r: number[] = [];
  const c: number[] = [];
  rows.forEach((cs, i) => cs.forEach((j) => (r.push(i), c.push(j))));
  return buildCsr(rows.length, cols, r, c, undefined, { binary: true });
}

function neighboursOf(result: TopKNeighbours, row: number) {
  const range = [...Array(result.indptr[row + 1] - result.indptr[row]).keys()].map((i) => i + result.indptr[row]);
  return range.map((p) => ({ row: result.neighbours[p], score: result.scores[p], shared: result.shared[p] }));
}

/** Dense reference: all pairs, floats, ties within 1e-12 broken by lower index. */
function bruteTopK(dense: Uint8Array[], k: number, minShared: number) {
  return dense.map((a, r) => {
    const lenA = a.reduce((s, x) => s + x, 0);
    const candidates = dense
      .map((b, s) => {
        const shared = a.reduce((sum, x, j) => sum + x * b[j], 0);
        const lenB = b.reduce((sum, x) => sum + x, 0);
        return { row: s, shared, score: shared > 0 ? shared / Math.sqrt(lenA * lenB) : 0 };
      })
      .filter((c) => c.row !== r && c.shared >= minShared && c.shared > 0);
    candidates.sort((x, y) => (Math.abs(x.score - y.score) > 1e-12 ? y.score - x.score : x.row - y.row));
    return candidates.slice(0, k);
  });
}

describe('topKCosine', () => {
  // r0 {0,1}, r1 {0,1}, r2 {1,2,3}, r3 {}, r4 {4}.
  // cos(0,1) = 2/√(2·2) = 1; cos(0,2) = cos(1,2) = 1/√(2·3) = 1/√6; r3 and r4 share nothing with anyone.
  const m = fromRows([[0, 1], [0, 1], [1, 2, 3], [], [4]], 5);

  it('when rows overlap then the neighbours are the hand-computed ones, best first', () => {
    const result = topKCosine(m, 2);
    expect(neighboursOf(result, 0)).toEqual([
      { row: 1, score: 1, shared: 2 },
      { row: 2, score: 1 / Math.sqrt(6), shared: 1 },
    ]);
    expect(neighboursOf(result, 1).map((n) => n.row)).toEqual([0, 2]);
  });

  it('when two neighbours have the same score then the lower row index comes first', () => {
    const result = topKCosine(m, 2);
    expect(neighboursOf(result, 2).map((n) => n.row)).toEqual([0, 1]);
    // With k = 1 only the lower of the tied rows is kept.
    expect(neighboursOf(topKCosine(m, 1), 2).map((n) => n.row)).toEqual([0]);
  });

  it('when a row is empty or shares no column then it gets no neighbours and never appears as one', () => {
    const result = topKCosine(m, 3);
    expect(neighboursOf(result, 3)).toEqual([]);
    expect(neighboursOf(result, 4)).toEqual([]);
    expect(Array.from(result.neighbours)).not.toContain(3);
    expect(Array.from(result.neighbours)).not.toContain(4);
  });

  it('when minShared is 2 then pairs with a single common column are dropped', () => {
    const result = topKCosine(m, 3, { minShared: 2 });
    expect(neighboursOf(result, 0).map((n) => n.row)).toEqual([1]);
    expect(neighboursOf(result, 2)).toEqual([]);
  });

  it.each([
    [1, 1],
    [5, 1],
    [5, 2],
    [100, 1],
  ])('when k = %i and minShared = %i on a random 60×40 matrix then it equals the dense brute force', (k, minShared) => {
    const rand = mulberry32(1000 + k * 10 + minShared);
    const dense = Array.from({ length: 60 }, (_, r) =>
      // Row 7 left empty on purpose; low density gives many exact ties.
      Uint8Array.from({ length: 40 }, () => (r !== 7 && rand() < 0.12 ? 1 : 0)),
    );
    const csr = fromRows(
      dense.map((row) => [...row.keys()].filter((j) => row[j])),
      40,
    );
    const result = topKCosine(csr, k, { minShared });
    const expected = bruteTopK(dense, k, minShared);
    expected.forEach((want, r) => {
      const got = neighboursOf(result, r);
      expect(got.map((g) => [g.row, g.shared])).toEqual(want.map((w) => [w.row, w.shared]));
      got.forEach((g, i) => expect(g.score).toBeCloseTo(want[i].score, 12));
    });
  });

  it('when used on the transpose then it finds column-to-column neighbours', () => {
    // Columns 0 and 1 are bought by r0 and r1; column 1 also by r2 → cos(c0, c1) = 2/√(2·3).
    const result = topKCosine(transpose(m), 1);
    expect(neighboursOf(result, 0)).toEqual([{ row: 1, score: 2 / Math.sqrt(6), shared: 2 }]);
  });
});
