/**
 * The speed-ups of the recommenders must not change any result: each fast
 * path is compared with a plain reference implementation on random data.
 */
import { describe, expect, it } from 'vitest';
import { topKCosine, topKCosineSparse } from '../../src/algorithms/cosine-topk.js';
import { buildCsr, rowIndices, transpose, type CsrMatrix } from '../../src/algorithms/csr.js';
import { BlendRecommender } from '../../src/recommend/blend.js';
import { cosineNeighbours } from '../../src/algorithms/cosine-neighbours.js';
import { EaseRecommender } from '../../src/recommend/ease.js';
import { ItemKnnRecommender } from '../../src/recommend/item-knn.js';
import { PopularityRecommender } from '../../src/recommend/popularity.js';
import { recencyWeighted } from '../../src/recommend/recency.js';
import { ReasonCollector, rowPosition, topNUnseen, topReasons, type RecommendationReason } from '../../src/recommend/recommender.js';
import { entryPosition, rowBits } from '../../src/recommend/row-bits.js';
import { Rp3BetaRecommender } from '../../src/recommend/rp3beta.js';
import { UserKnnRecommender } from '../../src/recommend/user-knn.js';
import { lcg } from '../support/random.js';

/** Random customers × products pattern, skewed towards low product numbers; some empty rows. */
function randomMatrix(seed: number, users: number, items: number, maxPerUser = 8): CsrMatrix {
  const next = lcg(seed);
  const r: number[] = [];
  const c: number[] = [];
  for (let u = 0; u < users; u++) {
    const set = new Set<number>();
    const n = Math.floor(next() * (maxPerUser + 1));
    for (let i = 0; i < n; i++) set.add(Math.floor(items * next() ** 2));
    for (const i of set) {
      r.push(u);
      c.push(i);
    }
  }
  return buildCsr(users, items, r, c);
}

/** The same pattern with recency-like values (distinct, in (0, 1]). */
function withValues(m: CsrMatrix, seed: number): CsrMatrix {
  const next = lcg(seed);
  const lastDay = Int32Array.from(m.indices, () => Math.floor(next() * 90));
  return recencyWeighted(m, lastDay, 90, 30);
}

describe('ReasonCollector', () => {
  it('when reasons are offered one by one then the result equals topReasons over all of them', () => {
    const next = lcg(3);
    const kinds: RecommendationReason['kind'][] = ['neighbour', 'similar-item', 'popularity', 'segment'];
    for (let round = 0; round < 200; round++) {
      const limit = Math.floor(next() * 5);
      const reasons: RecommendationReason[] = Array.from({ length: Math.floor(next() * 12) }, () => ({
        kind: kinds[Math.floor(next() * 4)],
        id: Math.floor(next() * 6),
        // Few distinct weights (ties), some ≤ 0 and NaN, which are dropped.
        weight: [0.5, 1, 1, 2, 0, -1, NaN][Math.floor(next() * 7)],
      }));
      const top = new ReasonCollector(limit);
      for (const r of reasons) top.offer(r.kind, r.id, r.weight);
      expect(top.result()).toEqual(topReasons(reasons, limit));
    }
  });
});

describe('topNUnseen', () => {
  it('when scores have many ties, NaN and -Infinity then the result equals a full sort', () => {
    const next = lcg(17);
    for (let round = 0; round < 100; round++) {
      const scores = Float64Array.from({ length: 60 }, () => [0, 1, 2, 2, 3, NaN, -Infinity][Math.floor(next() * 7)]);
      const seen = Array.from({ length: Math.floor(next() * 10) }, () => Math.floor(next() * 60));
      const n = Math.floor(next() * 25);
      const blocked = new Set(seen);
      const expected = [...scores.keys()]
        .filter((p) => !blocked.has(p) && !Number.isNaN(scores[p]))
        .sort((a, b) => (scores[b] === scores[a] ? a - b : scores[b] > scores[a] ? 1 : -1))
        .slice(0, n);
      expect(Array.from(topNUnseen(scores, seen, n))).toEqual(expected);
    }
  });
});

