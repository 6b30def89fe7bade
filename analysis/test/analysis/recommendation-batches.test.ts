import { describe, expect, it } from 'vitest';
import { buildDataset, type PurchaseLineRecord } from '../../src/dataset.js';
import { computeRecommendations, FittedModel, recommendationBatches } from '../../src/job/compute-recommendations.js';
import { joinRecommendationColumns, recommendationCount, recommendationRecords } from '../../src/job/recommendation-columns.js';
import { mulberry32 } from '../support/random.js';

/** Twelve customers buying from eight products over a few days (seeded). */
function shop(): PurchaseLineRecord[] {
  const rnd = mulberry32(11);
  const lines: PurchaseLineRecord[] = [];
  for (let c = 0; c < 12; c++) {
    for (let o = 0; o < 3; o++) {
      for (let p = 0; p < 8; p++) {
        if (rnd() < 0.35) {
          lines.push({
            customerId: `c${c}`,
            orderId: `o${c}-${o}`,
            productId: `p${p}`,
            date: `2011-01-0${o + 1}`,
            quantity: 1,
            lineTotal: 2,
          });
        }
      }
    }
  }
  return lines;
}

describe('recommendations made in batches of customers', () => {
  it('when they are made five customers at a time then the batches join into the same recommendations as one pass', () => {
    const ds = buildDataset(shop());
    const segments = new Int32Array(ds.customers.length).fill(-1);
    const options = { model: 'popularity', n: 3 };
    const batches = [...recommendationBatches(ds, segments, options, 5)];
    expect(batches).toHaveLength(Math.ceil(ds.customers.length / 5));
    // Each batch holds the next five customers (dataset numbers).
    batches.forEach((b, i) => {
      expect(b.from).toBe(5 * i);
      expect(b.indptr.length - 1).toBe(Math.min(5, ds.customers.length - 5 * i));
    });
    const whole = computeRecommendations(ds, segments, options);
    expect(joinRecommendationColumns(batches)).toEqual(whole);
    expect(recommendationCount(whole)).toBeGreaterThan(0);
  });

  it('when the columns are written as rows then each row is what the fitted model recommends, reasons as JSON', () => {
    const ds = buildDataset(shop());
    const segments = new Int32Array(ds.customers.length).fill(-1);
    for (const model of ['default', 'user-knn', 'popularity'] as const) {
      const columns = computeRecommendations(ds, segments, { model, n: 4 });
      const fitted = new FittedModel(ds, model, segments);
      const expected = ds.customers.flatMap((customer, u) =>
        fitted
          .recommend(u, 4)
          .map((r, i) => ({ customer, product: r.product, score: r.score, rank: i + 1, reasons: JSON.stringify(r.reasons) })),
      );
      expect([...recommendationRecords(ds, columns)]).toEqual(expected);
      expect(expected.some((r) => JSON.parse(r.reasons).length > 0)).toBe(true);
    }
  });

  it('when the rows are asked for in another customer order then each customer keeps its own rows, in that order', () => {
    const ds = buildDataset(shop());
    const columns = computeRecommendations(ds, new Int32Array(ds.customers.length).fill(-1), { model: 'popularity', n: 2 });
    const order = Int32Array.from(ds.customers, (_, i) => ds.customers.length - 1 - i);
    const byNumber = [...recommendationRecords(ds, columns)];
    expect(byNumber.length).toBeGreaterThan(ds.customers.length);
    const expected = [...ds.customers].reverse().flatMap((c) => byNumber.filter((r) => r.customer === c));
    expect([...recommendationRecords(ds, columns, order)]).toEqual(expected);
  });
});
