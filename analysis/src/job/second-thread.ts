/**
 * A second thread for the recommendations stage of an inline analysis run
 * (the CLI's `analyze`, `npm start`'s first run): the precomputed
 * recommendations do not depend on the other stages (unless the model uses
 * segments), so they are computed while this thread computes features,
 * segments, neighbours and rules. Same results as computing them here.
 *
 * The worker is started before the dataset is loaded, so that its start-up
 * (registering tsx, loading the modules: ≈ 0.7 s) overlaps the load.
 */
import type { RecommendationRecord } from './analysis-output.js';
import type { RecommendationsJob, RecommendationsWorkerMessage } from './recommendations-worker.js';
import { startTypeScriptWorker } from '../typescript-worker.js';

export interface RecommendationsThread {
  /** Sends the job; resolves with the records and the worker's own compute time. */
  compute(job: RecommendationsJob, onStarted: () => void): Promise<{ records: RecommendationRecord[]; ms: number }>;
  /** Stops the worker (when it is not needed after all, or after an error elsewhere). */
  stop(): void;
}

export function startRecommendationsThread(): RecommendationsThread {
  const worker = startTypeScriptWorker(new URL('./recommendations-worker.ts', import.meta.url));
  // An idle worker must not keep the process alive if the run fails before using it.
  worker.unref();
  let failure: Error | null = null;
  worker.on('error', (e) => {
    failure = e;
  });
  return {
    compute(job, onStarted) {
      return new Promise((resolve, reject) => {
        if (failure) return reject(failure);
        let settled = false;
        worker.ref();
        const records: RecommendationRecord[] = [];
        worker.on('message', (m: RecommendationsWorkerMessage) => {
          if (m.type === 'started') return onStarted();
          if (m.type === 'records') {
            for (const r of m.records) records.push(r);
            return;
          }
          settled = true;
          if (m.type === 'done') resolve({ records, ms: m.ms });
          else reject(new Error(m.message));
          void worker.terminate();
        });
        worker.on('error', (e) => {
          if (!settled) reject(e);
        });
        worker.on('exit', (code) => {
          if (!settled) reject(new Error(`the recommendations worker stopped with exit code ${code}`));
        });
        worker.postMessage(job);
      });
    },
    stop() {
      void worker.terminate();
    },
  };
}

/** Below this many purchase lines, a second thread costs more than it saves. */
export const PARALLEL_MIN_LINES = 50_000;
