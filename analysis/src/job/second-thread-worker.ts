/**
 * Worker-thread entry that precomputes the recommendations while the calling
 * thread computes features, segments, neighbours and rules (see
 * recommendations-in-worker.ts). Waits for one job message; answers with the records in batches, then done.
 */
import { parentPort } from 'node:worker_threads';
import type { PurchaseDataset } from '../dataset.js';
import { recommendationBatches } from './compute-recommendations.js';
import type { RecommendationRecord } from './analysis-output.js';

export interface RecommendationsJob {
  dataset: PurchaseDataset;
  /** Segment of each customer; only for models that use segments. */
  segments: Int32Array | null;
  model: string;
  n: number;
}

/** 'started', then one 'records' per batch of customers (recommendationBatches), then 'done' or 'error'. */
export type RecommendationsWorkerMessage =
  | { type: 'started' }
  | { type: 'records'; records: RecommendationRecord[] }
  | { type: 'done'; ms: number }
  | { type: 'error'; message: string };

const post = (m: RecommendationsWorkerMessage) => parentPort!.postMessage(m);
parentPort!.once('message', (job: RecommendationsJob) => {
  try {
    post({ type: 'started' });
    const t0 = performance.now();
    const segments = job.segments ?? new Int32Array(job.dataset.customers.length);
    for (const records of recommendationBatches(job.dataset, segments, { model: job.model, n: job.n })) post({ type: 'records', records });
    post({ type: 'done', ms: Math.round(performance.now() - t0) });
  } catch (e) {
    post({ type: 'error', message: e instanceof Error ? e.message : String(e) });
  }
});
