import { describe, expect, it } from 'vitest';
import { rowIndices } from '../../src/algorithms/csr.js';
import { buildDataset, dayNumber, type PurchaseLineRecord } from '../../src/dataset.js';
import { evaluate } from '../../src/recommend/evaluate.js';
import { PopularityRecommender } from '../../src/recommend/popularity.js';
import { recencyWeighted } from '../../src/recommend/recency.js';
import { purchaseMatrix, timeSplit } from '../../src/recommend/time-split.js';

const line = (customerId: string, orderId: string, productId: string, date: string): PurchaseLineRecord => ({
  customerId,
  orderId,
  productId,
  date,
  quantity: 1,
  lineTotal: 1,
});

// Products sort as p1 < p2 < p3 < p4 (indices 0..3); customers A < B < C (0..2).
const ds = buildDataset([
  line('A', 'o1', 'p1', '2011-01-01'),
  line('A', 'o1', 'p3', '2011-01-01'),
  line('A', 'o2', 'p1', '2011-01-05'),
  line('A', 'o3', 'p1', '2011-01-10'), // cutoff day: test
  line('A', 'o3', 'p2', '2011-01-10'),
  line('B', 'o4', 'p2', '2011-01-02'),
  line('B', 'o5', 'p4', '2011-01-31'), // after testEnd in the bounded split
  line('C', 'o6', 'p2', '2011-01-12'), // C has no train order
]);
const cutoff = dayNumber('2011-01-10');

describe('timeSplit', () => {
  it('when an order falls on the cutoff day then it is in test, not train', () => {
    const split = timeSplit(ds, cutoff);
    // A's train products: p1 (orders o1, o2) and p3 (o1); p2 bought on the cutoff day is test.
    expect(Array.from(rowIndices(split.train, 0))).toEqual([0, 2]);
    expect(Array.from(split.train.values.subarray(split.train.indptr[0], split.train.indptr[1]))).toEqual([2, 1]);
    expect(Array.from(split.trainLastDay.subarray(split.train.indptr[0], split.train.indptr[1]))).toEqual([
      dayNumber('2011-01-05'),
      dayNumber('2011-01-01'),
    ]);
  });

  it('when customers buy in both periods then only they are evaluated, relevant = test minus train', () => {
    const split = timeSplit(ds, cutoff);
    // A: test {p1, p2} minus train {p1, p3} = {p2}. B: test {p4}. C: no train → not evaluated.
    expect(Array.from(split.users)).toEqual([0, 1]);
    expect(split.relevant.map((r) => Array.from(r))).toEqual([[1], [3]]);
  });

  it('when testEndDay is given then later orders are left out of test', () => {
    const split = timeSplit(ds, cutoff, { testEndDay: dayNumber('2011-01-31') });
    expect(Array.from(split.users)).toEqual([0]);
    expect(split.testEndDay).toBe(dayNumber('2011-01-31'));
  });

  it('when building the purchase matrix of a day range then bounds are [from, to)', () => {
    const { matrix } = purchaseMatrix(ds, dayNumber('2011-01-05'), dayNumber('2011-01-12'));
    // o2 (A, p1) and o3 (A, p1 + p2) are inside; o6 on the 12th is not.
    expect(Array.from(rowIndices(matrix, 0))).toEqual([0, 1]);
    expect(matrix.values[0]).toBe(2);
    expect(rowIndices(matrix, 2).length).toBe(0);
  });
});

describe('recencyWeighted', () => {
  it('when a purchase is one half-life old then its weight is 1/2', () => {
    const split = timeSplit(ds, cutoff);
    // A: p1 last bought 5 days before the cutoff, p3 9 days before; half-life 5 days → 2^-1, 2^-1.8.
    const w = recencyWeighted(split.train, split.trainLastDay, cutoff, 5);
    expect(w.values[0]).toBeCloseTo(0.5, 12);
    expect(w.values[1]).toBeCloseTo(2 ** -1.8, 12);
    expect(recencyWeighted(split.train, split.trainLastDay, cutoff, Infinity).values.every((v) => v === 1)).toBe(true);
  });
});

describe('evaluate', () => {
  it('when popularity is evaluated then metrics are the means over evaluated customers', () => {
    const split = timeSplit(ds, cutoff);
    // Train buyers: p1: A; p2: B; p3: A; p4: none → scores [1, 1, 1, 0].
    // A (seen p1, p3) gets [p2, p4]; relevant {p2} → hit at rank 1: precision 1/2, recall 1, NDCG 1, AP 1.
    // B (seen p2) gets [p1, p3]; relevant {p4} → no hit.
    const ev = evaluate(split, [new PopularityRecommender()], { k: 2 });
    expect(ev.cutoff).toBe('2011-01-10');
    expect(ev.users).toBe(2);
    const m = ev.models[0];
    expect(m.precision).toBeCloseTo(0.25, 12);
    expect(m.recall).toBeCloseTo(0.5, 12);
    expect(m.ndcg).toBeCloseTo(0.5, 12);
    // Per customer NDCG 1 and 0 → standard error √(0.5 / 2) = 0.5.
    expect(Array.from(m.perUserNdcg)).toEqual([1, 0]);
    expect(m.ndcgStdError).toBeCloseTo(0.5, 12);
    expect(m.hitRate).toBeCloseTo(0.5, 12);
    expect(m.map).toBeCloseTo(0.5, 12);
    expect(m.coverage).toBe(1); // the lists [p2, p4] and [p1, p3] cover all 4 products
  });
});
