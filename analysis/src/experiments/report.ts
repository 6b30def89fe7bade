/**
 * The experiment report from per-customer outcomes: per variant, customers
 * assigned and exposed, click-through rate, conversion rate and revenue per
 * exposed customer with 95 % intervals; each variant against the control
 * (difference, interval, p-value); the sample-ratio-mismatch check; and the
 * customers per variant a given lift of the control's conversion rate needs.
 * Pure (see stats.ts for the methods and why).
 */
import type { Variant } from './experiment.js';
import {
  meanInterval,
  newcombeInterval,
  sampleRatioMismatch,
  sampleSizePerVariant,
  summarise,
  twoProportionPValue,
  welch,
  wilsonInterval,
  type Interval,
  type SrmResult,
} from './stats.js';

/** One customer of the experiment. */
export interface CustomerOutcome {
  /** Index into the experiment's variants. */
  readonly variant: number;
  readonly exposed: boolean;
  readonly clicked: boolean;
  readonly addedToBasket: boolean;
  readonly converted: boolean;
  readonly revenue: number;
}

export interface Estimate {
  readonly value: number;
  readonly interval: Interval;
}

export interface Comparison {
  /** Variant − control. */
  readonly difference: number;
  readonly interval: Interval;
  readonly pValue: number;
  /** `two-proportion z (Newcombe interval)` or `Welch t`. */
  readonly test: string;
}

export interface VariantReport {
  readonly name: string;
  readonly strategy: string;
  readonly weight: number;
  readonly control: boolean;
  readonly assigned: number;
  readonly exposed: number;
  readonly clickers: number;
  readonly addToBasket: number;
  readonly converters: number;
  readonly revenue: number;
  /** Shares of exposed customers, and mean attributed revenue per exposed customer. */
  readonly clickThroughRate: Estimate;
  readonly conversionRate: Estimate;
  readonly revenuePerExposed: Estimate;
  /** Null for the control. */
  readonly vsControl: { clickThroughRate: Comparison; conversionRate: Comparison; revenuePerExposed: Comparison } | null;
}

export interface ExperimentReport {
  readonly variants: VariantReport[];
  readonly sampleRatio: SrmResult;
  /** Relative lift of the control's conversion rate the sample size is for, and the customers per variant it needs (null: undefined, e.g. no conversions yet). */
  readonly lift: number;
  readonly sampleSizePerVariant: number | null;
}

function rate(x: number, n: number): Estimate {
  return { value: n > 0 ? x / n : 0, interval: wilsonInterval(x, n) };
}

function compareRates(x: number, n: number, cx: number, cn: number): Comparison {
  return {
    difference: (n > 0 ? x / n : 0) - (cn > 0 ? cx / cn : 0),
    interval: newcombeInterval(x, n, cx, cn),
    pValue: twoProportionPValue(x, n, cx, cn),
    test: 'two-proportion z (Newcombe interval)',
  };
}

export function experimentReport(
  variants: readonly Variant[],
  outcomes: Iterable<CustomerOutcome>,
  options: { lift?: number } = {},
): ExperimentReport {
  const acc = variants.map(() => ({ assigned: 0, exposed: 0, clickers: 0, basket: 0, converters: 0, revenue: [] as number[] }));
  for (const o of outcomes) {
    const a = acc[o.variant];
    a.assigned++;
    if (!o.exposed) continue;
    a.exposed++;
    if (o.clicked) a.clickers++;
    if (o.addedToBasket) a.basket++;
    if (o.converted) a.converters++;
    a.revenue.push(o.revenue);
  }
  const summaries = acc.map((a) => summarise(a.revenue));
  const c = Math.max(
    0,
    variants.findIndex((v) => v.control),
  );
  const control = acc[c];
  const reports = variants.map((v, i): VariantReport => {
    const a = acc[i];
    return {
      name: v.name,
      strategy: v.strategy,
      weight: v.weight,
      control: i === c,
      assigned: a.assigned,
      exposed: a.exposed,
      clickers: a.clickers,
      addToBasket: a.basket,
      converters: a.converters,
      revenue: a.revenue.reduce((x, y) => x + y, 0),
      clickThroughRate: rate(a.clickers, a.exposed),
      conversionRate: rate(a.converters, a.exposed),
      revenuePerExposed: { value: summaries[i].mean, interval: meanInterval(summaries[i]) },
      vsControl:
        i === c
          ? null
          : {
              clickThroughRate: compareRates(a.clickers, a.exposed, control.clickers, control.exposed),
              conversionRate: compareRates(a.converters, a.exposed, control.converters, control.exposed),
              revenuePerExposed: (() => {
                const w = welch(summaries[i], summaries[c]);
                return { difference: w.difference, interval: w.interval, pValue: w.pValue, test: 'Welch t' };
              })(),
            },
    };
  });
  const lift = options.lift ?? 0.1;
  const baseline = control.exposed > 0 ? control.converters / control.exposed : 0;
  return {
    variants: reports,
    sampleRatio: sampleRatioMismatch(
      acc.map((a) => a.assigned),
      variants.map((v) => v.weight),
    ),
    lift,
    sampleSizePerVariant: sampleSizePerVariant(baseline, lift),
  };
}
