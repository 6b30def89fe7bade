/**
 * Offline evaluation of recommenders on a time split: fit on train, recommend
 * the top k unseen products per evaluated customer, score against test.
 */
import { rowIndices } from '../algorithms/csr.js';
import { isoFromDayNumber } from '../dataset.js';
import { averagePrecisionAtK, catalogCoverage, hitRateAtK, ndcgAtK, precisionAtK, recallAtK, standardError } from './metrics.js';
import { topNUnseen, type FitContext, type Recommender } from './recommender.js';
import type { TimeSplit } from './time-split.js';

export interface EvaluateOptions {
  /** List length (default 10). */
  k?: number;
  /**
   * Passed to every model's `fit` (e.g. customer segments); `lastDay` and
   * `referenceDay` default to the split's `trainLastDay` and `cutoffDay`.
   */
  ctx?: FitContext;
  /** Called before each model is fitted (index from 0), for progress. */
  onModel?: (name: string, index: number, total: number) => void;
}

export interface ModelEvaluation {
  readonly name: string;
  /** Means over evaluated customers of the @k metrics. */
  readonly precision: number;
  readonly recall: number;
  readonly ndcg: number;
  /** Standard error of `ndcg` over the evaluated customers (see `standardError`). */
  readonly ndcgStdError: number;
  /** NDCG@k of each evaluated customer, in `split.users` order (for paired comparisons of models). */
  readonly perUserNdcg: Float64Array;
  readonly hitRate: number;
  readonly map: number;
  /** Distinct recommended products / all products. */
  readonly coverage: number;
  /** Wall time of `fit` and of scoring all evaluated customers, in ms. */
  readonly fitMs: number;
  readonly scoreMs: number;
}

export interface Evaluation {
  /** Cutoff day as ISO date: train < cutoff <= test. */
  readonly cutoff: string;
  /** Number of evaluated customers (bought in train and in test). */
  readonly users: number;
  readonly k: number;
  readonly models: ModelEvaluation[];
}

/**
 * Fits each model on `split.train` and evaluates it on `split`: each customer
 * in `split.users` gets the top k products they did not buy in train;
 * relevant = products bought in test and not in train (see `TimeSplit.relevant`).
 * Models are fitted and evaluated one after the other, in the given order.
 */
export function evaluate(split: TimeSplit, models: readonly Recommender[], options: EvaluateOptions = {}): Evaluation {
  const k = options.k ?? 10;
  const train = split.train;
  const results: ModelEvaluation[] = [];
  const scores = new Float64Array(train.cols);
  const relevantSets = split.relevant.map((r) => new Set(r));
  const ctx: FitContext = { lastDay: split.trainLastDay, referenceDay: split.cutoffDay, ...options.ctx };
  for (const [index, model] of models.entries()) {
    options.onModel?.(model.name, index, models.length);
    const t0 = performance.now();
    model.fit(train, ctx);
    const t1 = performance.now();
    let precision = 0;
    let recall = 0;
    let ndcg = 0;
    let hitRate = 0;
    let map = 0;
    const lists: Int32Array[] = [];
    const perUserNdcg = new Float64Array(split.users.length);
    for (let i = 0; i < split.users.length; i++) {
      const u = split.users[i];
      scores.fill(0);
      model.scoreUser(u, scores);
      const top = topNUnseen(scores, rowIndices(train, u), k);
      lists.push(top);
      const rel = relevantSets[i];
      precision += precisionAtK(top, rel, k);
      recall += recallAtK(top, rel, k);
      perUserNdcg[i] = ndcgAtK(top, rel, k);
      ndcg += perUserNdcg[i];
      hitRate += hitRateAtK(top, rel, k);
      map += averagePrecisionAtK(top, rel, k);
    }
    const t2 = performance.now();
    const n = Math.max(1, split.users.length);
    results.push({
      name: model.name,
      precision: precision / n,
      recall: recall / n,
      ndcg: ndcg / n,
      ndcgStdError: standardError(perUserNdcg),
      perUserNdcg,
      hitRate: hitRate / n,
      map: map / n,
      coverage: catalogCoverage(lists, train.cols, k),
      fitMs: t1 - t0,
      scoreMs: t2 - t1,
    });
  }
  return { cutoff: isoFromDayNumber(split.cutoffDay), users: split.users.length, k, models: results };
}
