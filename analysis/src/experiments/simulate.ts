/**
 * A replayed experiment on historical data, so the report can be seen working
 * without live traffic: every customer who ordered on or after the cutoff is
 * assigned by the same hash as live traffic, exposed at the cutoff to their
 * variant's top `top` (the model fitted on the orders before the cutoff, with
 * train segments), and converts when an order within the attribution window
 * contains a product they were shown (`attributeConversions`, as live).
 * Customers without orders before the cutoff have no profile: every variant
 * shows them the same global popularity list, which dilutes the differences
 * equally rather than biasing them. There are no clicks in a replay. Pure.
 */
import { isoFromDayNumber, dayNumber, type PurchaseDataset } from '../dataset.js';
import { rowIndices } from '../algorithms/csr.js';
import { createRecommender, isModelName } from '../job/recommendation-models.js';
import { PopularityRecommender } from '../recommend/popularity.js';
import { topNUnseen } from '../recommend/recommender.js';
import { timeSplit } from '../recommend/time-split.js';
import { trainSegments } from '../evaluation/train-segments.js';
import { assignVariant } from './assignment.js';
import { attributeConversions, type Exposure, type OrderLines } from './attribution.js';
import { ExperimentError, type Variant } from './experiment.js';
import { experimentReport, type CustomerOutcome, type ExperimentReport } from './report.js';

export interface SimulationOptions {
  readonly experimentId: string;
  readonly cutoff: string;
  readonly variants: readonly Variant[];
  readonly top?: number;
  readonly attributionDays?: number;
  readonly lift?: number;
  readonly segments?: { k: number; seed: number };
}

export interface Simulation {
  readonly cutoff: string;
  readonly attributionDays: number;
  readonly customers: number;
  /** Of them, customers with no order before the cutoff (shown global popularity). */
  readonly withoutHistory: number;
  readonly report: ExperimentReport;
}

export function simulateExperiment(ds: PurchaseDataset, options: SimulationOptions): Simulation {
  const top = options.top ?? 10;
  const attributionDays = options.attributionDays ?? 30;
  const cutoffDay = dayNumber(options.cutoff);
  for (const v of options.variants) {
    if (!isModelName(v.strategy)) throw new ExperimentError(`variant "${v.name}": the replay can show models only, not "${v.strategy}"`);
  }
  const split = timeSplit(ds, cutoffDay);
  const train = split.train;
  const ctx = {
    segments: trainSegments(ds, cutoffDay, options.segments ?? { k: 4, seed: 42 }),
    lastDay: split.trainLastDay,
    referenceDay: cutoffDay,
  };
  const active = new Uint8Array(ds.customers.length);
  for (let o = 0; o < ds.orders.length; o++) if (ds.orderDay[o] >= cutoffDay) active[ds.orderCustomer[o]] = 1;
  const customers: number[] = [];
  active.forEach((a, c) => a && customers.push(c));
  if (customers.length === 0)
    throw new ExperimentError(`no customer ordered on or after ${options.cutoff}: choose a cutoff inside the data`, 'id');

  const popular = new PopularityRecommender();
  popular.fit(train);
  const scores = new Float64Array(ds.products.length);
  popular.scoreUser(0, scores);
  const fallback = Array.from(topNUnseen(scores, [], top), (p) => ds.products[p]);

  const at = `${options.cutoff}T00:00:00`;
  const byVariant = customers.map((c) => options.variants.indexOf(assignVariant(options.experimentId, ds.customers[c], options.variants)));
  const exposures: Exposure[] = new Array(customers.length);
  let withoutHistory = 0;
  options.variants.forEach((variant, v) => {
    const mine = customers.flatMap((_, i) => (byVariant[i] === v ? [i] : []));
    if (mine.length === 0) return;
    const model = createRecommender(variant.strategy as Parameters<typeof createRecommender>[0]);
    model.fit(train, ctx);
    for (const i of mine) {
      const c = customers[i];
      const history = c < train.rows ? rowIndices(train, c) : new Int32Array(0);
      let products = fallback;
      if (history.length > 0) {
        model.scoreUser(c, scores);
        products = Array.from(topNUnseen(scores, history, top), (p) => ds.products[p]);
      } else withoutHistory++;
      exposures[i] = { customer: ds.customers[c], at, products };
    }
  });

  const lines: OrderLines[] = [];
  for (let l = 0; l < ds.lineOrder.length; l++) {
    const o = ds.lineOrder[l];
    if (ds.orderDay[o] < cutoffDay || !active[ds.orderCustomer[o]]) continue;
    lines.push({
      customer: ds.customers[ds.orderCustomer[o]],
      order: ds.orders[o],
      date: isoFromDayNumber(ds.orderDay[o]),
      product: ds.products[ds.lineProduct[l]],
      lineTotal: ds.lineTotal[l],
    });
  }
  const conversions = attributeConversions(exposures, lines, attributionDays);
  const outcomes: CustomerOutcome[] = customers.map((c, i) => {
    const conv = conversions.get(ds.customers[c])!;
    return { variant: byVariant[i], exposed: true, clicked: false, addedToBasket: false, converted: conv.converted, revenue: conv.revenue };
  });
  return {
    cutoff: options.cutoff,
    attributionDays,
    customers: customers.length,
    withoutHistory,
    report: experimentReport(options.variants, outcomes, { lift: options.lift }),
  };
}
