/**
 * Serves per-customer recommendations of the fitted models (EASE, RP3beta)
 * to a server without blocking its event loop: on first use it reads the
 * purchases from the graph and hands them to a worker thread, which fits
 * each model on its first request and answers batches of customers.
 * `reset()` drops the worker and its models; a server calls it whenever the
 * graph changes (the end of a publish or an import), and the next request
 * starts over from the new graph.
 */
import type { Worker } from 'node:worker_threads';
import type { GraphReader } from '@basketgraph/cypher';
import { loadDataset } from '../job/load-dataset.js';
import type { OnlineRecommendation } from './basket-recommendations.js';
import type { FittedCustomerModelName } from './customer-models.js';
import type { CustomerModelsReply, CustomerModelsRequest } from './customer-models-worker.js';
import { startTypeScriptWorker } from '../typescript-worker.js';

interface Pending {
  resolve: (lists: (OnlineRecommendation[] | null)[]) => void;
  reject: (e: Error) => void;
}

class ModelThread {
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private failure: Error | null = null;

  constructor(private readonly worker: Worker) {
    worker.unref();
    worker.on('message', (m: CustomerModelsReply) => {
      const p = this.pending.get(m.id);
      this.pending.delete(m.id);
      if (this.pending.size === 0) worker.unref();
      if ('error' in m) p?.reject(new Error(m.error));
      else p?.resolve(m.lists);
    });
    const fail = (e: Error) => {
      this.failure ??= e;
      for (const p of this.pending.values()) p.reject(e);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the recommendation model worker stopped (exit code ${code})`)));
  }

  ask(model: FittedCustomerModelName, customers: string[], n: number): Promise<(OnlineRecommendation[] | null)[]> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.ref();
      this.worker.postMessage({ id, model, customers, n } satisfies CustomerModelsRequest);
    });
  }

  stop(): void {
    void this.worker.terminate();
  }
}

export class CustomerModelHost {
  private thread: Promise<ModelThread> | null = null;

  constructor(private readonly store: GraphReader) {}

  /** Per customer (same order): the top `n` unseen products with reasons, or null for a customer without purchases. */
  async recommend(model: FittedCustomerModelName, customers: string[], n: number): Promise<(OnlineRecommendation[] | null)[]> {
    const start = (this.thread ??= this.startThread());
    let thread: ModelThread;
    try {
      thread = await start;
    } catch (e) {
      if (this.thread === start) this.thread = null; // the next request tries again
      throw e;
    }
    return thread.ask(model, customers, n);
  }

  /** Forget the graph's purchases and the fitted models (the graph changed). */
  reset(): void {
    const old = this.thread;
    this.thread = null;
    old?.then((t) => t.stop(), () => undefined);
  }

  private async startThread(): Promise<ModelThread> {
    const dataset = await loadDataset(this.store);
    return new ModelThread(startTypeScriptWorker(new URL('./customer-models-worker.ts', import.meta.url), { dataset }));
  }
}
