import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/dataset.js';
import { computeCustomerFeatures } from '../../src/algorithms/customer-features.js';
import {
  applySegmentOrder,
  classifySegment,
  describeSegment,
  explainSegment,
  medianReference,
  nameSegments,
  orderSegmentsByMonetary,
  segmentMedians,
  segmentProfiles,
  type SegmentProfile,
} from '../../src/algorithms/segment-naming.js';

const reference = { recency: 50, frequency: 4, monetary: 1000 };
const profile = (recency: number, frequency: number, monetary: number, size = 10): SegmentProfile => ({
  size,
  recency,
  frequency,
  monetary,
});

describe('classifySegment', () => {
  // One case per row of the rule table. Reference: 50 days, 4 orders, £1,000, so
  // recent < 37.5 days, long gone ≥ 75 days.
  it.each([
    [10, 9, 3000, 'Champions'],
    [10, 6, 500, 'Loyal'],
    [10, 2, 2000, 'Big spenders'],
    [10, 1.2, 300, 'New customers'],
    [20, 2.5, 400, 'Promising'],
    [70, 5, 1500, 'Needs attention'],
    [70, 5, 500, 'About to sleep'],
    [70, 2, 1500, 'About to sleep'],
    [70, 2, 300, 'Hibernating'],
    [150, 6, 2000, "Can't lose them"],
    [150, 1, 1500, 'At risk'],
    [200, 1, 100, 'Lost'],
  ])('when a segment has recency %s days, %s orders and £%s then it is named %s', (recency, frequency, monetary, name) => {
    expect(classifySegment(profile(recency, frequency, monetary), reference)).toBe(name);
  });

  it('when values sit exactly on the thresholds then the boundary goes to the less recent, more frequent, more valuable side', () => {
    expect(classifySegment(profile(37.4, 4, 1000), reference)).toBe('Champions');
    expect(classifySegment(profile(37.5, 4, 1000), reference)).toBe('Needs attention');
    expect(classifySegment(profile(74.9, 3.9, 999), reference)).toBe('Hibernating');
    expect(classifySegment(profile(75, 4, 1000), reference)).toBe("Can't lose them");
  });
});

describe('nameSegments', () => {
  it('when a segment is named then its rule states the comparisons, the reference and the outcome', () => {
    const [named] = nameSegments([profile(12, 5, 2000)], reference);
    expect(named.name).toBe('Champions');
    expect(named.rule).toBe(
      "against all customers' medians (50 days, 4 orders, £1,000): recent — median recency 12 days < 0.75 × 50 days = 37.5 days; " +
        'frequent — median 5 orders ≥ 4 orders; valuable — median £2,000 ≥ £1,000 → Champions',
    );
    expect(explainSegment(profile(60, 1, 300), reference, 'Hibernating')).toBe(
      "against all customers' medians (50 days, 4 orders, £1,000): in between — median recency 60 days is ≥ 37.5 days and < 75 days; " +
        'not frequent — median 1 order < 4 orders; not valuable — median £300 < £1,000 → Hibernating',
    );
    expect(explainSegment(profile(80, 1, 300), reference, 'Lost')).toContain(
      'long gone — median recency 80 days ≥ 1.5 × 50 days = 75 days',
    );
  });

  it('when several segments fall in the same cell then the names are disambiguated by value and unique', () => {
    const profiles = [
      profile(10, 9, 3000), // Champions, lower value
      profile(300, 1, 50), // Lost, tier 2
      profile(12, 10, 5000), // Champions, higher value
      profile(250, 1, 80), // Lost, tier 1
      profile(400, 1, 20), // Lost, tier 3
      profile(70, 2, 300), // Hibernating
    ];
    const names = nameSegments(profiles, reference).map((s) => s.name);
    expect(names).toEqual([
      'Champions (lower value)',
      'Lost (value tier 2)',
      'Champions (higher value)',
      'Lost (value tier 1)',
      'Lost (value tier 3)',
      'Hibernating',
    ]);
    expect(new Set(names).size).toBe(names.length);
  });

  it('when a segment is described then the sentence carries its size and its median customer’s recency, orders and net spend', () => {
    const [named] = nameSegments([profile(14, 9, 3420.4, 412)], reference);
    expect(named.description).toBe('412 customers; the median one last bought 14 days ago, placed 9 orders and spent £3,420 net.');
    expect(describeSegment(profile(1, 1, 12345.6, 1), '$')).toBe(
      '1 customer; they last bought 1 day ago, placed 1 order and spent $12,346 net.',
    );
  });
});

