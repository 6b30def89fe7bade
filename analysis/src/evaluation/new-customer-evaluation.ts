/**
 * Which list should a brand-new customer of a segment see? An offline answer:
 * customers whose first order is on or after the cutoff are placed in a
 * segment (fitted on train orders) from their first order alone, get each
 * method's segment list (products of their first order left out), and are
 * scored on what they buy next (products of their later orders not in the
 * first). Every model is fitted on train orders only. Pure.
 */
import { dayNumber, type PurchaseDataset } from '../dataset.js';
import { hitRateAtK, ndcgAtK, pairedStandardError, standardError } from '../recommend/metrics.js';
import { topNUnseen, type SegmentScorer } from '../recommend/recommender.js';
import { SegmentPopularityRecommender } from '../recommend/segment-popularity.js';
import { SegmentUserKnnRecommender } from '../recommend/segment-user-knn.js';
import { timeSplit } from '../recommend/time-split.js';
import { createRecommender } from '../job/recommendation-models.js';
import { trainSegmentation, type TrainSegmentation } from './train-segments.js';

/** The cold-start methods compared; `popularity` (global, no segment) is the floor. */
export const NEW_CUSTOMER_METHODS = ['segment-popularity', 'segment-user-knn', 'popularity'] as const;
export type NewCustomerMethod = (typeof NEW_CUSTOMER_METHODS)[number];

export interface NewCustomerMethodScore {
  readonly method: NewCustomerMethod;
  readonly ndcg: number;
  readonly ndcgStdError: number;
  readonly hitRate: number;
  /** ndcg − segment popularity's, paired by customer (null for segment popularity itself). */
  readonly ndcgVsSegmentPopularity: number | null;
  readonly ndcgVsSegmentPopularityStdError: number | null;
}

export interface NewCustomerEvaluation {
  readonly cutoff: string;
  readonly k: number;
  /** Customers whose first order is on/after the cutoff, and those of them who bought something new later (evaluated). */
  readonly newCustomers: number;
  readonly evaluated: number;
  /** Evaluated customers per segment they were placed in. */
  readonly placed: number[];
  readonly methods: NewCustomerMethodScore[];
}

/** Nearest train centroid to a customer whose whole history is one order of `total` (recency 1 day, frequency 1). */
export function placeByFirstOrder(seg: TrainSegmentation, total: number): number {
  const raw: Record<string, number> = { recency: 1, frequency: 1, monetary: total };
  const { d, names, logged, mean, std } = seg.matrix;
  const z = names.map((name, j) => ((logged[j] ? Math.log1p(Math.max(0, raw[name])) : raw[name]) - mean[j]) / std[j]);
  let best = -1;
  let bestDistance = Infinity;
  for (let s = 0; s * d < seg.centroids.length; s++) {
    let dist = 0;
    for (let j = 0; j < d; j++) dist += (seg.centroids[s * d + j] - z[j]) ** 2;
    if (dist < bestDistance) [best, bestDistance] = [s, dist];
  }
  return best;
}

interface NewCustomer {
  readonly segment: number;
  readonly firstOrder: Int32Array;
  readonly relevant: Set<number>;
}

/** Customers whose first order is on/after `cutoffDay`: their first order's products, total, and later new products. */
function newCustomers(ds: PurchaseDataset, cutoffDay: number, seg: TrainSegmentation): { all: number; evaluated: NewCustomer[] } {
  const firstOrder = new Int32Array(ds.customers.length).fill(-1);
  for (let o = 0; o < ds.orders.length; o++) if (firstOrder[ds.orderCustomer[o]] < 0) firstOrder[ds.orderCustomer[o]] = o;
  const lines = new Map<number, { first: Set<number>; total: number; later: Set<number> }>();
  let all = 0;
  for (let c = 0; c < ds.customers.length; c++) {
    if (firstOrder[c] >= 0 && ds.orderDay[firstOrder[c]] >= cutoffDay) {
      lines.set(c, { first: new Set(), total: 0, later: new Set() });
      all++;
    }
  }
  for (let l = 0; l < ds.lineOrder.length; l++) {
    const o = ds.lineOrder[l];
    const entry = lines.get(ds.orderCustomer[o]);
    if (!entry) continue;
    if (o === firstOrder[ds.orderCustomer[o]]) {
      entry.first.add(ds.lineProduct[l]);
      entry.total += ds.lineTotal[l];
    } else entry.later.add(ds.lineProduct[l]);
  }
  const evaluated: NewCustomer[] = [];
  for (const e of lines.values()) {
    const relevant = new Set([...e.later].filter((p) => !e.first.has(p)));
    if (relevant.size === 0) continue;
    evaluated.push({ segment: placeByFirstOrder(seg, e.total), firstOrder: Int32Array.from(e.first), relevant });
  }
  return { all, evaluated };
}

export function evaluateNewCustomers(
  ds: PurchaseDataset,
  options: { cutoff: string; k?: number; segments?: number; seed?: number },
): NewCustomerEvaluation {
  const k = options.k ?? 10;
  const cutoffDay = dayNumber(options.cutoff);
  const seg = trainSegmentation(ds, cutoffDay, { k: options.segments ?? 4, seed: options.seed ?? 42 });
  const split = timeSplit(ds, cutoffDay);
  const ctx = { segments: seg.segments, lastDay: split.trainLastDay, referenceDay: cutoffDay };
  const { all, evaluated } = newCustomers(ds, cutoffDay, seg);
  const models: Record<NewCustomerMethod, SegmentScorer> = {
    'segment-popularity': new SegmentPopularityRecommender(),
    'segment-user-knn': createRecommender('segment-user-knn') as SegmentUserKnnRecommender,
    popularity: new SegmentPopularityRecommender(),
  };
  const perCustomer = new Map<NewCustomerMethod, Float64Array>();
  const hits = new Map<NewCustomerMethod, number>();
  const scores = new Float64Array(ds.products.length);
  for (const method of NEW_CUSTOMER_METHODS) {
    const model = models[method];
    model.fit(split.train, ctx);
    const ndcg = new Float64Array(evaluated.length);
    let hit = 0;
    evaluated.forEach((c, i) => {
      model.scoreSegment(method === 'popularity' ? -1 : c.segment, scores);
      const top = topNUnseen(scores, c.firstOrder, k);
      ndcg[i] = ndcgAtK(top, c.relevant, k);
      hit += hitRateAtK(top, c.relevant, k);
    });
    perCustomer.set(method, ndcg);
    hits.set(method, hit / Math.max(1, evaluated.length));
  }
  const mean = (xs: Float64Array) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const base = perCustomer.get('segment-popularity')!;
  const placed = new Array<number>(seg.centroids.length / seg.matrix.d).fill(0);
  for (const c of evaluated) if (c.segment >= 0) placed[c.segment]++;
  return {
    cutoff: options.cutoff,
    k,
    newCustomers: all,
    evaluated: evaluated.length,
    placed,
    methods: NEW_CUSTOMER_METHODS.map((method) => {
      const v = perCustomer.get(method)!;
      const own = method === 'segment-popularity';
      return {
        method,
        ndcg: mean(v),
        ndcgStdError: standardError(v),
        hitRate: hits.get(method)!,
        ndcgVsSegmentPopularity: own ? null : mean(v) - mean(base),
        ndcgVsSegmentPopularityStdError: own ? null : pairedStandardError(v, base),
      };
    }),
  };
}
