/** What every resolver gets: the store, the primed read model, this request's loaders, the admin verdict and the server's services. */
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
import type { FittedRecommender } from './loaders/model-loaders.js';
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
   * The primed read model, set once the request holds the gate (queries only):
   * it equals the store's data for as long as the hold lasts. Null for
   * mutations, or when there is none (then everything reads the store).
   */
  hot: HotSnapshot | null;
  readonly loaders: Loaders;
  admin: AdminVerdict;
  services: Services;
  /**
   * Whether the response may go into the response cache (../http/response-cache.ts):
   * resolvers that read live state (run progress) set `volatile`. A shared object,
   * so that it survives Apollo's shallow copy of the context.
   */
  readonly cacheability: Cacheability;
}

/**
 * The context of one request. Loaders are created on first use, bound to the
 * primed read model the request was given once it held the gate (a request
 * that only reads that model creates none). Apollo hands resolvers a shallow
 * copy of this object (own fields copied, prototype kept), so the getter
 * works on the copy, and state lives in plain fields.
 */
export class RequestContext implements ApiContext {
  hot: HotSnapshot | null = null;
  readonly cacheability: Cacheability = newCacheability();
  private createdLoaders: Loaders | undefined = undefined;

  constructor(
    readonly store: GraphStore,
    private readonly reader: GraphReader,
    readonly admin: AdminVerdict,
    readonly services: Services,
  ) {}

  get loaders(): Loaders {
    return (this.createdLoaders ??= createLoaders(this.reader, this.hot, this.services.recommendFitted));
  }
}
