import { describe, expect, it } from 'vitest';
import { buildDataset, type PurchaseLineRecord } from '../../src/dataset.js';
import { CUSTOMER_FEATURE_NAMES, clusteringMatrix, computeCustomerFeatures, unscaleRows } from '../../src/algorithms/customer-features.js';

/*
 * Three customers; the last day in the data is 2011-12-09, so the reference day is 2011-12-10.
 * Catalogue types: P1 mug, P2 bag, P3 none, P4 mug → 2 distinct types.
 *  A: A1 (12-01) P1 ×2 £10 + P2 ×1 £5; A2 (12-09) P1 ×3 £15; returned 2.
 *  B: B1 (11-10) P3 ×10 £20.
 *  C: C1 (12-05) P2 ×4 £20; C2 (12-05, same day) P3 ×1 £3; C3 (12-07) P2 ×1 £5.
 */
const lines: PurchaseLineRecord[] = [
  { customerId: 'A', orderId: 'A1', productId: 'P1', productType: 'mug', date: '2011-12-01', quantity: 2, lineTotal: 10 },
  { customerId: 'A', orderId: 'A1', productId: 'P2', productType: 'bag', date: '2011-12-01', quantity: 1, lineTotal: 5 },
  { customerId: 'A', orderId: 'A2', productId: 'P1', productType: 'mug', date: '2011-12-09', quantity: 3, lineTotal: 15 },
  { customerId: 'B', orderId: 'B1', productId: 'P3', productType: null, date: '2011-11-10', quantity: 10, lineTotal: 20 },
  { customerId: 'C', orderId: 'C1', productId: 'P2', productType: 'bag', date: '2011-12-05', quantity: 4, lineTotal: 20 },
  { customerId: 'C', orderId: 'C2', productId: 'P3', productType: null, date: '2011-12-05', quantity: 1, lineTotal: 3 },
  { customerId: 'C', orderId: 'C3', productId: 'P2', productType: 'bag', date: '2011-12-07', quantity: 1, lineTotal: 5 },
  { customerId: 'C', orderId: 'C9', productId: 'P4', productType: 'mug', date: '2011-12-08', quantity: 0, lineTotal: 0 },
];
// C9 exists only so that P4 (type mug) is in the catalogue; it adds an order to C. Without it:
const linesWithoutC9 = lines.filter((l) => l.orderId !== 'C9');

describe('computeCustomerFeatures', () => {
  // A returned 2 of the 5 P1 it bought (£10 refunded).
  const features = computeCustomerFeatures(
    buildDataset(linesWithoutC9, [{ customerId: 'A', productId: 'P1', date: '2011-12-09', quantity: -2, amount: 10 }]),
  );

  it('when customers have known orders then recency, frequency and monetary are the hand-computed values', () => {
    // A last bought 12-09 → 1 day before 12-10; B 11-10 → 30 days; C 12-07 → 3 days.
    expect(Array.from(features.recency)).toEqual([1, 30, 3]);
    // Two orders on the same day (C1, C2) are still two orders.
    expect(Array.from(features.frequency)).toEqual([2, 1, 3]);
    // Net of A's £10 refund; gross beside it.
    expect(Array.from(features.monetary)).toEqual([20, 20, 28]);
    expect(Array.from(features.grossMonetary)).toEqual([30, 20, 28]);
  });

  it('when customers have known orders then the derived averages and tenure are the hand-computed values', () => {
    expect(Array.from(features.avgOrderValue)).toEqual([10, 20, 28 / 3]);
    expect(Array.from(features.grossAvgOrderValue)).toEqual([15, 20, 28 / 3]);
    // Quantities: A 2+1+3 = 6 over 2 orders; B 10 over 1; C 4+1+1 = 6 over 3.
    expect(Array.from(features.avgItemsPerOrder)).toEqual([3, 10, 2]);
    // First order: A 12-01 → 9 days before 12-10; B 11-10 → 30; C 12-05 → 5.
    expect(Array.from(features.tenure)).toEqual([9, 30, 5]);
    expect(Array.from(features.distinctProducts)).toEqual([2, 1, 2]);
  });

  it('when a customer returned items then returnRate is the refunded share of gross spend, else 0', () => {
    // A: £10 of £30.
    expect(Array.from(features.returnRate)).toEqual([10 / 30, 0, 0]);
  });

  it('when a customer returned everything they bought then net spend is 0 and the return rate is 100 %', () => {
    // Like customer 12346: one order of 74,215 units at £1.04, all of it returned the same day.
    const all = computeCustomerFeatures(
      buildDataset(
        [
          { customerId: 'X', orderId: 'X1', productId: 'P', date: '2011-01-18', quantity: 74215, lineTotal: 77183.6 },
          { customerId: 'Y', orderId: 'Y1', productId: 'P', date: '2011-01-18', quantity: 1, lineTotal: 1.04 },
        ],
        [{ customerId: 'X', productId: 'P', date: '2011-01-18', quantity: -74215, amount: 77183.6 }],
      ),
    );
    expect(all.monetary[0]).toBe(0);
    expect(all.avgOrderValue[0]).toBe(0);
    expect(all.returnRate[0]).toBe(1);
    expect(all.grossMonetary[0]).toBe(77183.6);
  });

  it('when returns exceed the units bought or name a product not bought then only the matched units are netted, at most what was paid', () => {
    // B bought 10 × P3 for £20 and returns 15 of them for £30: 10 match, refund min(£30 × 10/15, £20) = £20.
    // C returns P1, which C never bought in the data (bought before it began): not netted.
    const capped = computeCustomerFeatures(
      buildDataset(linesWithoutC9, [
        { customerId: 'B', productId: 'P3', date: '2011-11-20', quantity: 15, amount: 30 },
        { customerId: 'C', productId: 'P1', date: '2011-12-08', quantity: 3, amount: 15 },
      ]),
    );
    expect(Array.from(capped.monetary)).toEqual([30, 0, 28]);
    expect(Array.from(capped.returnRate)).toEqual([0, 1, 0]);
  });

  it('when products have types then typeDiversity is the share of catalogue types bought', () => {
    // Catalogue (without C9): mug, bag. A bought mug+bag → 1; B only an untyped product → 0; C bag → 0.5.
    expect(Array.from(features.typeDiversity)).toEqual([1, 0, 0.5]);
    // With P4 (mug) bought by C as well: C has bag+mug → 1, and one more order.
    const withC9 = computeCustomerFeatures(buildDataset(lines));
    expect(Array.from(withC9.typeDiversity)).toEqual([1, 0, 1]);
    expect(withC9.frequency[2]).toBe(4);
  });

  it('when the catalogue has no product types then typeDiversity is marked not applicable and left out of the extended clustering', () => {
    const untyped = computeCustomerFeatures(buildDataset(linesWithoutC9.map((l) => ({ ...l, productType: null }))));
    expect(untyped.hasProductTypes).toBe(false);
    expect(features.hasProductTypes).toBe(true);
    expect(clusteringMatrix(untyped, 'extended').names).not.toContain('typeDiversity');
    expect(clusteringMatrix(features, 'extended').names).toContain('typeDiversity');
  });

  it('when features are computed then every named feature has one value per customer', () => {
    for (const name of CUSTOMER_FEATURE_NAMES) expect(features[name]).toHaveLength(3);
    expect(features.customerCount).toBe(3);
  });
});

