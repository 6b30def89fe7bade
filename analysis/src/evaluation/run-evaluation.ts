/**
 * `basketgraph evaluate`: every recommendation model on a time split of the
 * graph's purchases; the result is printed, stored as an (:Evaluation) node
 * and optionally written as JSON. This module checks the request, reads the
 * purchases and writes the result; the computing is compute-evaluation.ts, in
 * this thread or (`worker: true`, a server) in a worker thread.
 */
import { storeRow, type GraphStore } from '@basketgraph/cypher';
import { loadDataset } from '../job/load-dataset.js';
import type { PurchaseDataset } from '../dataset.js';
import { isModelName, MODEL_NAMES, type ModelName } from '../job/recommendation-models.js';
import { computeEvaluation, EvaluationError, type EvaluationReport, type EvaluationRequest } from './compute-evaluation.js';
import { computeEvaluationInWorker } from './compute-evaluation-in-worker.js';

export { EvaluationError, type EvaluationReport, type ModelScore } from './compute-evaluation.js';

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
  /** Compute in a worker thread (a server: its event loop keeps answering). */
  worker?: boolean;
  /** The purchases, already read from this store by `loadDataset` (shared with an analysis run): nothing is read. */
  dataset?: PurchaseDataset;
  /** With `worker`: aborting terminates the worker and rejects with the signal's reason; nothing is stored. */
  signal?: AbortSignal;
  /** Awaited after the computing and before the store write (keeps writes in order behind another job's). */
  writeAfter?: Promise<unknown>;
}

export async function runEvaluation(store: GraphStore, options: EvaluationOptions): Promise<EvaluationReport> {
  const request = checkedRequest(options);
  const progress = options.onProgress ?? (() => undefined);
  if (!options.dataset) progress('reading purchases from the graph');
  const ds = options.dataset ?? (await loadDataset(store));
  const report = options.worker
    ? await computeEvaluationInWorker(ds, request, progress, options.signal)
    : computeEvaluation(ds, request, progress);
  await options.writeAfter;
  options.signal?.throwIfAborted();
  await store.write((tx) =>
    tx.bulkLoad('Evaluation', [
      storeRow.Evaluation({
        id: report.id,
        createdAt: report.id.slice('evaluation-'.length),
        cutoff: report.cutoff,
        top: report.top,
        users: report.users,
        defaultModel: report.defaultModel,
        models: JSON.stringify(report.models),
      }),
    ]),
  );
  return report;
}

/** What an evaluation is asked for, as checked by checkEvaluationOptions. */
export interface CheckedEvaluationOptions {
  cutoff: string;
  top: number;
  models: ModelName[];
}

/**
 * The one check of an evaluation request, for every way in: the command line
 * (strings, before it runs or sends anything), the runEvaluation mutation and
 * runEvaluation itself. Throws EvaluationError naming the argument.
 */
export function checkEvaluationOptions(options: {
  cutoff: string;
  top?: number | string;
  models?: readonly string[];
}): CheckedEvaluationOptions {
  if (options.cutoff !== 'auto' && (!/^\d{4}-\d{2}-\d{2}$/.test(options.cutoff) || Number.isNaN(Date.parse(options.cutoff)))) {
    throw new EvaluationError(`--cutoff must be a date YYYY-MM-DD or auto, not "${options.cutoff}"`);
  }
  const top = typeof options.top === 'string' ? (/^\s*\d+\s*$/.test(options.top) ? Number(options.top) : NaN) : (options.top ?? 10);
  if (!Number.isInteger(top) || top < 1 || top > 100)
    throw new EvaluationError(`--top must be a whole number from 1 to 100, not "${options.top}"`, 'top');
  return { cutoff: options.cutoff, top, models: checkedModels(options.models) };
}

function checkedRequest(options: EvaluationOptions): EvaluationRequest {
  return {
    ...checkEvaluationOptions(options),
    segments: options.segments ?? 4,
    seed: options.seed ?? 42,
    createdAt: (options.now ?? (() => new Date()))().toISOString(),
  };
}

function checkedModels(models: readonly string[] | undefined): ModelName[] {
  if (models === undefined) return [...MODEL_NAMES];
  const unknown = models.filter((m) => !isModelName(m));
  if (unknown.length > 0)
    throw new EvaluationError(
      `--models: unknown ${unknown.map((m) => `"${m}"`).join(', ')}; the models are ${MODEL_NAMES.join(', ')}`,
      'models',
    );
  if (models.length === 0) throw new EvaluationError(`--models: name at least one of ${MODEL_NAMES.join(', ')}`, 'models');
  return [...new Set(models as ModelName[])];
}
