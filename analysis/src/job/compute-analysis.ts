/**
 * The CPU part of an analysis run, from a loaded dataset to everything the
 * publish step writes. Pure and synchronous, so it can run on the calling
 * thread or in a worker (compute-worker.ts).
 */
import { computeCustomerFeatures } from '../algorithms/customer-features.js';
import type { PurchaseDataset } from '../dataset.js';
import type { AnalysisParams } from './analysis-params.js';
import type { AnalysisOutput } from './analysis-output.js';
import { computeSegments } from './compute-segments.js';
import { computeRules } from './compute-rules.js';
import { computeSimilarity, computeSimilarityOnTwoThreads } from './compute-similarity.js';
import type { NeighbourRowsHelper } from './shared-neighbour-rows.js';
import { computeRecommendations, DEFAULT_MODEL } from './compute-recommendations.js';

export type ComputeStage = 'features' | 'segments' | 'rules' | 'similarity' | 'recommendations';

/** Called when a stage starts and when it ends (with its duration). */
export interface StageListener {
  started(stage: ComputeStage): void;
  finished(stage: ComputeStage, ms: number): void;
}

/** The output without the dataset (which the caller already has). */
export type ComputedAnalysis = Omit<AnalysisOutput, 'dataset'>;
/** Everything but the precomputed recommendations. */
export type ComputedWithoutRecommendations = Omit<ComputedAnalysis, 'recommendations' | 'defaultModel'>;

const timedStage =
  (listener: StageListener) =>
  <T>(name: ComputeStage, work: () => T): T => {
    listener.started(name);
    const t0 = performance.now();
    const result = work();
    listener.finished(name, Math.round(performance.now() - t0));
    return result;
  };

/** The model whose recommendations a run precomputes. */
export const recommendationModel = (params: AnalysisParams) => params.model ?? DEFAULT_MODEL;

/** Only the segment models read the segments: every other model can start before they exist. */
export const modelUsesSegments = (model: string) => model === 'segment-popularity' || model === 'segment-user-knn';

export function computeAnalysis(
  dataset: PurchaseDataset,
  params: AnalysisParams,
  runId: string,
  listener: StageListener,
): ComputedAnalysis {
  const rest = computeAllButRecommendations(dataset, params, runId, listener);
  const defaultModel = recommendationModel(params);
  const recommendations = timedStage(listener)('recommendations', () =>
    computeRecommendations(dataset, rest.segmentation.assignments, { model: defaultModel, n: params.recommendations }),
  );
  return { ...rest, defaultModel, recommendations };
}

export function computeAllButRecommendations(
  dataset: PurchaseDataset,
  params: AnalysisParams,
  runId: string,
  listener: StageListener,
): ComputedWithoutRecommendations {
  const stage = timedStage(listener);
  const first = segmentsAndRules(dataset, params, stage);
  const [similarCustomers, alsoBought] = stage('similarity', () => computeSimilarity(dataset, params.neighbours, params.seed));
  return { runId, ...first, similarCustomers, alsoBought };
}

/** The same, with the customer neighbours shared with `helper`, another thread (compute-in-two-threads.ts). */
export async function computeAllButRecommendationsWithHelper(
  dataset: PurchaseDataset,
  params: AnalysisParams,
  runId: string,
  listener: StageListener,
  helper: NeighbourRowsHelper,
): Promise<ComputedWithoutRecommendations> {
  const stage = timedStage(listener);
  const first = segmentsAndRules(dataset, params, stage);
  listener.started('similarity');
  const t0 = performance.now();
  const [similarCustomers, alsoBought] = await computeSimilarityOnTwoThreads(dataset, params.neighbours, params.seed, helper);
  listener.finished('similarity', Math.round(performance.now() - t0));
  return { runId, ...first, similarCustomers, alsoBought };
}

/**
 * Features, segments and rules. The rules come before the neighbours: when the neighbours are shared with another
 * thread, that thread joins them once it is free, so what this thread does first is what the other cannot.
 */
function segmentsAndRules(dataset: PurchaseDataset, params: AnalysisParams, stage: ReturnType<typeof timedStage>) {
  const features = stage('features', () => computeCustomerFeatures(dataset));
  const segmentation = stage('segments', () => computeSegments(features, { k: params.k, seed: params.seed, features: params.features }));
  const rules = stage('rules', () => computeRules(dataset, segmentation.assignments, segmentation.k, params));
  return { features, segmentation, rules };
}
