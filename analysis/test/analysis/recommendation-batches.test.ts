import { describe, expect, it } from 'vitest';
import { buildDataset, type PurchaseLineRecord } from '../../src/dataset.js';
import { computeRecommendations, recommendationBatches } from '../../src/job/compute-recommendations.js';
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
  it('when they are made five customers at a time then the batches hold the same records, in the same order, as one pass', () => {
    const ds = buildDataset(shop());
    const segments = new Int32Array(ds.customers.length).fill(-1);
    const options = { model: 'popularity', n: 3 };
    const batches = [...recommendationBatches(ds, segments, options, 5)];
    expect(batches).toHaveLength(Math.ceil(ds.customers.length / 5));
    // Customer ids sort as c0, c1, c10, c11, c2 …: each batch holds the next five in that order.
    batches.forEach((b, i) => b.forEach((r) => expect(Math.floor(ds.customers.indexOf(r.customer) / 5)).toBe(i)));
    expect(batches.flat()).toEqual(computeRecommendations(ds, segments, options));
    expect(batches.flat().length).toBeGreaterThan(0);
  });
});
