/**
 * Worker-thread entry that precomputes the recommendations while the calling
 * thread computes features, segments, neighbours and rules (see
 * recommendations-in-worker.ts). Waits for one job message, answers once.
 */
import { parentPort } from 'node:worker_threads';
import type { PurchaseDataset } from '../dataset.js';
import { computeRecommendations } from './compute-recommendations.js';

export interface RecommendationsJob {
  dataset: PurchaseDataset;
  /** Segment of each customer; only for models that use segments. */
  segments: Int32Array | null;
  model: string;
  n: number;
}

export type RecommendationsWorkerMessage =
  { type: 'started' } | { type: 'done'; result: unknown; ms: number } | { type: 'error'; message: string };

const post = (m: RecommendationsWorkerMessage) => parentPort!.postMessage(m);
parentPort!.once('message', (job: RecommendationsJob) => {
  try {
    post({ type: 'started' });
    const t0 = performance.now();
    const segments = job.segments ?? new Int32Array(job.dataset.customers.length);
    const result = computeRecommendations(job.dataset, segments, { model: job.model, n: job.n });
    post({ type: 'done', result, ms: Math.round(performance.now() - t0) });
  } catch (e) {
    post({ type: 'error', message: e instanceof Error ? e.message : String(e) });
  }
});
