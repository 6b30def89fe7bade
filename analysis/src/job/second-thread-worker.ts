/**
 * Worker-thread entry of an inline analysis run's second thread (see second-thread.ts). Jobs arrive as messages
 * and run one after another: the recommendations (answered in batches of columns), then a share of the customer
 * neighbour rows (answered one range at a time).
 */
import { parentPort } from 'node:worker_threads';
import type { PurchaseDataset } from '../dataset.js';
import { recommendationBatches } from './compute-recommendations.js';
import { columnBuffers, type RecommendationColumns } from './recommendation-columns.js';
import { claimNeighbourRows, type NeighbourRowsJob } from './shared-neighbour-rows.js';
import type { NeighbourRows } from '../algorithms/neighbour-lists.js';

export interface RecommendationsJob {
  dataset: PurchaseDataset;
  /** Segment of each customer; only for models that use segments. */
  segments: Int32Array | null;
  model: string;
  n: number;
}

export type SecondThreadJob = ({ job: 'recommendations' } & RecommendationsJob) | ({ job: 'neighbour-rows' } & NeighbourRowsJob);

/**
 * Recommendations: 'started', one 'batch' per batch of customers (recommendationBatches), then 'done' or 'error'.
 * Neighbour rows: one 'rows' per range this thread claimed, then 'done' or 'error'.
 */
export type SecondThreadMessage =
  | { job: 'recommendations'; type: 'started' }
  | { job: 'recommendations'; type: 'batch'; columns: RecommendationColumns }
  | { job: 'neighbour-rows'; type: 'rows'; rows: NeighbourRows }
  | { job: SecondThreadJob['job']; type: 'done'; ms: number }
  | { job: SecondThreadJob['job']; type: 'error'; message: string };

const post = (m: SecondThreadMessage, transfer: ArrayBuffer[] = []) => parentPort!.postMessage(m, transfer);

function run(job: SecondThreadJob): void {
  const t0 = performance.now();
  if (job.job === 'recommendations') {
    post({ job: 'recommendations', type: 'started' });
    const segments = job.segments ?? new Int32Array(job.dataset.customers.length);
    for (const columns of recommendationBatches(job.dataset, segments, { model: job.model, n: job.n }))
      post({ job: 'recommendations', type: 'batch', columns }, columnBuffers(columns));
  } else {
    claimNeighbourRows(job, (rows) =>
      post({ job: 'neighbour-rows', type: 'rows', rows }, [
        rows.indptr.buffer,
        rows.neighbours.buffer,
        rows.shared.buffer,
      ] as ArrayBuffer[]),
    );
  }
  post({ job: job.job, type: 'done', ms: Math.round(performance.now() - t0) });
}

parentPort!.on('message', (job: SecondThreadJob) => {
  try {
    run(job);
  } catch (e) {
    post({ job: job.job, type: 'error', message: e instanceof Error ? e.message : String(e) });
  }
});
