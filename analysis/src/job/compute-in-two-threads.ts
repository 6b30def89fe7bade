/**
 * The CPU part of an inline analysis run on two threads: the recommendations
 * on a worker (recommendations-in-worker.ts), everything else on this one.
 * The output is the same as computeAnalysis's, except that the
 * recommendations may still be on their way (a promise): the publish step
 * writes everything else first. Small datasets, or no thread, run
 * computeAnalysis directly.
 */
import type { PurchaseDataset } from '../dataset.js';
import type { AnalysisParams } from './analysis-params.js';
import {
  computeAllButRecommendations,
  computeAnalysis,
  modelUsesSegments,
  recommendationModel,
  type ComputedWithoutRecommendations,
  type StageListener,
} from './compute-analysis.js';
import type { RecommendationRecord } from './analysis-output.js';
import { PARALLEL_MIN_LINES, type RecommendationsThread } from './recommendations-in-worker.js';

export async function computeInTwoThreads(
  dataset: PurchaseDataset,
  params: AnalysisParams,
  runId: string,
  listener: StageListener,
  thread: RecommendationsThread | null,
  minLines = PARALLEL_MIN_LINES,
): Promise<
  ComputedWithoutRecommendations & { defaultModel: string; recommendations: RecommendationRecord[] | Promise<RecommendationRecord[]> }
> {
  if (!thread || dataset.lineProduct.length < minLines) return computeAnalysis(dataset, params, runId, listener);
  const model = recommendationModel(params);
  const send = (segments: Int32Array | null) =>
    thread.compute({ dataset, segments, model, n: params.recommendations }, () => listener.started('recommendations'));
  // Models that read segments start once the segments exist; the others start now.
  let pending = modelUsesSegments(model) ? null : send(null);
  let rest;
  try {
    rest = computeAllButRecommendations(dataset, params, runId, listener);
  } catch (e) {
    pending?.catch(() => {});
    throw e;
  }
  pending ??= send(rest.segmentation.assignments);
  const recommendations = pending.then(({ records, ms }) => {
    listener.finished('recommendations', ms);
    return records;
  });
  // Awaited by the publish step; a failure elsewhere first must not leave it unhandled.
  recommendations.catch(() => {});
  return { ...rest, defaultModel: model, recommendations };
}
