import { describe, expect, it } from 'vitest';
import { buildDataset, type PurchaseLineRecord } from '../../src/dataset.js';
import { assignVariant } from '../../src/experiments/assignment.js';
import { checkVariants } from '../../src/experiments/experiment.js';
import { simulateExperiment } from '../../src/experiments/simulate.js';

function shop(): PurchaseLineRecord[] {
  const lines: PurchaseLineRecord[] = [];
  const line = (customerId: string, orderId: string, date: string, productId: string, lineTotal = 10) =>
    lines.push({ customerId, orderId, productId, date, quantity: 1, lineTotal });
  // Before the cutoff: P0 is the most bought product, P1 next.
  for (let c = 0; c < 30; c++) {
    line(`c${c}`, `a${c}`, '2011-03-01', 'P0');
    if (c % 2 === 0) line(`c${c}`, `a${c}`, '2011-03-01', 'P1');
    line(`c${c}`, `a${c}`, '2011-03-01', `Q${c % 5}`);
  }
  // After the cutoff: customers c0..c9 come back and buy P1 (c1, c3 … have not bought it: shown by popularity), new customer n0 buys P0.
  for (let c = 0; c < 10; c++) line(`c${c}`, `b${c}`, '2011-09-20', 'P1', 25);
  line('n0', 'n0-1', '2011-09-15', 'P0', 7);
  line('c11', 'late', '2011-12-01', 'P1', 99); // outside a 30-day window
  return lines;
}

describe('replayed experiment', () => {
  const ds = buildDataset(shop());
  const variants = checkVariants([{ strategy: 'popularity' }, { name: 'pop2', strategy: 'popularity' }]);

  it('when replayed then the customers active after the cutoff are assigned by the live hash, and an order of a shown product within the window converts', () => {
    const sim = simulateExperiment(ds, { experimentId: 'r1', cutoff: '2011-09-09', variants, top: 3, segments: { k: 2, seed: 1 } });
    expect(sim.customers).toBe(12); // c0..c9, c11, n0
    expect(sim.withoutHistory).toBe(1);
    const active = ['c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9', 'c11', 'n0'];
    const expected = variants.map((v) => active.filter((c) => assignVariant('r1', c, variants).name === v.name).length);
    expect(sim.report.variants.map((v) => v.assigned)).toEqual(expected);
    // Converters: odd c1..c9 were shown P1 (popular, unbought) and bought it; even ones had P1 already (not shown);
    // n0 (no history) was shown P0 and bought it; c11's order is outside the window.
    const converters = sim.report.variants.reduce((a, v) => a + v.converters, 0);
    expect(converters).toBe(5 + 1);
    expect(sim.report.variants.reduce((a, v) => a + v.revenue, 0)).toBe(5 * 25 + 7);
    expect(sim.report.sampleRatio.df).toBe(1);
  });

  it('when the window is longer then the late order converts too', () => {
    const sim = simulateExperiment(ds, {
      experimentId: 'r1',
      cutoff: '2011-09-09',
      variants,
      top: 3,
      attributionDays: 120,
      segments: { k: 2, seed: 1 },
    });
    expect(sim.report.variants.reduce((a, v) => a + v.converters, 0)).toBe(7);
  });

  it('when a variant is a basket-rules strategy then the replay says it can show models only', () => {
    expect(() =>
      simulateExperiment(ds, {
        experimentId: 'r1',
        cutoff: '2011-09-09',
        variants: checkVariants([{ strategy: 'default' }, { strategy: 'basket-rules' }]),
      }),
    ).toThrow(/the replay can show models only, not "basket-rules"/);
  });
});
