/**
 * Experiments for the API: the report in the schema's shape, and serving a
 * customer the list of the variant they are assigned to.
 */
import { assignVariant, type Comparison as ComparisonData, type Estimate as EstimateData, type Experiment, type ExperimentReport } from '@basketgraph/analysis';
import type { ApiContext } from '../context.js';
import type { RecommendationModel } from './models.js';
import { recommendForBasket } from './recommenders/recommend-service.js';
import { ExperimentError } from '@basketgraph/analysis';

const estimate = (e: EstimateData) => ({ value: e.value, low: e.interval.low, high: e.interval.high });
const comparison = (c: ComparisonData) => ({ difference: c.difference, low: c.interval.low, high: c.interval.high, pValue: c.pValue, test: c.test });

/** The analysis package's report with every interval flattened to {low, high}. */
export function reportForApi(report: ExperimentReport) {
  return {
    ...report,
    variants: report.variants.map((v) => ({
      ...v,
      clickThroughRate: estimate(v.clickThroughRate),
      conversionRate: estimate(v.conversionRate),
      revenuePerExposed: estimate(v.revenuePerExposed),
      vsControl: v.vsControl && {
        clickThroughRate: comparison(v.vsControl.clickThroughRate),
        conversionRate: comparison(v.vsControl.conversionRate),
        revenuePerExposed: comparison(v.vsControl.revenuePerExposed),
      },
    })),
  };
}

/** A running experiment, or an error that says why it cannot serve. */
export async function runningExperiment(ctx: ApiContext, id: string): Promise<Experiment> {
  const x = await ctx.services.experiments.get(id);
  if (!x) throw new ExperimentError(`there is no experiment "${id}"`, 'experiment');
  if (x.status !== 'running') throw new ExperimentError(`experiment "${id}" is ${x.status}, not running`, 'experiment');
  return x;
}

/**
 * The list a customer sees in an experiment: their variant's strategy — a
 * model (`load`, the same path as `recommendations(model:)`), or basket-rules
 * fired by their last order — each item marked with the variant.
 */
export async function experimentRecommendations(
  ctx: ApiContext,
  customer: string,
  experimentId: string,
  n: number,
  load: (model: string) => Promise<readonly RecommendationModel[]>,
): Promise<RecommendationModel[]> {
  const x = await runningExperiment(ctx, experimentId);
  const variant = assignVariant(x.id, customer, x.variants);
  let list: readonly RecommendationModel[];
  if (variant.strategy === 'basket-rules') {
    const basket = await ctx.loaders.customers.lastBasket.load(customer);
    list = basket ? await recommendForBasket(ctx, basket.products, n) : [];
  } else list = await load(variant.strategy);
  // Fields named, not spread: the read model's recommendations decode their reasons in a getter (hot-model.ts).
  // `of` too: a recommendation read from CustomerLists has no reasons, and its resolver reads them by `of`.
  return list.map((r) => ({ product: r.product, score: r.score, rank: r.rank, model: r.model, reasons: r.reasons, of: r.of, variant: variant.name }));
}
