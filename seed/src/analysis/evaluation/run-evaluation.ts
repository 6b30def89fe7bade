/**
 * `basketgraph evaluate`: every recommendation model on a time split of the
 * graph's purchases; the result is printed, stored as an (:Evaluation) node
 * and optionally written as JSON.
 */
import type { GraphStore } from '@basketgraph/cypher';
import { dayNumber } from '../dataset.js';
import { timeSplit } from '../recommend/time-split.js';
import { evaluate } from '../recommend/evaluate.js';
import { pairedStandardError } from '../recommend/metrics.js';
import { loadDataset } from '../job/load-dataset.js';
import { createRecommender, isModelName, MODEL_NAMES, modelSettings, type ModelName } from '../job/recommendation-models.js';
import { DEFAULT_MODEL } from '../job/compute-recommendations.js';
import { autoCutoff } from './auto-cutoff.js';
import { trainSegments } from './train-segments.js';

export interface EvaluationOptions {
  /** ISO date: train on orders before it, test on orders on/after it; `auto`: see `autoCutoff`. */
  cutoff: string;
  top?: number;
  /** Which models (default: all, in MODEL_NAMES order); unknown names are refused. */
  models?: readonly string[];
  /** Segments used by segment popularity (k-means on train data). */
  segments?: number;
  seed?: number;
  /** A stage message; with `fraction` (0…1), progress through the models. */
  onProgress?: (message: string, fraction?: number) => void;
  now?: () => Date;
}

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

export class EvaluationError extends Error {}

export async function runEvaluation(store: GraphStore, options: EvaluationOptions): Promise<EvaluationReport> {
  const auto = options.cutoff === 'auto';
  if (!auto && (!/^\d{4}-\d{2}-\d{2}$/.test(options.cutoff) || Number.isNaN(Date.parse(options.cutoff)))) {
    throw new EvaluationError(`--cutoff must be a date YYYY-MM-DD or auto, not "${options.cutoff}"`);
  }
  const top = options.top ?? 10;
  if (!Number.isInteger(top) || top < 1 || top > 100) throw new EvaluationError(`--top must be a whole number from 1 to 100, not "${options.top}"`);
  const names = checkedModels(options.models);
  const progress = options.onProgress ?? (() => undefined);
  progress('reading purchases from the graph');
  const ds = await loadDataset(store);
  const cutoff = auto ? autoCutoff(ds.orderDay) : options.cutoff;
  if (cutoff === null) throw new EvaluationError('the graph has no purchases to evaluate on: import data first');
  const cutoffDay = dayNumber(cutoff);
  const split = timeSplit(ds, cutoffDay);
  if (split.users.length === 0) {
    throw new EvaluationError(`no customer bought both before and on/after ${cutoff}: choose a cutoff inside the data`);
  }
  const segments = trainSegments(ds, cutoffDay, { k: options.segments ?? 4, seed: options.seed ?? 42 });
  progress(`evaluating ${names.length} models on ${split.users.length} customers`);
  const result = evaluate(split, names.map(createRecommender), {
    k: top,
    ctx: { segments },
    onModel: (_name, i, total) => progress(`model ${i + 1}/${total}: ${names[i]}`, i / total),
  });
  const baseline = result.models[names.indexOf(DEFAULT_MODEL)] ?? null;
  const report: EvaluationReport = {
    id: `evaluation-${(options.now ?? (() => new Date()))().toISOString()}`,
    cutoff,
    top,
    users: result.users,
    defaultModel: DEFAULT_MODEL,
    models: result.models.map((m, i) => {
      const vsDefault = baseline && names[i] !== DEFAULT_MODEL ? baseline : null;
      return {
        name: names[i], default: names[i] === DEFAULT_MODEL, settings: modelSettings(names[i]),
        precision: m.precision, recall: m.recall, ndcg: m.ndcg, ndcgStdError: m.ndcgStdError,
        ndcgVsDefault: vsDefault ? m.ndcg - vsDefault.ndcg : null,
        ndcgVsDefaultStdError: vsDefault ? pairedStandardError(m.perUserNdcg, vsDefault.perUserNdcg) : null,
        hitRate: m.hitRate, map: m.map, coverage: m.coverage,
        fitMs: Math.round(m.fitMs), scoreMs: Math.round(m.scoreMs),
      };
    }),
  };
  await store.write((tx) =>
    tx.bulkLoad('Evaluation', [[report.id, report.id.slice('evaluation-'.length), report.cutoff, top, report.users, report.defaultModel, JSON.stringify(report.models)]]),
  );
  return report;
}

function checkedModels(models: readonly string[] | undefined): ModelName[] {
  if (models === undefined) return [...MODEL_NAMES];
  const unknown = models.filter((m) => !isModelName(m));
  if (unknown.length > 0) throw new EvaluationError(`--models: unknown ${unknown.map((m) => `"${m}"`).join(', ')}; the models are ${MODEL_NAMES.join(', ')}`);
  if (models.length === 0) throw new EvaluationError(`--models: name at least one of ${MODEL_NAMES.join(', ')}`);
  return [...new Set(models as ModelName[])];
}
