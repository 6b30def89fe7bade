/**
 * The analysis job: read purchases from the graph, compute features,
 * segments, neighbours, rules and recommendations, and publish them as a
 * versioned run (`GraphStore.publishRun`): an AnalysisRun node records
 * parameters, stage and timings; readers keep seeing the current run's
 * results until the new run is made current.
 */
import { storeRow, type GraphStore } from '@basketgraph/cypher';
import { CUSTOMER_FEATURE_NAMES } from '../algorithms/customer-features.js';
import { parseAnalysisParams, type AnalysisParams, type AnalysisParamsInput } from './analysis-params.js';
import { loadDataset } from './load-dataset.js';
import type { PurchaseDataset } from '../dataset.js';
import type { StageListener } from './compute-analysis.js';
import { computeInWorker } from './compute-in-worker.js';
import { computeInTwoThreads } from './compute-in-two-threads.js';
import { startSecondThread } from './second-thread.js';
import { writeCustomerFeatures, writeResults } from './write-results.js';
import type { PublishableOutput } from './analysis-output.js';
import { isModelName, modelSettings } from './recommendation-models.js';
import { recommendationCount } from './recommendation-columns.js';

export interface AnalysisProgress {
  stage: string;
  /** 0..1 over the whole job. */
  fraction: number;
  message?: string;
}

export interface RunAnalysisOptions {
  onProgress?: (p: AnalysisProgress) => void;
  /**
   * Runs the step of the publish that changes what readers see while no reader is in the middle of a
   * request (the server passes its request gate); default: run it directly.
   */
  exclusive?: <T>(publish: () => Promise<T>) => Promise<T>;
  /** Run id (default: derived from the start time). */
  runId?: string;
  /** Clock, for tests. */
  now?: () => Date;
  /** Run the CPU stages in a worker thread (a server does, to keep answering requests). */
  worker?: boolean;
  /**
   * Inline runs (no `worker`) only: compute the recommendations on a second thread while this one
   * computes features, segments and rules, then the customer neighbours on both (the CLI does; same
   * results). Ignored for datasets under `minLines` purchase lines (default 50,000), where starting the
   * thread costs more than it saves.
   */
  twoThreads?: boolean | { minLines: number };
  /**
   * The purchases, already read from this store by `loadDataset` (a pipeline reads them once for analyze and
   * evaluate): the load stage then reads nothing.
   */
  dataset?: PurchaseDataset;
}

export interface AnalysisRunSummary {
  id: string;
  status: 'completed' | 'failed';
  params: AnalysisParams;
  k: number;
  segments: { id: string; name: string; size: number }[];
  rules: number;
  similarEdges: number;
  recommendations: number;
  defaultModel: string;
  timings: Record<string, number>;
  error?: string;
}

/** The stages and their share of the run's time (for the progress bar). */
const STAGE_SHARE = { load: 0.25, features: 0.02, segments: 0.1, rules: 0.1, similarity: 0.13, recommendations: 0.15, publish: 0.25 };
export type AnalysisStage = keyof typeof STAGE_SHARE;

export class AnalysisAlreadyRunningError extends Error {}

