/**
 * A stand-in for the analysis job, of the runner's own `AnalysisJob` type: after `before` (a test's progress
 * report or wait), it publishes the fabricated run 2 through the runner's exclusive hold, as the real job
 * publishes, and answers with the summary the real job returns.
 */
import { parseAnalysisParams, type RunAnalysisOptions } from '@basketgraph/analysis';
import type { AnalysisJob } from '../../src/analysis/analysis-runner.js';
import { fakeAnalysis, SEGMENT_NAMES } from './fixture-graph.js';

export function standInJob(before: (options: RunAnalysisOptions) => Promise<void> = async () => {}): AnalysisJob {
  return async (store, params, options) => {
    await before(options);
    const write = await fakeAnalysis(store, { runId: options.runId, version: 2, startedAt: '2026-02-01T00:00:00.000Z' });
    await options.exclusive(() => store.write(write));
    return {
      id: options.runId,
      status: 'completed',
      params: parseAnalysisParams(params),
      k: SEGMENT_NAMES.length,
      segments: [],
      rules: 0,
      similarEdges: 0,
      recommendations: 0,
      defaultModel: 'fixture-knn',
      timings: {},
    };
  };
}
