import { describe, expect, it } from 'vitest';
import { rowIndices, type CsrMatrix } from '../../src/algorithms/csr.js';
import { BlendRecommender } from '../../src/recommend/blend.js';
import { createDefaultRecommender, DEFAULT_RECOMMENDER_CONFIG } from '../../src/recommend/default.js';
import { RecencyWeightedRecommender } from '../../src/recommend/recency.js';
import { EaseRecommender } from '../../src/recommend/ease.js';
import { ItemKnnRecommender } from '../../src/recommend/item-knn.js';
import { PopularityRecommender } from '../../src/recommend/popularity.js';
import { topNUnseen, type FitContext, type Recommender } from '../../src/recommend/recommender.js';
import { Rp3BetaRecommender } from '../../src/recommend/rp3beta.js';
import { SegmentPopularityRecommender } from '../../src/recommend/segment-popularity.js';
import { UserKnnRecommender } from '../../src/recommend/user-knn.js';
import { matrix, randomMatrix } from '../support/matrices.js';

// Items 0 and 1 are bought together by three customers; customer 5 bought only 0.
// Buyers per item: 0: 4, 1: 4, 2: 2, 3: 3, 4: 2.
const tiny = matrix([[0, 1, 2], [0, 1], [0, 1, 3], [2, 3, 4], [3, 4], [0], [1]], 5);
const tinyCtx: FitContext = {
  segments: Int32Array.from([0, 0, 0, 1, 1, 0, 0]),
  lastDay: new Int32Array(tiny.indices.length).fill(100),
  referenceDay: 101,
};

const models: [string, () => Recommender][] = [
  ['popularity', () => new PopularityRecommender()],
  ['segment popularity', () => new SegmentPopularityRecommender()],
  ['user-kNN', () => new UserKnnRecommender({ k: 3 })],
  ['item-kNN', () => new ItemKnnRecommender({ k: 3 })],
  ['EASE', () => new EaseRecommender({ lambda: 1 })],
  ['RP3beta', () => new Rp3BetaRecommender({ k: 3 })],
  [
    'blend',
    () =>
      new BlendRecommender([
        { model: new ItemKnnRecommender(), weight: 1 },
        { model: new PopularityRecommender(), weight: 0.1 },
      ]),
  ],
  ['default', () => createDefaultRecommender()],
];

function recommendAll(model: Recommender, train: CsrMatrix, ctx: FitContext, n: number): Int32Array[] {
  model.fit(train, ctx);
  const scores = new Float64Array(train.cols);
  return Array.from({ length: train.rows }, (_, u) => {
    model.scoreUser(u, scores);
    return topNUnseen(scores, rowIndices(train, u), n);
  });
}

describe.each(models)('%s recommender', (_name, make) => {
  const random = randomMatrix(11, 40, 25);
  const randomCtx: FitContext = {
    segments: Int32Array.from({ length: 40 }, (_, u) => u % 3),
    lastDay: Int32Array.from(random.indices, (_, p) => 10 + (p % 7)),
    referenceDay: 20,
  };

  it('when recommending then no customer gets a product they already bought', () => {
    const lists = recommendAll(make(), random, randomCtx, 10);
    lists.forEach((list, u) => {
      const seen = new Set(rowIndices(random, u));
      expect(list.length).toBe(Math.min(10, 25 - seen.size));
      for (const p of list) expect(seen.has(p)).toBe(false);
    });
  });

  it('when fitted twice on the same data then the recommendations are identical', () => {
    expect(recommendAll(make(), random, randomCtx, 10)).toEqual(recommendAll(make(), random, randomCtx, 10));
  });

  it('when a customer bought only product 0 and 0 and 1 are bought together then 1 is recommended first', () => {
    const lists = recommendAll(make(), tiny, tinyCtx, 3);
    expect(lists[5][0]).toBe(1);
  });
});

