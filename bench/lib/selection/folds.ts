/**
 * The rolling-origin folds (every test window ends before 2011-09-09) and
 * scoring on them. One fit serves every recency half-life: the values of the
 * train matrix are swapped in place between half-lives (see recommender-selection.ts).
 */
import { rowIndices, type CsrMatrix } from '../../../analysis/src/algorithms/csr.js';
import { dayNumber, type PurchaseDataset } from '../../../analysis/src/dataset.js';
import { createDefaultRecommender, type DefaultRecommenderConfig } from '../../../analysis/src/recommend/default.js';
import { evaluate } from '../../../analysis/src/recommend/evaluate.js';
import { ndcgAtK } from '../../../analysis/src/recommend/metrics.js';
import { recencyWeighted } from '../../../analysis/src/recommend/recency.js';
import { topNUnseen, type FitContext, type Recommender } from '../../../analysis/src/recommend/recommender.js';
import { timeSplit, type TimeSplit } from '../../../analysis/src/recommend/time-split.js';

export const K = 10;
/** Scores closer than this are ties (the faster candidate wins). */
export const TIE = 1e-4;

export interface Fold {
  readonly name: string;
  /** Train < cutoff <= test < testEnd (ISO dates). */
  readonly cutoff: string;
  readonly testEnd: string;
}

export const FOLDS: readonly Fold[] = [
  { name: 'F1', cutoff: '2011-05-09', testEnd: '2011-08-09' },
  { name: 'F2', cutoff: '2011-06-09', testEnd: '2011-09-09' },
  { name: 'F3', cutoff: '2011-07-09', testEnd: '2011-09-09' },
  { name: 'F4', cutoff: '2011-08-09', testEnd: '2011-09-09' },
];

export const HALF_LIVES: readonly number[] = [Infinity, 120, 60, 30];

export interface FoldData {
  readonly fold: Fold;
  readonly split: TimeSplit;
  /** The train matrix whose `values` are swapped per half-life (structure = split.train). */
  readonly weighted: CsrMatrix & { values: Float64Array };
  readonly valuesByHalfLife: Map<number, Float64Array>;
  readonly relevant: Set<number>[];
  readonly seen: Int32Array[];
  readonly ctx: FitContext;
}

function prepareFold(ds: PurchaseDataset, fold: Fold, segmentsFor: (cutoffDay: number) => Int32Array): FoldData {
  const cutoffDay = dayNumber(fold.cutoff);
  const split = timeSplit(ds, cutoffDay, { testEndDay: dayNumber(fold.testEnd) });
  const valuesByHalfLife = new Map<number, Float64Array>();
  for (const h of HALF_LIVES)
    valuesByHalfLife.set(h, recencyWeighted(split.train, split.trainLastDay, cutoffDay, h).values as Float64Array);
  const weighted = { ...split.train, values: valuesByHalfLife.get(Infinity)!.slice() };
  return {
    fold,
    split,
    weighted,
    valuesByHalfLife,
    relevant: split.relevant.map((r) => new Set(r)),
    seen: Array.from(split.users, (u) => rowIndices(split.train, u)),
    ctx: { lastDay: split.trainLastDay, referenceDay: cutoffDay, segments: segmentsFor(cutoffDay) },
  };
}

export function useHalfLife(fd: FoldData, h: number): void {
  fd.weighted.values.set(fd.valuesByHalfLife.get(h)!);
}

export function meanNdcg(model: Recommender, fd: FoldData): number {
  const scores = new Float64Array(fd.split.train.cols);
  let total = 0;
  fd.split.users.forEach((u, i) => {
    model.scoreUser(u, scores);
    total += ndcgAtK(topNUnseen(scores, fd.seen[i], K), fd.relevant[i], K);
  });
  return total / Math.max(1, fd.split.users.length);
}

/**
 * Fits `model` once on the fold's train structure (binary values) and returns
 * its mean NDCG@10 at every recency half-life, in HALF_LIVES order (the model
 * must read the values only when scoring: `profile: 'values'`).
 */
export function ndcgPerHalfLife(model: Recommender, fd: FoldData): number[] {
  useHalfLife(fd, Infinity);
  model.fit(fd.weighted, fd.ctx);
  return HALF_LIVES.map((h) => {
    useHalfLife(fd, h);
    return meanNdcg(model, fd);
  });
}

/** The folds' data (splits, recency values, segments), prepared once. */
export function prepareFolds(ds: PurchaseDataset, segmentsFor: (cutoffDay: number) => Int32Array): FoldData[] {
  return FOLDS.map((f) => prepareFold(ds, f, segmentsFor));
}

/** The default built from `config` evaluated with `evaluate` (fit on the recency-wrapped train) on every fold. */
export function checkDefaultOnFolds(ds: PurchaseDataset, config: DefaultRecommenderConfig): number[] {
  return FOLDS.map((fold) => {
    const split = timeSplit(ds, dayNumber(fold.cutoff), { testEndDay: dayNumber(fold.testEnd) });
    return evaluate(split, [createDefaultRecommender(config)], { k: K }).models[0].ndcg;
  });
}
