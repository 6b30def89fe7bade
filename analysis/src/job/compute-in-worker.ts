/** Runs computeAnalysis in a worker thread and relays its stage events. */
import type { PurchaseDataset } from '../dataset.js';
import type { AnalysisParams } from './analysis-params.js';
import type { ComputedAnalysis, ComputeStage, StageListener } from './compute-analysis.js';
import type { WorkerMessage } from './compute-worker.js';
import { startTypeScriptWorker } from '../typescript-worker.js';

export function computeInWorker(
  dataset: PurchaseDataset,
  params: AnalysisParams,
  runId: string,
  listener: StageListener,
): Promise<ComputedAnalysis> {
  return new Promise((resolve, reject) => {
    const worker = startTypeScriptWorker(new URL('./compute-worker.ts', import.meta.url), { dataset, params, runId });
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
