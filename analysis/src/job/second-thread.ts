/**
 * A second thread for an inline analysis run (the CLI's `analyze`, `npm start`'s first run). It computes the
 * precomputed recommendations, which do not depend on the other stages (unless the model uses segments), while
 * this thread computes features, segments, rules and neighbours; then it takes a share of the customer
 * neighbour rows that are left (shared-neighbour-rows.ts). Same results as computing everything here.
 *
 * The worker is started before the dataset is loaded, so that its start-up (registering tsx, loading the
 * modules: ≈ 0.7 s) overlaps the load. Its jobs run one after another, in the order they are sent.
 */
import type { NeighbourRows } from '../algorithms/neighbour-lists.js';
import { joinRecommendationColumns, type RecommendationColumns } from './recommendation-columns.js';
import type { RecommendationsJob, SecondThreadJob, SecondThreadMessage } from './second-thread-worker.js';
import type { NeighbourRowsJob } from './shared-neighbour-rows.js';
import { startTypeScriptWorker } from '../typescript-worker.js';

export interface SecondThread {
  /** Sends the job; resolves with the recommendations and the worker's own compute time. */
  recommendations(job: RecommendationsJob, onStarted: () => void): Promise<{ columns: RecommendationColumns; ms: number }>;
  /** Sends the job; resolves with the ranges of rows this thread claimed (after its earlier jobs). */
  neighbourRows(job: NeighbourRowsJob): Promise<NeighbourRows[]>;
  /** Stops the worker (when it is not needed after all, after an error elsewhere, or at the end of the run). */
  stop(): void;
}

interface Pending {
  onMessage(m: SecondThreadMessage): void;
  fail(e: Error): void;
}

export function startSecondThread(): SecondThread {
  const worker = startTypeScriptWorker(new URL('./second-thread-worker.ts', import.meta.url));
  // An idle worker must not keep the process alive if the run fails before using it.
  worker.unref();
  let failure: Error | null = null;
  const pending = new Map<SecondThreadJob['job'], Pending>();
  const failAll = (e: Error) => {
    failure ??= e;
    for (const p of pending.values()) p.fail(e);
    pending.clear();
  };
  worker.on('message', (m: SecondThreadMessage) => pending.get(m.job)?.onMessage(m));
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`the analysis run's second thread stopped with exit code ${code}`)));

  function send<T>(job: SecondThreadJob, collect: (m: SecondThreadMessage) => void, result: (ms: number) => T): Promise<T> {
    return new Promise((resolve, reject) => {
      if (failure) return reject(failure);
      worker.ref();
      const settle = () => {
        pending.delete(job.job);
        if (pending.size === 0) worker.unref();
      };
      pending.set(job.job, {
        onMessage(m) {
          if (m.type === 'done') {
            settle();
            resolve(result(m.ms));
          } else if (m.type === 'error') {
            settle();
            reject(new Error(m.message));
          } else collect(m);
        },
        fail: reject,
      });
      worker.postMessage(job);
    });
  }

  return {
    recommendations(job, onStarted) {
      const batches: RecommendationColumns[] = [];
      return send(
        { job: 'recommendations', ...job },
        (m) => {
          if (m.type === 'started') onStarted();
          else if (m.type === 'batch') batches.push(m.columns);
        },
        (ms) => ({ columns: joinRecommendationColumns(batches), ms }),
      );
    },
    neighbourRows(job) {
      const parts: NeighbourRows[] = [];
      return send(
        { job: 'neighbour-rows', ...job },
        (m) => {
          if (m.type === 'rows') parts.push(m.rows);
        },
        () => parts,
      );
    },
    stop() {
      void worker.terminate();
    },
  };
}

/** Below this many purchase lines, a second thread costs more than it saves. */
export const PARALLEL_MIN_LINES = 50_000;
