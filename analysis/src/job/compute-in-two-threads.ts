/**
 * The CPU part of an inline analysis run on two threads (second-thread.ts): the recommendations on the second
 * thread while this one computes features, segments and rules; then both compute the customer neighbours. The
 * output is the same as computeAnalysis's, except that the recommendations may still be on their way (a
 * promise): the publish step writes everything else first. Small datasets, or no thread, run computeAnalysis
 * directly.
 */
import type { PurchaseDataset } from '../dataset.js';
import type { AnalysisParams } from './analysis-params.js';
import {
  computeAllButRecommendationsWithHelper,
  computeAnalysis,
  modelUsesSegments,
  recommendationModel,
  type ComputedWithoutRecommendations,
  type StageListener,
} from './compute-analysis.js';
import type { RecommendationColumns } from './recommendation-columns.js';
import { PARALLEL_MIN_LINES, type SecondThread } from './second-thread.js';

export async function computeInTwoThreads(
  dataset: PurchaseDataset,
  params: AnalysisParams,
  runId: string,
  listener: StageListener,
  thread: SecondThread | null,
  minLines = PARALLEL_MIN_LINES,
): Promise<
  ComputedWithoutRecommendations & { defaultModel: string; recommendations: RecommendationColumns | Promise<RecommendationColumns> }
> {
  if (!thread || dataset.lineProduct.length < minLines) return computeAnalysis(dataset, params, runId, listener);
  const model = recommendationModel(params);
  const send = (segments: Int32Array | null) =>
    thread.recommendations({ dataset, segments, model, n: params.recommendations }, () => listener.started('recommendations'));
  // Models that read segments start once the segments exist (after the neighbours, which the thread then helps
  // with at once); the others start now, and the thread joins the neighbours when they are done.
  let pending = modelUsesSegments(model) ? null : send(null);
  let neighbourJob: Promise<unknown> = Promise.resolve();
  let rest;
  try {
    rest = await computeAllButRecommendationsWithHelper(dataset, params, runId, listener, (job) => {
      const rows = thread.neighbourRows(job);
      neighbourJob = rows;
      return rows;
    });
  } catch (e) {
    pending?.catch(() => {});
    throw e;
  }
  pending ??= send(rest.segmentation.assignments);
  const recommendations = pending.then(({ columns, ms }) => {
    listener.finished('recommendations', ms);
    return columns;
  });
  // Awaited by the publish step; a failure elsewhere first must not leave it unhandled.
  recommendations.catch(() => {});
  // The worker holds a copy of the dataset: it stops once its last job is done, not at the end of the run.
  void Promise.allSettled([recommendations, neighbourJob]).then(() => thread.stop());
  return { ...rest, defaultModel: model, recommendations };
}
