/** Runs computeAnalysis in a worker thread and relays its stage events. */
import { Worker } from 'node:worker_threads';
import type { PurchaseDataset } from '../dataset.js';
import type { AnalysisParams } from './analysis-params.js';
import type { ComputedAnalysis, ComputeStage, StageListener } from './compute-analysis.js';
import type { WorkerMessage } from './compute-worker.js';

export function computeInWorker(dataset: PurchaseDataset, params: AnalysisParams, runId: string, listener: StageListener): Promise<ComputedAnalysis> {
  return new Promise((resolve, reject) => {
    // The sources are TypeScript: the bootstrap registers tsx in the worker, as bin/basketgraph.js does.
    const worker = new Worker(new URL('./compute-worker.mjs', import.meta.url), { workerData: { dataset, params, runId } });
    let settled = false;
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'started') listener.started(m.stage as ComputeStage);
      else if (m.type === 'finished') listener.finished(m.stage as ComputeStage, m.ms);
      else {
        settled = true;
        if (m.type === 'done') resolve(m.result as ComputedAnalysis);
        else reject(new Error(m.message));
        void worker.terminate();
      }
    });
    worker.on('error', (e) => {
      if (!settled) reject(e);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`the analysis worker stopped with exit code ${code}`));
    });
  });
}
