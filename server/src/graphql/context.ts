/** What every resolver gets: the store, this request's loaders, the admin verdict and the server's services. */
import type { GraphStore } from '@basketgraph/cypher';
import type { ImportOptions, ImportReport } from '@basketgraph/seed';
import type { Loaders } from './loaders/create-loaders.js';
import type { AnalysisRunner } from '../analysis/analysis-runner.js';
import type { ReadWriteGate } from '../gate/rw-gate.js';
import type { GuardLimits } from '../cypher-guard/cypher-guard.js';
import type { BasketRecommender, NewCustomerRecommender } from '../analysis/seed-api.js';

/** ok: a valid admin token; off: no ADMIN_TOKEN configured; missing / wrong: the request's token. */
export type AdminVerdict = 'ok' | 'off' | 'missing' | 'wrong';

export interface Services {
  runner: AnalysisRunner;
  gate: ReadWriteGate;
  cypherLimits: GuardLimits;
  importFile: (store: GraphStore, file: string, options: ImportOptions) => Promise<ImportReport>;
  recommendForBasket: () => BasketRecommender | null;
  recommendForNewCustomer: () => NewCustomerRecommender | null;
}

export interface ApiContext {
  store: GraphStore;
  loaders: Loaders;
  admin: AdminVerdict;
  services: Services;
}
