/** What every resolver gets: the store, this request's loaders (which decide where each read is answered), the admin verdict and the server's services. */
import type { GraphReader, GraphStore } from '@basketgraph/cypher';
import type { ImportOptions, ImportReport } from '@basketgraph/seed';
import type {
  EvaluationOptions,
  EvaluationReport,
  OnlineRecommendation,
  recommendForBasket,
  recommendForNewCustomer,
} from '@basketgraph/analysis';
import { createLoaders, type Loaders } from './loaders/create-loaders.js';
import type { FittedRecommender } from './data/recommenders/customer-recommender.js';
import type { AnalysisRunner } from '../analysis/analysis-runner.js';
import type { ReadWriteGate } from '../gate/rw-gate.js';
import type { GuardLimits } from '../cypher-guard/cypher-guard.js';
import type { HotSnapshot } from './hot/hot-model.js';
import type { ExperimentCache } from '../experiments/experiment-cache.js';
import type { EventWriteQueue } from '../experiments/event-queue.js';
import { newCacheability, type Cacheability } from '../http/response-cache.js';

/** ok: a valid admin token; off: no ADMIN_TOKEN configured; missing / wrong: the request's token. */
export type AdminVerdict = 'ok' | 'off' | 'missing' | 'wrong';

export interface Services {
  runner: AnalysisRunner;
  gate: ReadWriteGate;
  cypherLimits: GuardLimits;
  importFile: (store: GraphStore, file: string, options: ImportOptions) => Promise<ImportReport>;
  /** The only directory importTransactions reads from (IMPORT_DIR); null: imports are off. */
  importDir: string | null;
  /** The offline evaluation (reads the purchases, computes, writes an Evaluation node). */
  evaluate: (store: GraphStore, options: EvaluationOptions) => Promise<EvaluationReport>;
  /** The analysis package's on-the-fly recommenders (tests may inject stand-ins of the same type). */
  recommendForBasket: typeof recommendForBasket;
  recommendForNewCustomer: typeof recommendForNewCustomer;
  /** EASE / RP3beta per customer from models fitted on the graph (absent: those models are unavailable). */
  recommendFitted?: FittedRecommender;
  /** Experiments by id for serving and event checks (cached briefly), and the batched event writer. */
  experiments: ExperimentCache;
  events: EventWriteQueue;
  /** A new customer of segment number `segment`: the segment user-kNN's list (absent: unavailable). */
  recommendForSegment?: (segment: number, n: number) => Promise<OnlineRecommendation[]>;
}

export interface ApiContext {
  store: GraphStore;
  /**
   * This request's loaders. Reads go through them only: they answer from the
   * in-memory read model when the request has one, else from the store.
   */
  readonly loaders: Loaders;
  admin: AdminVerdict;
  services: Services;
  /**
   * Whether the response may go into the response cache (../http/response-cache.ts):
   * resolvers that read live state (run progress) set `volatile`. A shared object,
   * so that it survives Apollo's shallow copy of the context.
   */
  readonly cacheability: Cacheability;
  /**
   * Binds the request to a snapshot of the in-memory read model, once it holds
   * the gate (queries only; the snapshot equals the store's data while the
   * hold lasts). Called by the gate plugin before any loader is used; null, or
   * never called (mutations): every read goes to the store.
   */
  useReadModel(snapshot: HotSnapshot | null): void;
}

/**
 * The context of one request. Loaders are created on first use, bound to the
 * read model snapshot the request was given once it held the gate (they pick
 * the source of each read: loaders/create-loaders.ts). Apollo hands resolvers a shallow
 * copy of this object (own fields copied, prototype kept), so the getter
 * works on the copy, and state lives in plain fields.
 */
export class RequestContext implements ApiContext {
  private hot: HotSnapshot | null = null;
  readonly cacheability: Cacheability = newCacheability();
  private createdLoaders: Loaders | undefined = undefined;

  constructor(
    readonly store: GraphStore,
    private readonly reader: GraphReader,
    readonly admin: AdminVerdict,
    readonly services: Services,
  ) {}

  useReadModel(snapshot: HotSnapshot | null): void {
    if (this.createdLoaders) throw new Error('the read model must be bound before the request reads anything');
    this.hot = snapshot;
  }

  get loaders(): Loaders {
    return (this.createdLoaders ??= createLoaders(this.reader, this.hot, this.services.recommendFitted));
  }
}
