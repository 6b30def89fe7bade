import { describe, expect, it } from 'vitest';
import {
  averagePrecisionAtK,
  catalogCoverage,
  hitRateAtK,
  ndcgAtK,
  precisionAtK,
  pairedStandardError,
  recallAtK,
  standardError,
} from '../../src/recommend/metrics.js';

// One list: ranks 1..4 hold products 5, 1, 7, 3; relevant = {1, 3, 9}.
const ranked = [5, 1, 7, 3];
const relevant = new Set([1, 3, 9]);

describe('ranking metrics', () => {
  it('when k = 3 then one hit at rank 2 gives the hand-computed values', () => {
    // precision = 1/3, recall = 1/3, hit rate = 1.
    expect(precisionAtK(ranked, relevant, 3)).toBeCloseTo(1 / 3, 12);
    expect(recallAtK(ranked, relevant, 3)).toBeCloseTo(1 / 3, 12);
    expect(hitRateAtK(ranked, relevant, 3)).toBe(1);
    // DCG = 1/log2(3) = 0.630930; IDCG over min(3, 3) = 3 ranks = 1 + 0.630930 + 0.5 = 2.130930;
    // NDCG = 0.630930 / 2.130930 = 0.296082.
    expect(ndcgAtK(ranked, relevant, 3)).toBeCloseTo(0.296082, 5);
    // AP = precision@2 / min(3, 3) = (1/2) / 3 = 1/6.
    expect(averagePrecisionAtK(ranked, relevant, 3)).toBeCloseTo(1 / 6, 12);
  });

  it('when k = 4 then the second hit at rank 4 counts too', () => {
    // precision = 2/4, recall = 2/3.
    expect(precisionAtK(ranked, relevant, 4)).toBeCloseTo(0.5, 12);
    expect(recallAtK(ranked, relevant, 4)).toBeCloseTo(2 / 3, 12);
    // DCG = 1/log2(3) + 1/log2(5) = 0.630930 + 0.430677 = 1.061606; IDCG (3 relevant) = 2.130930 → 0.498188.
    expect(ndcgAtK(ranked, relevant, 4)).toBeCloseTo(0.498188, 5);
    // AP = (1/2 + 2/4) / min(3, 4) = 1/3.
    expect(averagePrecisionAtK(ranked, relevant, 4)).toBeCloseTo(1 / 3, 12);
  });

  it('when fewer products are relevant than k then ideal DCG and AP use |relevant|', () => {
    // relevant = {5}, hit at rank 1: DCG = IDCG = 1 → NDCG 1; AP = 1/1 = 1; precision = 1/10.
    expect(ndcgAtK(ranked, new Set([5]), 10)).toBe(1);
    expect(averagePrecisionAtK(ranked, new Set([5]), 10)).toBe(1);
    expect(precisionAtK(ranked, new Set([5]), 10)).toBeCloseTo(0.1, 12);
  });

  it('when there are no hits or nothing is relevant then every metric is 0', () => {
    const none = new Set<number>();
    for (const rel of [none, new Set([42])]) {
      expect(precisionAtK(ranked, rel, 4)).toBe(0);
      expect(recallAtK(ranked, rel, 4)).toBe(0);
      expect(ndcgAtK(ranked, rel, 4)).toBe(0);
      expect(hitRateAtK(ranked, rel, 4)).toBe(0);
      expect(averagePrecisionAtK(ranked, rel, 4)).toBe(0);
    }
  });

  it('when lists overlap then coverage counts distinct products over the catalog', () => {
    // {1, 2, 3} of 10 products = 0.3; only the first entry of each list: {1, 2} = 0.2.
    expect(
      catalogCoverage(
        [
          [1, 2],
          [2, 3],
        ],
        10,
      ),
    ).toBeCloseTo(0.3, 12);
    expect(
      catalogCoverage(
        [
          [1, 2],
          [2, 3],
        ],
        10,
        1,
      ),
    ).toBeCloseTo(0.2, 12);
  });
});

describe('uncertainty of a mean metric', () => {
  it('when four customers score 0, 0, 1, 1 then the standard error is √(1/3 / 4)', () => {
    expect(standardError([0, 0, 1, 1])).toBeCloseTo(Math.sqrt(1 / 3 / 4), 12);
    expect(standardError([0.7])).toBe(0);
  });

  it('when two models differ by the same amount for every customer then the paired standard error is 0', () => {
    const a = [0.2, 0.5, 0.9, 0.1];
    expect(
      pairedStandardError(
        a,
        a.map((x) => x - 0.1),
      ),
    ).toBeCloseTo(0, 12);
    // Opposite results per customer: differences 1 and −1 → sample variance 2, n = 2 → 1.
    expect(pairedStandardError([1, 0], [0, 1])).toBeCloseTo(1, 12);
    expect(() => pairedStandardError([1], [1, 2])).toThrow(/1 vs 2/);
  });
});