export async function runAnalysis(
  store: GraphStore,
  input: AnalysisParamsInput = {},
  options: RunAnalysisOptions = {},
): Promise<AnalysisRunSummary> {
  const params = parseAnalysisParams(input);
  const now = options.now ?? (() => new Date());
  const startedAt = now();
  const runId = options.runId ?? `run-${startedAt.toISOString().replace(/[-:.]/g, '').replace('T', '-').slice(0, 19)}`;
  const timings: Record<string, number> = {};
  const exclusive = options.exclusive ?? ((publish) => publish());
  let done = 0;

  await store.write(async (tx) => {
    await tx.query('analysis-runs-abandon', { finishedAt: startedAt.toISOString() });
    await tx.bulkLoad('AnalysisRun', [
      storeRow.AnalysisRun({
        id: runId,
        status: 'running',
        params: JSON.stringify(params),
        startedAt: startedAt.toISOString(),
        stage: 'load',
        timings: '{}',
        kSweep: '[]',
        featureNames: [...CUSTOMER_FEATURE_NAMES],
        current: false,
      }),
    ]);
  });

  // Stage records are for observers while the CPU stages run in a worker (a server's runs); they are written in
  // order, in the background. Inline runs (the CLI shows its own progress) record only the start and the end.
  let stageWrites = Promise.resolve();
  const recordStage = (name: string) => {
    if (!options.worker) return;
    const snapshot = JSON.stringify(timings);
    stageWrites = stageWrites.then(() =>
      store
        .write((tx) => tx.query('analysis-run-stage', { id: runId, stage: name, timings: snapshot }))
        .then(
          () => undefined,
          () => undefined,
        ),
    );
  };
  const stage = async <T>(name: 'load' | 'publish', work: () => Promise<T>, message?: string): Promise<T> => {
    options.onProgress?.({ stage: name, fraction: done, message });
    const t0 = performance.now();
    const result = await work();
    timings[name] = Math.round(performance.now() - t0);
    done += STAGE_SHARE[name];
    if (name === 'load') recordStage(name);
    return result;
  };

  // Started before the load, so that the thread's start-up overlaps it.
  const thread = options.twoThreads && !options.worker ? startSecondThread() : null;
  try {
    const given = options.dataset;
    const dataset = await stage(
      'load',
      async () => given ?? loadDataset(store),
      given ? 'purchases already read' : 'reading purchases from the graph',
    );
    if (dataset.customers.length < 2)
      throw new Error(`the graph has ${dataset.customers.length} customer(s) with purchases; import data first`);
    const listener: StageListener = {
      started: (name) => options.onProgress?.({ stage: name, fraction: done }),
      finished: (name, ms) => {
        timings[name] = ms;
        done += STAGE_SHARE[name];
        recordStage(name);
      },
    };
    const computed = options.worker
      ? await computeInWorker(dataset, params, runId, listener)
      : await computeInTwoThreads(
          dataset,
          params,
          runId,
          listener,
          thread,
          typeof options.twoThreads === 'object' ? options.twoThreads.minLines : undefined,
        );
    const { segmentation, rules, similarCustomers, defaultModel } = computed;
    const output: PublishableOutput = { ...computed, dataset };
    const recommendations = await stage('publish', () =>
      store.publishRun({
        runId,
        exclusive,
        write: (w) => writeResults(w, output, (message) => options.onProgress?.({ stage: 'publish', fraction: done, message })),
        makeCurrent: async (tx) => {
          await writeCustomerFeatures(tx, output);
          await tx.query('analysis-run-finish', {
            id: runId,
            status: 'completed',
            finishedAt: now().toISOString(),
            stage: 'done',
            timings: JSON.stringify(timings),
            kSweep: JSON.stringify(segmentation.sweep),
            k: segmentation.k,
            defaultModel,
            error: null,
            modelSettings: isModelName(defaultModel) ? JSON.stringify(modelSettings(defaultModel)) : null,
            featureNames: segmentation.matrix.names,
            scaling: JSON.stringify({
              names: segmentation.matrix.names,
              logged: segmentation.matrix.logged,
              mean: [...segmentation.matrix.mean],
              std: [...segmentation.matrix.std],
            }),
          });
          await tx.query('analysis-run-switch', { id: runId });
        },
      }),
    );
    await stageWrites;
    await store.write((tx) => tx.query('analysis-run-stage', { id: runId, stage: 'done', timings: JSON.stringify(timings) }));
    options.onProgress?.({ stage: 'done', fraction: 1 });
    return {
      id: runId,
      status: 'completed',
      params,
      k: segmentation.k,
      segments: segmentation.segments.map((s) => ({ id: s.id, name: s.name, size: s.size })),
      rules: rules.length,
      similarEdges: similarCustomers.neighbours.length,
      recommendations: recommendationCount(recommendations),
      defaultModel,
      timings,
    };
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    await stageWrites;
    await store
      .write((tx) =>
        tx.query('analysis-run-finish', {
          id: runId,
          status: 'failed',
          finishedAt: now().toISOString(),
          stage: 'failed',
          timings: JSON.stringify(timings),
          kSweep: '[]',
          k: null,
          defaultModel: null,
          featureNames: [],
          scaling: null,
          error,
          modelSettings: null,
        }),
      )
      .catch(() => undefined);
    throw e;
  } finally {
    thread?.stop();
  }
}