describe('cosineNeighbours', () => {
  for (const [seed, rows, cols, k] of [
    [1, 60, 20, 5],
    [2, 80, 40, 0],
    [3, 30, 10, 50],
    [4, 120, 15, 7],
    [5, 1, 3, 2],
  ] as const) {
    it(`when computed on a random ${rows}×${cols} matrix with k = ${k} then it equals the general sparse version`, () => {
      const m = randomMatrix(seed, rows, cols);
      for (const matrix of [m, transpose(m)]) {
        const expected = topKCosineSparse(matrix, k, 1);
        const actual = cosineNeighbours(matrix, k);
        expect(Array.from(actual.indptr)).toEqual(Array.from(expected.indptr));
        expect(Array.from(actual.neighbours)).toEqual(Array.from(expected.neighbours));
        expect(Array.from(actual.shared)).toEqual(Array.from(expected.shared));
        expect(Array.from(actual.scores)).toEqual(Array.from(expected.scores));
      }
    });
  }
});

describe('rowBits', () => {
  it('when looking up every cell then the position equals the binary search in the row', () => {
    const m = randomMatrix(8, 40, 70, 20); // 70 columns: more than two 32-bit words per row
    const bits = rowBits(m);
    for (let r = 0; r < m.rows; r++) for (let c = 0; c < m.cols; c++) expect(entryPosition(m, bits, r, c)).toBe(rowPosition(m, r, c));
  });
});

describe('explain fast paths', () => {
  const train = withValues(randomMatrix(21, 80, 30, 10), 5);

  /** Reference: every reason a model can give, from its public neighbour / weight lists. */
  function naiveItemReasons(
    nb: { indptr: Int32Array; neighbours: Int32Array; scores: Float64Array },
    u: number,
    product: number,
    weight: (s: number) => number,
    useValues: boolean,
  ) {
    const reasons: RecommendationReason[] = [];
    for (let q = train.indptr[u]; q < train.indptr[u + 1]; q++) {
      const i = train.indices[q];
      for (let p = nb.indptr[i]; p < nb.indptr[i + 1]; p++) {
        if (nb.neighbours[p] === product)
          reasons.push({ kind: 'similar-item', id: i, weight: (useValues ? train.values[q] : 1) * weight(nb.scores[p]) });
      }
    }
    return reasons;
  }

  for (const useValues of [false, true]) {
    const profile = useValues ? 'values' : 'binary';
    it(`when explaining item-kNN (${profile}) then the reasons equal the scan of the customer's neighbour lists`, () => {
      const model = new ItemKnnRecommender({ k: 6, alpha: 2, profile });
      model.fit(train);
      for (let u = 0; u < train.rows; u += 3) {
        for (let p = 0; p < train.cols; p++) {
          expect(model.explain(u, p, 3)).toEqual(
            topReasons(
              naiveItemReasons(model.similarities(), u, p, (s) => Math.pow(s, 2), useValues),
              3,
            ),
          );
        }
      }
    });

    it(`when explaining RP3beta (${profile}) then the reasons equal the scan of the customer's weight rows`, () => {
      const model = new Rp3BetaRecommender({ k: 8, profile });
      model.fit(train);
      for (let u = 0; u < train.rows; u += 3) {
        for (let p = 0; p < train.cols; p++) {
          expect(model.explain(u, p, 4)).toEqual(
            topReasons(
              naiveItemReasons(model.itemWeights(), u, p, (s) => s, useValues),
              4,
            ),
          );
        }
      }
    });

    it(`when explaining user-kNN (${profile}) then the reasons are the neighbours who bought the product`, () => {
      const model = new UserKnnRecommender({ k: 5, alpha: 2, profile });
      model.fit(train);
      const nb = topKCosine(train, 5);
      for (let u = 0; u < train.rows; u += 3) {
        for (let p = 0; p < train.cols; p++) {
          const reasons: RecommendationReason[] = [];
          for (let q = nb.indptr[u]; q < nb.indptr[u + 1]; q++) {
            const v = nb.neighbours[q];
            const at = rowPosition(train, v, p);
            if (at >= 0) reasons.push({ kind: 'neighbour', id: v, weight: Math.pow(nb.scores[q], 2) * (useValues ? train.values[at] : 1) });
          }
          expect(model.explain(u, p, 3)).toEqual(topReasons(reasons, 3));
        }
      }
    });
  }

  it('when a blend explains a customer other than the last scored one then the reasons are the same as right after scoring them', () => {
    const make = () =>
      new BlendRecommender([
        { model: new ItemKnnRecommender({ k: 5 }), weight: 1 },
        { model: new PopularityRecommender(), weight: 0.3 },
      ]);
    const a = make();
    const b = make();
    a.fit(train);
    b.fit(train);
    const scores = new Float64Array(train.cols);
    for (let u = 0; u < 20; u++) {
      a.scoreUser(u, scores);
      const top = topNUnseen(scores, rowIndices(train, u), 3);
      b.scoreUser((u + 7) % train.rows, scores); // b's cached scales belong to another customer
      for (const p of top) expect(b.explain(u, p, 3)).toEqual(a.explain(u, p, 3));
    }
  });
});

