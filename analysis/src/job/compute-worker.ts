/**
 * Worker-thread entry of computeAnalysis: a server runs the CPU part of an
 * analysis here so its event loop keeps answering requests meanwhile.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { computeAnalysis } from './compute-analysis.js';
import type { PurchaseDataset } from '../dataset.js';
import type { AnalysisParams } from './analysis-params.js';

export type WorkerMessage =
  | { type: 'started'; stage: string }
  | { type: 'finished'; stage: string; ms: number }
  | { type: 'done'; result: unknown }
  | { type: 'error'; message: string };

const { dataset, params, runId } = workerData as { dataset: PurchaseDataset; params: AnalysisParams; runId: string };
const post = (m: WorkerMessage) => parentPort!.postMessage(m);
try {
  const result = computeAnalysis(dataset, params, runId, {
    started: (stage) => post({ type: 'started', stage }),
    finished: (stage, ms) => post({ type: 'finished', stage, ms }),
  });
  post({ type: 'done', result });
} catch (e) {
  post({ type: 'error', message: e instanceof Error ? e.message : String(e) });
}