describe('model specifics', () => {
  it('when a new customer has only a segment then segment popularity gives that segment’s best product', () => {
    // Segment 1 (customers 3, 4) bought 3 and 4 twice each, 2 once; 3 is globally more popular
    // (3 buyers vs 2) → 3, 4. Customer 7 is new: not a row of the matrix, only a segment.
    const model = new SegmentPopularityRecommender();
    model.fit(tiny, { segments: Int32Array.from([0, 0, 0, 1, 1, 0, 0, 1]) });
    const scores = new Float64Array(5);
    model.scoreUser(7, scores);
    expect(Array.from(topNUnseen(scores, [], 3))).toEqual([3, 4, 2]);
    // Segment 0: products 0 and 1 have 4 buyers each (tie, also globally) → lower id first; then 2 and 3 (1 each;
    // 3 has more buyers globally).
    model.scoreSegment(0, scores);
    expect(Array.from(topNUnseen(scores, [], 4))).toEqual([0, 1, 3, 2]);
  });

  it('when explaining user-kNN then the reasons are the neighbours who bought the product', () => {
    const model = new UserKnnRecommender({ k: 3 });
    model.fit(tiny);
    // Customer 5 ({0}): cos with 1 = 1/√2, with 0 and 2 = 1/√3; all three bought 1.
    const reasons = model.explain(5, 1);
    expect(reasons.map((r) => [r.kind, r.id])).toEqual([
      ['neighbour', 1],
      ['neighbour', 0],
      ['neighbour', 2],
    ]);
    expect(reasons[0].weight).toBeCloseTo(1 / Math.SQRT2, 12);
  });

  it('when explaining item-kNN then the reason is the customer’s similar product', () => {
    const model = new ItemKnnRecommender({ k: 3 });
    model.fit(tiny);
    // cos(0, 1) = |{0,1,2}| / √(4·4) = 3/4.
    const [reason] = model.explain(5, 1);
    expect(reason).toEqual({ kind: 'similar-item', id: 0, weight: 0.75 });
  });

  it('when RP3beta weights are computed then they follow the three-step walk formula', () => {
    const model = new Rp3BetaRecommender({ alpha: 1, beta: 0.5, k: 10 });
    model.fit(tiny);
    const w = model.itemWeights();
    // W[0][1] = (1/|U_0|) · Σ_{u ∈ {0,1,2}} 1/|I_u| / |U_1|^0.5 = (1/4)(1/3 + 1/2 + 1/3) / √4.
    const row0 = new Map(Array.from(w.neighbours.subarray(w.indptr[0], w.indptr[1]), (j, p) => [j, w.scores[w.indptr[0] + p]]));
    expect(row0.get(1)).toBeCloseTo((0.25 * (1 / 3 + 1 / 2 + 1 / 3)) / 2, 12);
    expect(row0.has(0)).toBe(false);
  });
});

describe('default recommender', () => {
  it('when built from the chosen config then it is DLAE (p = 0.25) over the 1,500 most bought products on a 120-day recency profile, and nothing else', () => {
    expect(DEFAULT_RECOMMENDER_CONFIG.weights).toEqual({ userKnn: 0, itemKnn: 0, ease: 1, rp3beta: 0, popularity: 0 });
    const model = createDefaultRecommender() as RecencyWeightedRecommender;
    expect(model.halfLifeDays).toBe(120);
    expect(model.inner.name).toMatch(/^blend\(1\*ease\(l=300,n=1500,p=0\.25,dlae\b[^+]*\)\)$/);
  });

  it('when fitted without purchase days then it refuses (it needs ctx.lastDay and ctx.referenceDay)', () => {
    expect(() => createDefaultRecommender().fit(tiny)).toThrow(/lastDay/);
  });

  it('when a restricted-EASE config is built then its EASE keeps only the most bought products', () => {
    const config = {
      ...DEFAULT_RECOMMENDER_CONFIG,
      ease: { lambda: 1, maxProducts: 2 },
      weights: { userKnn: 0, itemKnn: 0, ease: 1, rp3beta: 0, popularity: 0 },
    };
    const model = createDefaultRecommender(config) as RecencyWeightedRecommender;
    model.fit(tiny, tinyCtx);
    // Products 0, 1 (4 buyers each) are modelled; 2, 3, 4 score 0.
    const scores = new Float64Array(5);
    model.scoreUser(5, scores);
    expect(scores[1]).toBeGreaterThan(0);
    expect([scores[2], scores[3], scores[4]]).toEqual([0, 0, 0]);
  });
});