describe('restricted EASE (maxProducts)', () => {
  const train = randomMatrix(31, 70, 24, 9);

  it('when maxProducts keeps every product then scores and reasons equal full EASE', () => {
    const full = new EaseRecommender({ lambda: 2 });
    const restricted = new EaseRecommender({ lambda: 2, maxProducts: 1000 });
    full.fit(train);
    restricted.fit(train);
    expect(restricted.size).toBe(full.size);
    const a = new Float64Array(train.cols);
    const b = new Float64Array(train.cols);
    for (let u = 0; u < train.rows; u++) {
      full.scoreUser(u, a);
      restricted.scoreUser(u, b);
      expect(Array.from(b)).toEqual(Array.from(a));
      for (let p = 0; p < train.cols; p += 5) expect(restricted.explain(u, p, 3)).toEqual(full.explain(u, p, 3));
    }
  });

  it('when maxProducts drops products then the kept ones are the most bought and score as EASE fitted on those columns only', () => {
    const n = 10;
    const buyers = new Array<number>(train.cols).fill(0);
    for (const c of train.indices) buyers[c]++;
    const kept = [...buyers.keys()]
      .sort((a, b) => buyers[b] - buyers[a] || a - b)
      .slice(0, n)
      .sort((a, b) => a - b);
    const keptSet = new Set(kept);
    // The same customers restricted to the kept columns, renumbered 0 .. n−1.
    const r: number[] = [];
    const c: number[] = [];
    for (let u = 0; u < train.rows; u++)
      for (const j of rowIndices(train, u))
        if (keptSet.has(j)) {
          r.push(u);
          c.push(kept.indexOf(j));
        }
    const small = buildCsr(train.rows, n, r, c);
    const reference = new EaseRecommender({ lambda: 3 });
    reference.fit(small);
    const model = new EaseRecommender({ lambda: 3, maxProducts: n });
    model.fit(train);
    expect(model.size).toBe(n);
    expect(model.name).toBe('ease(l=3,n=10)');
    const expected = new Float64Array(n);
    const actual = new Float64Array(train.cols);
    for (let u = 0; u < train.rows; u++) {
      reference.scoreUser(u, expected);
      model.scoreUser(u, actual);
      for (let j = 0; j < train.cols; j++) {
        if (keptSet.has(j)) expect(actual[j]).toBeCloseTo(expected[kept.indexOf(j)], 12);
        else expect(actual[j]).toBe(0);
      }
    }
  });

  it('when maxProducts is negative then it throws', () => {
    expect(() => new EaseRecommender({ maxProducts: -1 })).toThrow(/maxProducts/);
  });
});
