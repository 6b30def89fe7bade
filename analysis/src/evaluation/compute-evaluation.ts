/**
 * The CPU part of `basketgraph evaluate`, pure: split the purchases at the
 * cutoff, fit and score every requested model, and report the metrics with
 * their uncertainty. Runs in the caller's thread or in a worker.
 */
import { dayNumber, type PurchaseDataset } from '../dataset.js';
import { timeSplit } from '../recommend/time-split.js';
import { evaluate } from '../recommend/evaluate.js';
import { pairedStandardError } from '../recommend/metrics.js';
import { createRecommender, modelSettings, type ModelName } from '../job/recommendation-models.js';
import { DEFAULT_MODEL } from '../job/compute-recommendations.js';
import { autoCutoff } from './auto-cutoff.js';
import { trainSegments } from './train-segments.js';

export interface ModelScore {
  name: string;
  default: boolean;
  /** What the name stands for in this version (see `modelSettings`). */
  settings: Record<string, unknown>;
  precision: number;
  recall: number;
  ndcg: number;
  /** Standard error of `ndcg` over the evaluated customers (95 % interval ≈ ndcg ± 1.96 · this). */
  ndcgStdError: number;
  /** ndcg − the default model's ndcg, on the same customers (null for the default itself or without it). */
  ndcgVsDefault: number | null;
  /** Standard error of that paired difference. */
  ndcgVsDefaultStdError: number | null;
  hitRate: number;
  map: number;
  coverage: number;
  fitMs: number;
  scoreMs: number;
}

export interface EvaluationReport {
  id: string;
  cutoff: string;
  top: number;
  users: number;
  defaultModel: string;
  models: ModelScore[];
}

/** A checked request: the cutoff (a date or `auto`), list length, models, and when it was made. */
export interface EvaluationRequest {
  readonly cutoff: string;
  readonly top: number;
  readonly models: readonly ModelName[];
  /** Segments for segment popularity (k-means on train data) and their seed. */
  readonly segments: number;
  readonly seed: number;
  /** ISO timestamp: the report's id is `evaluation-<createdAt>`. */
  readonly createdAt: string;
}

/** A request the evaluation cannot run; `argument` names what to change. */
export class EvaluationError extends Error {
  constructor(
    message: string,
    readonly argument: 'cutoff' | 'top' | 'models' = 'cutoff',
  ) {
    super(message);
  }
}

export function computeEvaluation(
  ds: PurchaseDataset,
  request: EvaluationRequest,
  progress: (message: string, fraction?: number) => void = () => undefined,
): EvaluationReport {
  const names = request.models;
  const cutoff = request.cutoff === 'auto' ? autoCutoff(ds.orderDay) : request.cutoff;
  if (cutoff === null) throw new EvaluationError('the graph has no purchases to evaluate on: import data first');
  const cutoffDay = dayNumber(cutoff);
  const split = timeSplit(ds, cutoffDay);
  if (split.users.length === 0) {
    throw new EvaluationError(`no customer bought both before and on/after ${cutoff}: choose a cutoff inside the data`);
  }
  const segments = trainSegments(ds, cutoffDay, { k: request.segments, seed: request.seed });
  progress(`evaluating ${names.length} models on ${split.users.length} customers`);
  const result = evaluate(split, names.map(createRecommender), {
    k: request.top,
    ctx: { segments },
    onModel: (_name, i, total) => progress(`model ${i + 1}/${total}: ${names[i]}`, i / total),
  });
  const baseline = result.models[names.indexOf(DEFAULT_MODEL as ModelName)] ?? null;
  return {
    id: `evaluation-${request.createdAt}`,
    cutoff,
    top: request.top,
    users: result.users,
    defaultModel: DEFAULT_MODEL,
    models: result.models.map((m, i) => {
      const vsDefault = baseline && names[i] !== DEFAULT_MODEL ? baseline : null;
      return {
        name: names[i],
        default: names[i] === DEFAULT_MODEL,
        settings: modelSettings(names[i]),
        precision: m.precision,
        recall: m.recall,
        ndcg: m.ndcg,
        ndcgStdError: m.ndcgStdError,
        ndcgVsDefault: vsDefault ? m.ndcg - vsDefault.ndcg : null,
        ndcgVsDefaultStdError: vsDefault ? pairedStandardError(m.perUserNdcg, vsDefault.perUserNdcg) : null,
        hitRate: m.hitRate,
        map: m.map,
        coverage: m.coverage,
        fitMs: Math.round(m.fitMs),
        scoreMs: Math.round(m.scoreMs),
      };
    }),
  };
}
