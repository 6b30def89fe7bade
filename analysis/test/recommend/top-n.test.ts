import { describe, expect, it } from 'vitest';
import { topNUnseen } from '../../src/recommend/recommender.js';

describe('topNUnseen', () => {
  it('when scores tie then the lower product index comes first', () => {
    const scores = Float64Array.from([1, 3, 3, 0, 3, 2]);
    expect(Array.from(topNUnseen(scores, [], 4))).toEqual([1, 2, 4, 5]);
  });

  it('when products are seen then they are skipped even if they score highest', () => {
    const scores = Float64Array.from([1, 3, 3, 0, 3, 2]);
    expect(Array.from(topNUnseen(scores, [2, 1], 3))).toEqual([4, 5, 0]);
  });

  it('when fewer unseen products than n exist then all of them come back', () => {
    expect(Array.from(topNUnseen(Float64Array.from([5, 4, 6]), [0], 10))).toEqual([2, 1]);
  });

  it('when a score is NaN then that product is never returned', () => {
    expect(Array.from(topNUnseen(Float64Array.from([NaN, 1, -Infinity]), [], 3))).toEqual([1, 2]);
  });

  it('when compared with a full sort on random scores then the result is the same', () => {
    let s = 3;
    const next = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    const scores = Float64Array.from({ length: 500 }, () => Math.floor(next() * 50));
    const seen = Array.from({ length: 40 }, () => Math.floor(next() * 500));
    const seenSet = new Set(seen);
    const expected = [...scores.keys()].filter((p) => !seenSet.has(p)).sort((a, b) => scores[b] - scores[a] || a - b);
    expect(Array.from(topNUnseen(scores, seen, 25))).toEqual(expected.slice(0, 25));
  });
});
