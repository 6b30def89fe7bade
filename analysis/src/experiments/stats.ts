/**
 * The statistics of an experiment report, pure. Rates (click-through,
 * conversion) get Wilson score intervals, their differences Newcombe's hybrid
 * score interval (method 10 of Newcombe 1998) — both keep their coverage near
 * 95 % for the small rates and counts of recommendation tests, where the Wald
 * interval does not — with the pooled two-proportion z-test's p-value.
 * Revenue per exposed customer is a mean of a skewed variable: a t interval,
 * and Welch's t-test for the difference (unequal variances, which revenue
 * has). Sample ratio mismatch: Pearson's chi-square of the assigned counts
 * against the weights. Distribution functions come from @stdlib.
 */
import { createRequire } from 'node:module';

/**
 * The @stdlib distributions, loaded on first use: the five packages and their dependencies take ≈ 0.3 s of
 * CPU to load, and most processes that load this package (`import`, `analyze`) never report an experiment.
 */
const require = createRequire(import.meta.url);
let dists:
  | {
      chisquareCdf: typeof import('@stdlib/stats-base-dists-chisquare-cdf');
      normalCdf: typeof import('@stdlib/stats-base-dists-normal-cdf');
      normalQuantile: typeof import('@stdlib/stats-base-dists-normal-quantile');
      tCdf: typeof import('@stdlib/stats-base-dists-t-cdf');
      tQuantile: typeof import('@stdlib/stats-base-dists-t-quantile');
    }
  | undefined;
const dist = () =>
  (dists ??= {
    chisquareCdf: require('@stdlib/stats-base-dists-chisquare-cdf'),
    normalCdf: require('@stdlib/stats-base-dists-normal-cdf'),
    normalQuantile: require('@stdlib/stats-base-dists-normal-quantile'),
    tCdf: require('@stdlib/stats-base-dists-t-cdf'),
    tQuantile: require('@stdlib/stats-base-dists-t-quantile'),
  });
const chisquareCdf = (x: number, k: number) => dist().chisquareCdf(x, k);
const normalCdf = (x: number, mu: number, sigma: number) => dist().normalCdf(x, mu, sigma);
const normalQuantile = (p: number, mu: number, sigma: number) => dist().normalQuantile(p, mu, sigma);
const tCdf = (x: number, v: number) => dist().tCdf(x, v);
const tQuantile = (p: number, v: number) => dist().tQuantile(p, v);

export interface Interval {
  readonly low: number;
  readonly high: number;
}

const z = (confidence: number) => normalQuantile(1 - (1 - confidence) / 2, 0, 1);

/** Wilson score interval of x successes in n trials (n = 0: the whole [0, 1]). */
export function wilsonInterval(x: number, n: number, confidence = 0.95): Interval {
  if (n === 0) return { low: 0, high: 1 };
  const q = z(confidence);
  const p = x / n;
  const centre = p + (q * q) / (2 * n);
  const spread = q * Math.sqrt((p * (1 - p)) / n + (q * q) / (4 * n * n));
  const denominator = 1 + (q * q) / n;
  return { low: Math.max(0, (centre - spread) / denominator), high: Math.min(1, (centre + spread) / denominator) };
}

/** Newcombe's hybrid score interval for p1 − p2 (x1/n1 − x2/n2). */
export function newcombeInterval(x1: number, n1: number, x2: number, n2: number, confidence = 0.95): Interval {
  const p1 = n1 > 0 ? x1 / n1 : 0;
  const p2 = n2 > 0 ? x2 / n2 : 0;
  const a = wilsonInterval(x1, n1, confidence);
  const b = wilsonInterval(x2, n2, confidence);
  const d = p1 - p2;
  return {
    low: d - Math.sqrt((p1 - a.low) ** 2 + (b.high - p2) ** 2),
    high: d + Math.sqrt((a.high - p1) ** 2 + (p2 - b.low) ** 2),
  };
}

