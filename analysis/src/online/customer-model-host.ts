/**
 * Serves per-customer recommendations of the fitted models (EASE, RP3beta, segment user-kNN)
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
import { segmentsOf, type FittedCustomerModelName } from './customer-models.js';
import type { CustomerModelsReply, CustomerModelsRequest } from './customer-models-worker.js';
import { startTypeScriptWorker } from '../typescript-worker.js';

/** A request before it gets its id (distributes over the request kinds). */
type RequestWithoutId = CustomerModelsRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

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

  ask(request: RequestWithoutId): Promise<(OnlineRecommendation[] | null)[]> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.ref();
      this.worker.postMessage({ ...request, id } as CustomerModelsRequest);
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
    return (await this.ready()).ask({ model, customers, n });
  }

  /** A new customer of segment number `segment`: the top `n` of a segment model (segment-user-knn). */
  async recommendForSegment(model: FittedCustomerModelName, segment: number, n: number): Promise<OnlineRecommendation[]> {
    const [list] = await (await this.ready()).ask({ model, segment, n });
    return list ?? [];
  }

  private async ready(): Promise<ModelThread> {
    const start = (this.thread ??= this.startThread());
    let thread: ModelThread;
    try {
      thread = await start;
    } catch (e) {
      if (this.thread === start) this.thread = null; // the next request tries again
      throw e;
    }
    return thread;
  }

  /** Forget the graph's purchases and the fitted models (the graph changed). */
  reset(): void {
    const old = this.thread;
    this.thread = null;
    old?.then(
      (t) => t.stop(),
      () => undefined,
    );
  }

  private async startThread(): Promise<ModelThread> {
    const dataset = await loadDataset(this.store);
    const segments = segmentsOf(dataset, await this.store.query<{ customer: string; rank: number }>('analysis-customer-segments'));
    return new ModelThread(startTypeScriptWorker(new URL('./customer-models-worker.ts', import.meta.url), { dataset, segments }));
  }
}
