/**
 * Runs computeEvaluation in a worker thread and relays its progress; bad input comes back as EvaluationError.
 * Aborting `signal` terminates the worker and rejects with the signal's reason.
 */
import type { PurchaseDataset } from '../dataset.js';
import { EvaluationError, type EvaluationReport, type EvaluationRequest } from './compute-evaluation.js';
import type { EvaluationWorkerMessage } from './evaluation-worker.js';
import { startTypeScriptWorker } from '../typescript-worker.js';

export function computeEvaluationInWorker(
  dataset: PurchaseDataset,
  request: EvaluationRequest,
  progress: (message: string, fraction?: number) => void,
  signal?: AbortSignal,
): Promise<EvaluationReport> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const worker = startTypeScriptWorker(new URL('./evaluation-worker.ts', import.meta.url), { dataset, request });
    let settled = false;
    const abort = () => {
      if (settled) return;
      settled = true;
      reject(signal!.reason);
      void worker.terminate();
    };
    signal?.addEventListener('abort', abort, { once: true });
    worker.once('exit', () => signal?.removeEventListener('abort', abort));
    worker.on('message', (m: EvaluationWorkerMessage) => {
      if (settled) return;
      if (m.type === 'progress') return progress(m.message, m.fraction);
      settled = true;
      if (m.type === 'done') resolve(m.report as EvaluationReport);
      else reject(m.argument ? new EvaluationError(m.message, m.argument) : new Error(m.message));
      void worker.terminate();
    });
    worker.on('error', (e) => {
      if (!settled) reject(e);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`the evaluation worker stopped with exit code ${code}`));
    });
  });
}
