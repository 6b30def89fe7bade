import { describe, expect, it } from 'vitest';
import { rowIndices, type CsrMatrix } from '../../src/algorithms/csr.js';
import { cosineNeighbours } from '../../src/algorithms/cosine-neighbours.js';
import { topNUnseen } from '../../src/recommend/recommender.js';
import { neighboursWithinGroups, SegmentUserKnnRecommender, selectRows } from '../../src/recommend/segment-user-knn.js';
import { UserKnnRecommender } from '../../src/recommend/user-knn.js';
import { matrix, randomMatrix } from '../support/matrices.js';

const lists = (m: CsrMatrix, model: { scoreUser(u: number, out: Float64Array): void }) => {
  const scores = new Float64Array(m.cols);
  return Array.from({ length: m.rows }, (_, u) => (model.scoreUser(u, scores), Array.from(topNUnseen(scores, rowIndices(m, u), 5))));
};

describe('segment user-kNN', () => {
  const m = randomMatrix(11, 60, 25);
  const segments = Int32Array.from({ length: 60 }, (_, u) => u % 3);

  it('when every customer is in one segment then it recommends exactly what user-kNN does', () => {
    const one = new Int32Array(60);
    const seg = new SegmentUserKnnRecommender({ k: 7, alpha: 2 });
    const plain = new UserKnnRecommender({ k: 7, alpha: 2 });
    seg.fit(m, { segments: one });
    plain.fit(m);
    expect(lists(m, seg)).toEqual(lists(m, plain));
  });

  it('when customers are in segments then every neighbour is from the customer’s own segment and the lists are those of the segment alone', () => {
    const nb = neighboursWithinGroups(m, 5, segments);
    for (let u = 0; u < 60; u++) {
      for (let p = nb.indptr[u]; p < nb.indptr[u + 1]; p++) expect(segments[nb.neighbours[p]]).toBe(segments[u]);
    }
    const rows = Array.from({ length: 20 }, (_, i) => 3 * i + 1); // segment 1
    const alone = cosineNeighbours(selectRows(m, rows), 5);
    const u = 3 * 4 + 1;
    const mine = Array.from(nb.neighbours.subarray(nb.indptr[u], nb.indptr[u + 1]));
    expect(mine).toEqual(Array.from(alone.neighbours.subarray(alone.indptr[4], alone.indptr[5]), (i) => rows[i]));
  });

  it('when a customer has no segment then their neighbours are the other customers without one', () => {
    const partial = Int32Array.from(segments, (s, u) => (u < 10 ? -1 : s));
    const nb = neighboursWithinGroups(m, 5, partial);
    for (let u = 0; u < 10; u++) for (let p = nb.indptr[u]; p < nb.indptr[u + 1]; p++) expect(nb.neighbours[p]).toBeLessThan(10);
  });

  it('when fitted without segments then it says it needs them', () => {
    expect(() => new SegmentUserKnnRecommender().fit(m)).toThrow(/ctx\.segments/);
  });

  it('when scoring a segment for a new customer then each member’s unseen scores count once, scaled by their best', () => {
    // Segment 0: customers 0–2; customer 2 bought only product 0, the others 0+1 and 0+1+2.
    const small = matrix([[0, 1], [0, 1, 2], [0], [3], [3, 4]], 5);
    const model = new SegmentUserKnnRecommender({ k: 10, alpha: 1 });
    model.fit(small, { segments: Int32Array.from([0, 0, 0, 1, 1]) });
    const expected = new Float64Array(5);
    const scores = new Float64Array(5);
    for (const u of [0, 1, 2]) {
      model.scoreUser(u, scores);
      for (const j of rowIndices(small, u)) scores[j] = 0;
      const max = Math.max(...scores);
      if (max > 0) scores.forEach((s, j) => (expected[j] += s / max));
    }
    const out = new Float64Array(5);
    model.scoreSegment(0, out);
    expect(Array.from(out)).toEqual(Array.from(expected));
    expect(out[3]).toBe(0); // nobody in segment 0 bought product 3
    expect(out[2]).toBeGreaterThan(0);
    model.scoreSegment(7, out);
    expect(Array.from(out)).toEqual([0, 0, 0, 0, 0]);
  });
});