/** Two-sided p-value of the pooled two-proportion z-test (1 when there is nothing to compare). */
export function twoProportionPValue(x1: number, n1: number, x2: number, n2: number): number {
  if (n1 === 0 || n2 === 0) return 1;
  const pooled = (x1 + x2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  if (se === 0) return 1;
  return 2 * (1 - normalCdf(Math.abs(x1 / n1 - x2 / n2) / se, 0, 1));
}

export interface Summary {
  readonly n: number;
  readonly mean: number;
  /** Sample variance (÷ n − 1; 0 for n < 2). */
  readonly variance: number;
}

export function summarise(values: ArrayLike<number>): Summary {
  const n = values.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i];
  const mean = n > 0 ? sum / n : 0;
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (values[i] - mean) ** 2;
  return { n, mean, variance: n > 1 ? squares / (n - 1) : 0 };
}

/** t interval of a mean (a point for n < 2). */
export function meanInterval(s: Summary, confidence = 0.95): Interval {
  if (s.n < 2) return { low: s.mean, high: s.mean };
  const half = tQuantile(1 - (1 - confidence) / 2, s.n - 1) * Math.sqrt(s.variance / s.n);
  return { low: s.mean - half, high: s.mean + half };
}

export interface WelchResult {
  readonly difference: number;
  readonly t: number;
  readonly df: number;
  readonly interval: Interval;
  readonly pValue: number;
}

/** Welch's t-test of mean(a) − mean(b): Welch–Satterthwaite degrees of freedom, two-sided. */
export function welch(a: Summary, b: Summary, confidence = 0.95): WelchResult {
  const difference = a.mean - b.mean;
  const va = a.n > 0 ? a.variance / a.n : 0;
  const vb = b.n > 0 ? b.variance / b.n : 0;
  const se = Math.sqrt(va + vb);
  if (!(se > 0) || a.n < 2 || b.n < 2) {
    return { difference, t: 0, df: 0, interval: { low: difference, high: difference }, pValue: 1 };
  }
  const df = (va + vb) ** 2 / (va ** 2 / (a.n - 1) + vb ** 2 / (b.n - 1));
  const t = difference / se;
  const half = tQuantile(1 - (1 - confidence) / 2, df) * se;
  return { difference, t, df, interval: { low: difference - half, high: difference + half }, pValue: 2 * (1 - tCdf(Math.abs(t), df)) };
}

export interface SrmResult {
  readonly chiSquare: number;
  readonly df: number;
  readonly pValue: number;
  /** p < threshold (0.001 by default, the usual SRM alarm level): the assignment is broken. */
  readonly mismatch: boolean;
}

/** Pearson's chi-square of observed counts against the shares the weights ask for. */
export function sampleRatioMismatch(observed: readonly number[], weights: readonly number[], threshold = 0.001): SrmResult {
  const total = observed.reduce((a, b) => a + b, 0);
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const df = observed.length - 1;
  if (total === 0 || df < 1) return { chiSquare: 0, df, pValue: 1, mismatch: false };
  const chiSquare = observed.reduce((acc, o, i) => {
    const e = (total * weights[i]) / weightSum;
    return acc + (o - e) ** 2 / e;
  }, 0);
  const pValue = 1 - chisquareCdf(chiSquare, df);
  return { chiSquare, df, pValue, mismatch: pValue < threshold };
}

/**
 * Customers per variant needed to detect a relative `lift` of a baseline rate
 * (two-sided test at `alpha`, `power`), for two equal groups:
 * n = (z₁₋α/₂·√(2p̄(1−p̄)) + z₁₋β·√(p₁(1−p₁)+p₂(1−p₂)))² / (p₂−p₁)², rounded up
 * (Fleiss, without continuity correction). Null when the rate or lift makes it undefined.
 */
export function sampleSizePerVariant(baseline: number, lift: number, alpha = 0.05, power = 0.8): number | null {
  const p1 = baseline;
  const p2 = baseline * (1 + lift);
  if (!(p1 > 0 && p1 < 1 && p2 > 0 && p2 < 1) || p1 === p2) return null;
  const pBar = (p1 + p2) / 2;
  const a = normalQuantile(1 - alpha / 2, 0, 1) * Math.sqrt(2 * pBar * (1 - pBar));
  const b = normalQuantile(power, 0, 1) * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
  return Math.ceil((a + b) ** 2 / (p2 - p1) ** 2);
}
