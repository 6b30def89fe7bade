/**
 * The parts of `@basketgraph/seed` the server calls (the analysis job and the
 * on-line recommenders), behind getters so tests can inject stand-ins.
 */
import * as seed from '@basketgraph/analysis';
import type { GraphStore, GraphReader } from '@basketgraph/cypher';

export interface AnalysisHooks {
  onProgress?: (progress: unknown) => void;
  /** Runs the job's publish step while no GraphQL request is reading. */
  exclusive: <T>(work: () => Promise<T>) => Promise<T>;
  /** The id the job gives its AnalysisRun node. */
  runId?: string;
  /** Run the CPU stages in a worker thread, so the server keeps answering meanwhile. */
  worker?: boolean;
}

export type AnalysisJob = (store: GraphStore, params: Record<string, unknown>, hooks: AnalysisHooks) => Promise<unknown>;
export type BasketRecommender = (store: GraphReader, productIds: string[], first: number) => Promise<unknown>;
export type NewCustomerRecommender = (
  store: GraphReader,
  input: { segment?: string; features?: Record<string, number> },
  first: number,
) => Promise<unknown>;

/** Validates analysis parameters (throws with a readable message). */
export type AnalysisParamsParser = (input: Record<string, unknown>) => unknown;

export const seedApi = {
  parseAnalysisParams: (): AnalysisParamsParser | null => seed.parseAnalysisParams as AnalysisParamsParser,
  runAnalysis: (): AnalysisJob | null => seed.runAnalysis as AnalysisJob,
  recommendForBasket: (): BasketRecommender | null => seed.recommendForBasket,
  recommendForNewCustomer: (): NewCustomerRecommender | null => seed.recommendForNewCustomer as NewCustomerRecommender,
};
