/**
 * Worker-thread entry of computeEvaluation: a server evaluates here so its
 * event loop keeps answering requests meanwhile.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { PurchaseDataset } from '../dataset.js';
import { computeEvaluation, EvaluationError, type EvaluationRequest } from './compute-evaluation.js';

export type EvaluationWorkerMessage =
  | { type: 'progress'; message: string; fraction?: number }
  | { type: 'done'; report: unknown }
  | { type: 'error'; message: string; argument: EvaluationError['argument'] | null };

const { dataset, request } = workerData as { dataset: PurchaseDataset; request: EvaluationRequest };
const post = (m: EvaluationWorkerMessage) => parentPort!.postMessage(m);
try {
  post({ type: 'done', report: computeEvaluation(dataset, request, (message, fraction) => post({ type: 'progress', message, fraction })) });
} catch (e) {
  post({ type: 'error', message: e instanceof Error ? e.message : String(e), argument: e instanceof EvaluationError ? e.argument : null });
}
