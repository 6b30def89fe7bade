import { describe, expect, it } from 'vitest';
import { buildDataset, datasetFromRows, type LineRow, type OrderRow } from '../../src/dataset.js';
import { mulberry32 } from '../support/random.js';

describe('datasetFromRows', () => {
  it('when a purchase line names an order without an order row then the error names the line and the order', () => {
    const orders: OrderRow[] = [{ customer: 'c1', orderId: 'o1', date: '2011-01-02' }];
    const lines: LineRow[] = [
      { orderId: 'o1', product: 'p1', quantity: 1, lineTotal: 2 },
      { orderId: 'o9', product: 'p1', quantity: 1, lineTotal: 2 },
    ];
    expect(() => datasetFromRows({ lines, orders, productTypes: [], returns: [] })).toThrow(
      'purchase line 2 names order o9, which has no order row (customer, date)',
    );
  });

  it('when the store returns the same rows in another order then the dataset is the same, lines sorted within each order', () => {
    const rnd = mulberry32(9);
    const records = Array.from({ length: 400 }, (_, i) => ({
      customerId: `c${Math.floor(rnd() * 30)}`,
      orderId: `o${Math.floor(i / 8)}`,
      productId: `p${Math.floor(rnd() * 50)}`,
      date: `2011-0${1 + Math.floor(i / 80)}-1${Math.floor(rnd() * 9)}`,
      quantity: 1 + Math.floor(rnd() * 3),
      lineTotal: Math.round(rnd() * 1000) / 100,
    }));
    // Each order belongs to one customer and one date: the first line's.
    for (const r of records)
      Object.assign(
        r,
        records.find((x) => x.orderId === r.orderId)!,
        { productId: r.productId },
      );
    const shuffled = [...records].sort(() => rnd() - 0.5);
    const a = buildDataset(records);
    expect(buildDataset(shuffled)).toEqual(a);
    // Grouped by product, as the embedded store returns them.
    expect(buildDataset([...shuffled].sort((x, y) => (x.productId < y.productId ? -1 : x.productId > y.productId ? 1 : 0)))).toEqual(a);
    for (let l = 1; l < a.lineOrder.length; l++) {
      if (a.lineOrder[l] !== a.lineOrder[l - 1]) continue;
      const key = (i: number) => [a.lineProduct[i], a.lineQuantity[i], a.lineTotal[i]];
      const [p0, q0, t0] = key(l - 1);
      const [p1, q1, t1] = key(l);
      expect(p0 < p1 || (p0 === p1 && (q0 < q1 || (q0 === q1 && t0 <= t1)))).toBe(true);
    }
    for (let o = 1; o < a.orders.length; o++) expect(a.orderDay[o]).toBeGreaterThanOrEqual(a.orderDay[o - 1]);
  });
});
