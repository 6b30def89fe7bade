import { describe, expect, it } from 'vitest';
import {
  meanInterval,
  newcombeInterval,
  sampleRatioMismatch,
  sampleSizePerVariant,
  summarise,
  twoProportionPValue,
  welch,
  wilsonInterval,
} from '../../src/experiments/stats.js';

// Reference values from the literature, not from this code.
describe('experiment statistics against textbook values', () => {
  it('when the Wilson interval of 81/263 is computed then it is Newcombe (1998a, Table II) 0.2553–0.3662', () => {
    const w = wilsonInterval(81, 263);
    expect(w.low).toBeCloseTo(0.2553, 4);
    expect(w.high).toBeCloseTo(0.3662, 4);
  });

  it('when the difference 56/70 − 48/80 is bounded then it is Newcombe (1998b, method 10) 0.0524–0.3339', () => {
    const d = newcombeInterval(56, 70, 48, 80);
    expect(d.low).toBeCloseTo(0.0524, 4);
    expect(d.high).toBeCloseTo(0.3339, 4);
  });

  it('when 56/70 and 48/80 are tested then the pooled z is 2.650 and p ≈ 0.0080 (hand computation: z² = 7.024 = the 2×2 chi-square)', () => {
    // pooled p = 104/150; se = √(p(1−p)(1/70 + 1/80)) = 0.075467; z = 0.2 / se = 2.6502; Φ(2.6502) = 0.995978.
    expect(twoProportionPValue(56, 70, 48, 80)).toBeCloseTo(0.008043, 5);
  });

  it('when Welch’s test runs on Wikipedia’s example 1 then t = −2.46 and p = 0.021', () => {
    const a1 = [27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4];
    const a2 = [27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4];
    const w = welch(summarise(a1), summarise(a2));
    expect(w.t).toBeCloseTo(-2.46, 2);
    expect(w.pValue).toBeCloseTo(0.021, 3);
    expect(w.df).toBeGreaterThan(24);
    expect(w.df).toBeLessThan(28);
  });

  it('when a mean of 11 values is bounded then the half-width is t(0.975, 10) = 2.228 standard errors (t table)', () => {
    const values = [2, 4, 4, 4, 5, 5, 7, 9, 1, 3, 10];
    const s = summarise(values);
    const i = meanInterval(s);
    expect((i.high - i.low) / 2 / Math.sqrt(s.variance / 11)).toBeCloseTo(2.228, 3);
  });

  it('when 10 % must rise to 15 % at α = 0.05 and 80 % power then 686 customers per variant are needed (Fleiss, no continuity correction)', () => {
    expect(sampleSizePerVariant(0.1, 0.5)).toBe(686);
    expect(sampleSizePerVariant(0, 0.1)).toBeNull();
  });

  it('when the chi-square of a 50/50 split reaches 10.83 (the 0.001 critical value for 1 df) then SRM fires just above it and not below', () => {
    // 100,000 customers, expected 50,000 each: (o − e)² / e × 2 = 10.83 at |o − e| ≈ 520.4.
    expect(sampleRatioMismatch([50_000 + 530, 50_000 - 530], [1, 1]).mismatch).toBe(true);
    expect(sampleRatioMismatch([50_000 + 510, 50_000 - 510], [1, 1]).mismatch).toBe(false);
    expect(sampleRatioMismatch([50_000 + 530, 50_000 - 530], [1, 1]).chiSquare).toBeCloseTo((2 * 530 ** 2) / 50_000, 9);
  });
});
