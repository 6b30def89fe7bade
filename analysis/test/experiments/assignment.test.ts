import { describe, expect, it } from 'vitest';
import { assignmentPoint, assignVariant, variantAt } from '../../src/experiments/assignment.js';
import { sampleRatioMismatch } from '../../src/experiments/stats.js';

const variants = [
  { name: 'control', weight: 2 },
  { name: 'B', weight: 1 },
  { name: 'C', weight: 1 },
];
const ids = Array.from({ length: 100_000 }, (_, i) => `customer-${i}`);

describe('deterministic assignment', () => {
  it('when 100,000 customers are assigned then every share is within ±1 % of its weight, and asking again gives the same variant', () => {
    const counts = new Map<string, number>();
    const first = ids.map((id) => assignVariant('exp-1', id, variants).name);
    for (const v of first) counts.set(v, (counts.get(v) ?? 0) + 1);
    expect(Math.abs(counts.get('control')! / ids.length - 0.5)).toBeLessThan(0.01);
    expect(Math.abs(counts.get('B')! / ids.length - 0.25)).toBeLessThan(0.01);
    expect(Math.abs(counts.get('C')! / ids.length - 0.25)).toBeLessThan(0.01);
    const again = ids.map((id) => assignVariant('exp-1', id, [...variants]).name);
    expect(again).toEqual(first);
    expect(
      sampleRatioMismatch(
        variants.map((v) => counts.get(v.name)!),
        variants.map((v) => v.weight),
      ).mismatch,
    ).toBe(false);
  });

  it('when the experiment differs then the same customers are split independently', () => {
    const a = ids.slice(0, 20_000).map((id) => assignVariant('exp-1', id, variants).name === 'control');
    const b = ids.slice(0, 20_000).map((id) => assignVariant('exp-2', id, variants).name === 'control');
    const both = a.filter((x, i) => x && b[i]).length / a.length;
    expect(both).toBeGreaterThan(0.24);
    expect(both).toBeLessThan(0.26);
  });

  it('when the point is the SHA-256 of "exp-1\\0c1" then it is the first 52 bits of that digest', async () => {
    const { createHash } = await import('node:crypto');
    const hex = createHash('sha256').update('exp-1\0c1').digest('hex');
    expect(assignmentPoint('exp-1', 'c1')).toBe(Number(BigInt(`0x${hex.slice(0, 13)}`)) / 2 ** 52);
  });

  it('when an assignment is skewed (1 in 20 of B’s customers lost) then the SRM check fires', () => {
    const counts = [0, 0];
    ids.forEach((id, i) => {
      const v = variantAt(assignmentPoint('exp-1', id), [1, 1]);
      if (v === 1 && i % 20 === 0) return; // e.g. a bot filter or a crash that drops some of one variant
      counts[v]++;
    });
    expect(sampleRatioMismatch(counts, [1, 1]).mismatch).toBe(true);
  });

  it('when the point is on a boundary then it belongs to the upper variant', () => {
    expect(variantAt(0, [1, 1])).toBe(0);
    expect(variantAt(0.5, [1, 1])).toBe(1);
    expect(variantAt(0.999999, [1, 1])).toBe(1);
  });
});
