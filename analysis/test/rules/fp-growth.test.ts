import { describe, expect, it } from 'vitest';
import { frequentItemsets, minCountFor } from '../../src/rules/fp-growth.js';
import { mulberry32 } from '../support/random.js';
import { HAN_KAMBER_TRANSACTIONS } from '../support/textbook-baskets.js';

function randomTransactions(seed: number, count: number, items: number, maxSize: number): Int32Array[] {
  const random = mulberry32(seed);
  return Array.from({ length: count }, () => {
    const size = 1 + Math.floor(random() * maxSize);
    const set = new Set<number>();
    for (let i = 0; i < size; i++) set.add(Math.floor(items * random() ** 2));
    return Int32Array.from(set).sort();
  });
}

/** Counts every itemset up to maxLen by enumerating each transaction's subsets. */
function bruteForce(transactions: Int32Array[], minCount: number, maxLen: number): Map<string, number> {
  const counts = new Map<string, number>();
  const visit = (t: Int32Array, start: number, chosen: number[]) => {
    for (let i = start; i < t.length; i++) {
      chosen.push(t[i]);
      const key = chosen.join(',');
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (chosen.length < maxLen) visit(t, i + 1, chosen);
      chosen.pop();
    }
  };
  for (const t of transactions) visit(t, 0, []);
  return new Map([...counts].filter(([, c]) => c >= minCount));
}

describe('frequentItemsets', () => {
  const cases = [
    { seed: 1, count: 200, items: 12, maxSize: 6, minSupport: 0.05, maxLen: 4 },
    { seed: 2, count: 300, items: 20, maxSize: 8, minSupport: 0.02, maxLen: 3 },
    { seed: 3, count: 150, items: 8, maxSize: 8, minSupport: 0.1, maxLen: 8 },
    { seed: 4, count: 500, items: 30, maxSize: 5, minSupport: 0.01, maxLen: 2 },
    { seed: 5, count: 100, items: 10, maxSize: 10, minSupport: 0.3, maxLen: 10 },
  ];
  for (const c of cases) {
    it(`when mining seeded random transactions (seed ${c.seed}, support ${c.minSupport}, maxLen ${c.maxLen}) then the itemsets and counts equal brute-force counting`, () => {
      const transactions = randomTransactions(c.seed, c.count, c.items, c.maxSize);
      const result = frequentItemsets(transactions, { minSupport: c.minSupport, maxLen: c.maxLen });
      const expected = bruteForce(transactions, minCountFor(c.minSupport, c.count), c.maxLen);
      const actual = new Map(result.itemsets.map((s) => [Array.from(s.items).join(','), s.count]));
      expect(expected.size).toBeGreaterThan(c.items / 2); // the case is not trivial
      expect(actual).toEqual(expected);
    });
  }

  it('when support is a fraction then the count threshold is the ceiling of support × transactions', () => {
    // 0.05 · 200 = 10 exactly (10.000000000000002 in floats) → 10; 0.051 · 200 = 10.2 → 11.
    expect(minCountFor(0.05, 200)).toBe(10);
    expect(minCountFor(0.051, 200)).toBe(11);
    expect(minCountFor(0.0001, 10)).toBe(1);
  });

  it('when mining a textbook example then every count is the number of transactions containing the set', () => {
    // Min count 2 (support 2/9).
    const result = frequentItemsets(HAN_KAMBER_TRANSACTIONS, { minSupport: 2 / 9 });
    const got = Object.fromEntries(result.itemsets.map((s) => [Array.from(s.items).join(','), s.count]));
    expect(got).toEqual({
      '1': 6,
      '2': 7,
      '3': 6,
      '4': 2,
      '5': 2,
      '1,2': 4,
      '1,3': 4,
      '1,5': 2,
      '2,3': 4,
      '2,4': 2,
      '2,5': 2,
      '1,2,3': 2,
      '1,2,5': 2,
    });
    expect(result.minCount).toBe(2);
  });

  it('when maxLen is 1 then only single items come back, ordered by id', () => {
    const t = [[3, 1], [1], [3]].map((x) => Int32Array.from(x).sort());
    const result = frequentItemsets(t, { minSupport: 0.5, maxLen: 1 });
    expect(result.itemsets.map((s) => [Array.from(s.items), s.count])).toEqual([
      [[1], 2],
      [[3], 2],
    ]);
  });

  it('when minSupport is outside (0, 1] then it throws', () => {
    expect(() => frequentItemsets([], { minSupport: 0 })).toThrow(/minSupport/);
    expect(() => frequentItemsets([], { minSupport: 1.5 })).toThrow(/minSupport/);
  });
});
