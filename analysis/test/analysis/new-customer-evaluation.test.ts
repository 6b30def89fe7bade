import { describe, expect, it } from 'vitest';
import { buildDataset, dayNumber, type PurchaseLineRecord } from '../../src/dataset.js';
import { evaluateNewCustomers, placeByFirstOrder } from '../../src/evaluation/new-customer-evaluation.js';
import { trainSegmentation } from '../../src/evaluation/train-segments.js';

/** Train: 40 customers in two groups (big baskets of products A*, small of B*); after the cutoff, new customers. */
function shop(): PurchaseLineRecord[] {
  const lines: PurchaseLineRecord[] = [];
  const line = (customerId: string, orderId: string, date: string, productId: string, lineTotal: number) =>
    lines.push({ customerId, orderId, productId, date, quantity: 1, lineTotal });
  for (let c = 0; c < 40; c++) {
    const big = c < 20;
    const orders = big ? 6 : 1;
    for (let o = 0; o < orders; o++) {
      const id = `c${c}-o${o}`;
      const date = `2011-0${1 + (o % 6)}-${String(10 + (c % 15)).padStart(2, '0')}`;
      for (let p = 0; p < 3; p++) line(`c${c}`, id, date, big ? `A${(c + o + p) % 6}` : `B${(c + p) % 4}`, big ? 400 : 5);
    }
  }
  // New customers: n0 buys B0 then B1 (its next purchase); n1 buys once only; n2 buys B2 then only B2 again.
  line('n0', 'n0-1', '2011-09-12', 'B0', 5);
  line('n0', 'n0-2', '2011-10-01', 'B1', 5);
  line('n1', 'n1-1', '2011-09-20', 'B0', 5);
  line('n2', 'n2-1', '2011-09-21', 'B2', 5);
  line('n2', 'n2-2', '2011-10-21', 'B2', 5);
  return lines;
}

describe('new-customer evaluation', () => {
  const ds = buildDataset(shop());

  it('when a new customer’s first order is small then they are placed with the small one-order customers', () => {
    const seg = trainSegmentation(ds, dayNumber('2011-09-09'), { k: 2, seed: 42 });
    const smallSegment = seg.segments[ds.customers.indexOf('c30')];
    expect(seg.segments[ds.customers.indexOf('c3')]).not.toBe(smallSegment);
    expect(placeByFirstOrder(seg, 5)).toBe(smallSegment);
    expect(placeByFirstOrder(seg, 2400)).not.toBe(smallSegment);
  });

  it('when customers start after the cutoff then only those who later buy something new are scored, each method once', () => {
    const result = evaluateNewCustomers(ds, { cutoff: '2011-09-09', segments: 2 });
    expect(result.newCustomers).toBe(3);
    expect(result.evaluated).toBe(1); // n0: B1 is new; n1 never comes back; n2 only re-buys its first product
    expect(result.methods.map((m) => m.method)).toEqual(['segment-popularity', 'segment-user-knn', 'popularity']);
    const segPop = result.methods[0];
    // In the small segment each B product has 15 buyers; B0 is excluded (first order), B1 wins the tie: rank 1 → NDCG 1.
    expect(segPop.ndcg).toBe(1);
    expect(segPop.ndcgVsSegmentPopularity).toBeNull();
    expect(result.methods[2].ndcg).toBeLessThan(1); // globally, the A products (more buyers) come first
    expect(result.methods[1].ndcgVsSegmentPopularity).toBeCloseTo(result.methods[1].ndcg - 1, 12);
  });
});