describe('segmentProfiles', () => {
  it('when customers are assigned to segments then the profiles are the per-segment means', () => {
    // A: recency 1, 2 orders, £30. B: recency 10, 1 order, £20. C: recency 1, 1 order, £4 (reference day 12-11).
    const features = computeCustomerFeatures(
      buildDataset([
        { customerId: 'A', orderId: 'A1', productId: 'P', date: '2011-12-01', quantity: 1, lineTotal: 10 },
        { customerId: 'A', orderId: 'A2', productId: 'P', date: '2011-12-10', quantity: 1, lineTotal: 20 },
        { customerId: 'B', orderId: 'B1', productId: 'P', date: '2011-12-01', quantity: 1, lineTotal: 20 },
        { customerId: 'C', orderId: 'C1', productId: 'P', date: '2011-12-10', quantity: 1, lineTotal: 4 },
      ]),
    );
    const profiles = segmentProfiles(features, Int32Array.from([0, 1, 0]), 3);
    expect(profiles).toEqual([
      { size: 2, recency: 1, frequency: 1.5, monetary: 17 },
      { size: 1, recency: 10, frequency: 1, monetary: 20 },
      { size: 0, recency: 0, frequency: 0, monetary: 0 },
    ]);
  });
});

describe('segmentMedians and medianReference', () => {
  it('when a few heavy buyers lift a segment’s mean then its median customer still decides the name', () => {
    // Segment 0: four one-order customers (£10 each, recent) and one wholesaler with 40 orders (£9,000).
    // Segment 1: four two-order customers (£100, long ago). All customers' median: 2 orders, £100.
    // Mean orders of segment 0 = 8.8 ≥ 2 would call it frequent ("Loyal"); its median customer has 1 order.
    const lines = [
      ...['A', 'B', 'C', 'D'].map((c) => ({
        customerId: c,
        orderId: `${c}1`,
        productId: 'P',
        date: '2011-12-09',
        quantity: 1,
        lineTotal: 10,
      })),
      ...Array.from({ length: 40 }, (_, i) => ({
        customerId: 'W',
        orderId: `W${i}`,
        productId: 'P',
        date: '2011-12-09',
        quantity: 100,
        lineTotal: 225,
      })),
      ...['E', 'F', 'G', 'H'].flatMap((c) =>
        [1, 2].map((o) => ({ customerId: c, orderId: `${c}${o}`, productId: 'P', date: '2011-01-0' + o, quantity: 1, lineTotal: 50 })),
      ),
    ];
    const features = computeCustomerFeatures(buildDataset(lines));
    // Customers sorted: A B C D E F G H W.
    const assignments = Int32Array.from([0, 0, 0, 0, 1, 1, 1, 1, 0]);
    const reference = medianReference(features);
    expect(reference).toEqual({ recency: 1, frequency: 2, monetary: 100 });
    const medians = segmentMedians(features, assignments, 2);
    expect(medians[0]).toEqual({ size: 5, recency: 1, frequency: 1, monetary: 10 });
    expect(segmentProfiles(features, assignments, 2)[0].frequency).toBeCloseTo(8.8, 12);
    expect(classifySegment(medians[0], { recency: 100, frequency: 2, monetary: 100 })).toBe('New customers');
    expect(nameSegments(medians, { recency: 100, frequency: 2, monetary: 100 })[0].name).not.toBe('Loyal');
  });
});

describe('orderSegmentsByMonetary', () => {
  it('when segments are ordered then the highest mean monetary comes first and ties keep the lower index first', () => {
    const order = orderSegmentsByMonetary([{ monetary: 5 }, { monetary: 9 }, { monetary: 5 }, { monetary: 1 }]);
    expect(Array.from(order)).toEqual([1, 0, 2, 3]);
  });

  it('when the order is applied then each old label becomes its position in the order', () => {
    // Old 1 → 0, old 0 → 1, old 2 → 2, old 3 → 3.
    const relabelled = applySegmentOrder(Int32Array.from([0, 1, 2, 3, 1]), Int32Array.from([1, 0, 2, 3]));
    expect(Array.from(relabelled)).toEqual([1, 0, 2, 3, 0]);
  });
});
