import { describe, expect, it } from 'vitest';
import { buildCsr, type CsrMatrix } from '../../src/algorithms/csr.js';
import { cappedCosineNeighbours } from '../../src/algorithms/capped-cosine.js';
import { cosineNeighbours } from '../../src/algorithms/cosine-neighbours.js';
import type { TopKNeighbours } from '../../src/algorithms/cosine-topk.js';
import { mulberry32 } from '../support/random.js';

function fromRows(rows: number[][], cols: number): CsrMatrix {
  const r: number[] = [];
  const c: number[] = [];
  rows.forEach((cs, i) => cs.forEach((j) => (r.push(i), c.push(j))));
  return buildCsr(rows.length, cols, r, c, undefined, { binary: true });
}

const listOf = (nb: TopKNeighbours, row: number) =>
  [...Array(nb.indptr[row + 1] - nb.indptr[row]).keys()].map((i) => {
    const p = nb.indptr[row] + i;
    return { row: nb.neighbours[p], score: nb.scores[p], shared: nb.shared[p] };
  });

function randomMatrix(seed: number, rows: number, cols: number, density: number, popular: number[]): number[][] {
  const rnd = mulberry32(seed);
  return Array.from({ length: rows }, () => {
    const items = new Set<number>();
    for (let c = 0; c < cols; c++) if (rnd() < density) items.add(c);
    for (const c of popular) if (rnd() < 0.9) items.add(c);
    return [...items].sort((a, b) => a - b);
  });
}

describe('cappedCosineNeighbours', () => {
  it('when no column has more rows than the cap then the lists are exactly the uncapped ones', () => {
    const m = fromRows(randomMatrix(3, 60, 40, 0.1, []), 40);
    const exact = cosineNeighbours(m, 5);
    const capped = cappedCosineNeighbours(m, 5, { maxColumnRows: 60, seed: 1 });
    expect(capped.indptr).toEqual(exact.indptr);
    expect(capped.neighbours).toEqual(exact.neighbours);
    expect(capped.scores).toEqual(exact.scores);
  });

  it('when an item is bought by everyone then it makes no pair a candidate beyond its blocks, and neighbours still come through rarer items with their exact cosine', () => {
    // Column 0 is bought by all 40 rows; rows 2i and 2i+1 also share one rare column (1 + i).
    const rows = Array.from({ length: 40 }, (_, r) => [0, 1 + (r >> 1)]);
    const m = fromRows(rows, 21);
    const k = 3;
    const uncapped = cosineNeighbours(m, k);
    // Uncapped, everyone is everyone's candidate through column 0: each row has k neighbours.
    expect(listOf(uncapped, 5)).toHaveLength(k);

    // Cap 2: the rare columns (2 rows) keep all their pairs; column 0 (40 rows) is cut into 20 blocks of 2 rows.
    const capped = cappedCosineNeighbours(m, k, { maxColumnRows: 2, seed: 7 });
    let blockPartners = 0;
    for (let r = 0; r < 40; r++) {
      const list = listOf(capped, r);
      // The twin, found through the rare column, scored on both shared columns (the popular one included): 2 / √(2·2).
      expect(list[0]).toEqual({ row: r ^ 1, score: 1, shared: 2 });
      // At most one more candidate: the row's block partner in column 0 (cos 1 / √(2·2)).
      expect(list.length).toBeLessThanOrEqual(2);
      for (const other of list.slice(1)) expect(other.score).toBe(0.5);
      blockPartners += list.length - 1;
    }
    // 20 blocks of 2 → each row meets at most one row through column 0 (not 39).
    expect(blockPartners).toBeLessThanOrEqual(40);
  });

  it('when popular columns are capped then every neighbour found has its exact cosine and the candidates shrink with the cap', () => {
    const m = fromRows(randomMatrix(11, 120, 50, 0.06, [0, 1, 2]), 50);
    const exact = cosineNeighbours(m, 200);
    const exactScore = new Map<string, number>();
    for (let r = 0; r < m.rows; r++) for (const n of listOf(exact, r)) exactScore.set(`${r}:${n.row}`, n.score);
    let previous = Infinity;
    for (const cap of [60, 20, 5]) {
      const capped = cappedCosineNeighbours(m, 200, { maxColumnRows: cap, seed: 42 });
      for (let r = 0; r < m.rows; r++) for (const n of listOf(capped, r)) expect(n.score).toBe(exactScore.get(`${r}:${n.row}`));
      // k = 200 keeps every candidate: their number falls as the cap falls.
      expect(capped.neighbours.length).toBeLessThan(previous);
      previous = capped.neighbours.length;
    }
  });

  it('when the seed is the same then the lists are the same, and another seed picks other blocks', () => {
    const m = fromRows(randomMatrix(5, 80, 30, 0.05, [0, 1]), 30);
    const a = cappedCosineNeighbours(m, 4, { maxColumnRows: 10, seed: 1 });
    expect(cappedCosineNeighbours(m, 4, { maxColumnRows: 10, seed: 1 })).toEqual(a);
    expect(cappedCosineNeighbours(m, 4, { maxColumnRows: 10, seed: 2 }).neighbours).not.toEqual(a.neighbours);
  });
});

describe('user-kNN with a candidate cap', () => {
  it('when the models are given a cap then their neighbours are the capped search, not the exact one', async () => {
    const { UserKnnRecommender } = await import('../../src/recommend/user-knn.js');
    const { SegmentUserKnnRecommender } = await import('../../src/recommend/segment-user-knn.js');
    // Everyone bought column 0; pairs 2i, 2i+1 share a rare column; row r alone bought column 21 + r, so the
    // columns ≥ 21 a row gets votes for count its neighbours. Capped at 2 rows, column 0 pairs at most one other
    // row with each row: at most 2 neighbours; exact: 3.
    const m = fromRows(
      Array.from({ length: 40 }, (_, r) => [0, 1 + (r >> 1), 21 + r]),
      61,
    );
    const votesFrom = (model: { fit(m: CsrMatrix, ctx?: object): void; scoreUser(u: number, out: Float64Array): void }) => {
      model.fit(m, { segments: new Int32Array(40) });
      const out = new Float64Array(61);
      model.scoreUser(4, out);
      return out.filter((x, j) => j >= 21 && j !== 25 && x > 0).length;
    };
    const cap = { maxColumnRows: 2, seed: 7 };
    expect(votesFrom(new UserKnnRecommender({ k: 3 }))).toBe(3);
    expect(votesFrom(new UserKnnRecommender({ k: 3, candidateCap: cap }))).toBeLessThanOrEqual(2);
    expect(votesFrom(new SegmentUserKnnRecommender({ k: 3 }))).toBe(3);
    expect(votesFrom(new SegmentUserKnnRecommender({ k: 3, candidateCap: cap }))).toBeLessThanOrEqual(2);
  });
});