describe('clusteringMatrix', () => {
  const features = computeCustomerFeatures(
    buildDataset(linesWithoutC9, [{ customerId: 'A', productId: 'P1', date: '2011-12-09', quantity: 2, amount: 10 }]),
  );

  it('when the rfm set is chosen then the columns are log1p(recency, frequency, monetary)', () => {
    const m = clusteringMatrix(features, 'rfm');
    expect(m.names).toEqual(['recency', 'frequency', 'monetary']);
    expect(m.logged).toEqual([true, true, true]);
    expect(m.d).toBe(3);
    // Mean of the logged recency column: (ln 2 + ln 31 + ln 4) / 3.
    expect(m.mean[0]).toBeCloseTo((Math.log(2) + Math.log(31) + Math.log(4)) / 3, 12);
  });

  it('when columns are standardised then each has mean 0 and population std 1', () => {
    const m = clusteringMatrix(features, 'extended');
    for (let j = 0; j < m.d; j++) {
      const column = [0, 1, 2].map((i) => m.data[i * m.d + j]);
      const mean = column.reduce((a, b) => a + b, 0) / 3;
      const variance = column.reduce((a, b) => a + (b - mean) ** 2, 0) / 3;
      expect(mean).toBeCloseTo(0, 12);
      expect(variance).toBeCloseTo(1, 12);
    }
  });

  it('when two customers differ then their z-scores are exactly -1 and +1', () => {
    // Population std of two values is half their distance, so z = ∓1 whatever the values.
    const two = computeCustomerFeatures(buildDataset(linesWithoutC9.filter((l) => l.customerId !== 'C')));
    const m = clusteringMatrix(two, 'rfm');
    // A (recency 1) is more recent than B (recency 30).
    expect(m.data[0]).toBeCloseTo(-1, 12);
    expect(m.data[3]).toBeCloseTo(1, 12);
  });

  it('when a column is constant then its std is stored as 1 and its z-scores are 0', () => {
    // Two customers with identical purchases: every rfm column is constant.
    const same = computeCustomerFeatures(
      buildDataset([
        { customerId: 'X', orderId: 'X1', productId: 'P', date: '2011-01-01', quantity: 1, lineTotal: 2 },
        { customerId: 'Y', orderId: 'Y1', productId: 'P', date: '2011-01-01', quantity: 1, lineTotal: 2 },
      ]),
    );
    const constant = clusteringMatrix(same, 'rfm');
    expect(Array.from(constant.std)).toEqual([1, 1, 1]);
    expect(Array.from(constant.data)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('when extended features are used then only the skewed non-negative ones are logged', () => {
    const m = clusteringMatrix(features, 'extended');
    expect(m.names).toEqual([...CUSTOMER_FEATURE_NAMES]);
    const logged = m.names.filter((_, j) => m.logged[j]);
    expect(logged).toEqual(['recency', 'frequency', 'monetary', 'avgOrderValue', 'avgItemsPerOrder', 'distinctProducts']);
  });

  it('when z-scores are unscaled then the raw feature values come back', () => {
    for (const set of ['rfm', 'extended'] as const) {
      const m = clusteringMatrix(features, set);
      const raw = unscaleRows(m, m.data, m.n);
      for (let i = 0; i < m.n; i++) {
        m.names.forEach((name, j) => expect(raw[i * m.d + j]).toBeCloseTo(features[name][i], 9));
      }
    }
  });
});
