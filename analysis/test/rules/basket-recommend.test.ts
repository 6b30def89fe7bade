import { describe, expect, it } from 'vitest';
import type { AssociationRule } from '../../src/rules/association-rules.js';
import { recommendForBasket, type ItemSimilarityLists } from '../../src/rules/basket-recommend.js';

function rule(x: number[], y: number[], confidence: number): AssociationRule {
  return {
    antecedent: Int32Array.from(x),
    consequent: Int32Array.from(y),
    count: 1,
    support: 0.1,
    confidence,
    lift: 2,
    leverage: 0.05,
    conviction: confidence === 1 ? null : 1 / (1 - confidence),
  };
}

const rules = [
  rule([0], [3], 0.6), // fires for basket {0, 1}
  rule([0, 1], [4], 0.9), // fires
  rule([2], [5], 1), // does not fire: 2 not in basket
  rule([0], [1], 0.8), // fires, but 1 is already in the basket
  rule([1], [3], 0.7), // fires; 3 keeps the max confidence 0.7
];

// Products 0..5; neighbour lists: 0 → [3 (0.5), 5 (0.4)], 1 → [5 (0.2), 0 (0.9)], others none.
const similar: ItemSimilarityLists = {
  indptr: Int32Array.from([0, 2, 4, 4, 4, 4, 4]),
  neighbours: Int32Array.from([3, 5, 5, 0]),
  scores: Float64Array.from([0.5, 0.4, 0.2, 0.9]),
};

describe('recommendForBasket', () => {
  it('when rules and similar items fire then scores add the max confidence and the mean similarity', () => {
    const recs = recommendForBasket([0, 1], rules, similar);
    // 3: rules 0.6 and 0.7 → 0.7; similarity (0.5 from 0) / 2 basket items = 0.25 → 0.95.
    // 4: rule 0.9; no similarity → 0.9.
    // 5: no rule; similarity (0.4 + 0.2) / 2 = 0.3 → 0.3.
    expect(recs.map((r) => [r.product, +r.score.toFixed(10)])).toEqual([
      [3, 0.95],
      [4, 0.9],
      [5, 0.3],
    ]);
    expect(recs[0].rules).toEqual([4, 0]); // confidence 0.7 first, then 0.6
    expect(recs[0].similarItems).toEqual([{ product: 0, similarity: 0.5 }]);
    expect(recs[2].similarItems).toEqual([
      { product: 0, similarity: 0.4 },
      { product: 1, similarity: 0.2 },
    ]);
  });

  it('when a product is in the basket then it is never recommended', () => {
    const recs = recommendForBasket([0, 1], rules, similar, { n: 10 });
    expect(recs.some((r) => r.product === 0 || r.product === 1)).toBe(false);
  });

  it('when no similarity lists are given then only fired rules count', () => {
    const recs = recommendForBasket([2], rules, null);
    expect(recs.map((r) => r.product)).toEqual([5]);
    expect(recs[0].score).toBe(1);
  });

  it('when scores tie then the lower product id comes first and n limits the list', () => {
    const tie = [rule([0], [7], 0.5), rule([0], [6], 0.5), rule([0], [8], 0.4)];
    expect(recommendForBasket([0], tie, null, { n: 2 }).map((r) => r.product)).toEqual([6, 7]);
  });

  it('when the basket is empty then nothing is recommended', () => {
    expect(recommendForBasket([], rules, similar)).toEqual([]);
  });
});
