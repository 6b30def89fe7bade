import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { GraphStore } from '@basketgraph/cypher';
import { openTempStore, type TempStore } from '@basketgraph/cypher/testing';
import { importFile } from '@basketgraph/seed';
import { SHOPIFY_GENERATED } from '@basketgraph/seed/testing';
import { checkEvaluationOptions, EvaluationError, runEvaluation, type EvaluationReport } from '@basketgraph/analysis';
import { analyzeAndEvaluate, analyzeWithProgress, type AnalysisStep } from '../../src/cli/commands/analyze-command.js';
import type { Progress, ProgressGroup } from '../../src/cli/progress.js';

/** The store, counting the named queries run on it. */
function counting(store: GraphStore): { store: GraphStore; counts: Map<string, number> } {
  const counts = new Map<string, number>();
  const proxy = new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      // A named query is read whole (`query`) or streamed row by row (`eachRow`, the purchase lines).
      if ((prop !== 'query' && prop !== 'eachRow') || typeof value !== 'function')
        return typeof value === 'function' ? value.bind(target) : value;
      return (name: string, ...rest: unknown[]) => {
        counts.set(name, (counts.get(name) ?? 0) + 1);
        return (value as (...a: unknown[]) => unknown).call(target, name, ...rest);
      };
    },
  });
  return { store: proxy, counts };
}

/** A progress group recording "title: message" in the order the jobs report. */
function recording(): { group: ProgressGroup; events: string[]; evaluationReported: Promise<void> } {
  const events: string[] = [];
  let reported!: () => void;
  const evaluationReported = new Promise<void>((resolve) => (reported = resolve));
  const record = (line: string) => {
    events.push(line);
    if (line.startsWith('evaluate:')) reported();
  };
  const progress = (title: string): Progress => ({
    update: (_fraction, label) => record(`${title}: ${label ?? ''}`),
    stage: (message) => record(`${title}: ${message}`),
    stop() {},
  });
  return { group: { progress, stop() {} }, events, evaluationReported };
}

/** The scores of a report, without its id and times. */
const scores = (r: EvaluationReport) => ({
  cutoff: r.cutoff,
  top: r.top,
  users: r.users,
  defaultModel: r.defaultModel,
  models: r.models.map(({ fitMs: _fit, scoreMs: _score, ...m }) => m),
});

describe('analyze --evaluate', () => {
  let t: TempStore;
  const evaluations = async () => (await t.store.cypher('MATCH (e:Evaluation) RETURN count(e) AS n')).rows[0].n;
  beforeAll(async () => {
    t = await openTempStore();
    await importFile(t.store, SHOPIFY_GENERATED);
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  }, 60_000);
  afterAll(async () => {
    vi.restoreAllMocks();
    await t.dispose();
  });

  it('when analyze evaluates too then the purchases are read once and the stored evaluation scores what evaluate alone does', async () => {
    const evaluation = checkEvaluationOptions({ cutoff: '2019-02-01', models: ['popularity', 'default'] });
    const { store, counts } = counting(t.store);
    const { run, report } = await analyzeAndEvaluate(store, { recommendations: 5 }, evaluation, { progress: recording().group });
    expect(run.status).toBe('completed');
    expect(counts.get('analysis-purchase-lines')).toBe(1);
    expect(counts.get('analysis-orders')).toBe(1);
    const [stored] = await t.store.query('evaluation-latest');
    expect(stored.id).toBe(report!.id);
    expect(JSON.parse(String(stored.models))).toEqual(JSON.parse(JSON.stringify(report!.models)));

    const alone = await runEvaluation(t.store, evaluation);
    expect(scores(report!)).toEqual(scores(alone));
    expect(report!.users).toBeGreaterThan(10);
  }, 120_000);

  it('when analyze evaluates too then the evaluation computes while the analysis runs', async () => {
    const { group, events, evaluationReported } = recording();
    // The analysis starts only once the evaluation has reported progress from its worker: run one after the other,
    // that never happens and the test times out.
    const afterEvaluationStarted: AnalysisStep = async (...args) => {
      await evaluationReported;
      return analyzeWithProgress(...args);
    };
    const evaluation = checkEvaluationOptions({ cutoff: '2019-02-01', models: ['popularity'] });
    const { run, report } = await analyzeAndEvaluate(t.store, { recommendations: 5 }, evaluation, {
      progress: group,
      analyze: afterEvaluationStarted,
    });
    expect(run.status).toBe('completed');
    expect(report!.models.map((m) => m.name)).toEqual(['popularity']);
    expect(events.some((e) => e.startsWith('analyze:'))).toBe(true);
  }, 120_000);

  it('when the evaluation fails then the analysis is published and the evaluation error comes back', async () => {
    const before = await evaluations();
    // Before every order: no customer bought on both sides of the split.
    const evaluation = checkEvaluationOptions({ cutoff: '1990-01-01', models: ['popularity'] });
    const { run, report, evaluationError } = await analyzeAndEvaluate(t.store, { recommendations: 5 }, evaluation, {
      progress: recording().group,
    });
    expect(report).toBeUndefined();
    expect(evaluationError).toBeInstanceOf(EvaluationError);
    const [current] = await t.store.query('current-run');
    expect(current.id).toBe(run.id);
    expect(current.status).toBe('completed');
    expect(await evaluations()).toBe(before);
  }, 120_000);

  it('when the analysis fails then its error is thrown, the evaluation is stopped and nothing is stored', async () => {
    const before = await evaluations();
    const failing: AnalysisStep = () => Promise.reject(new Error('analysis broke'));
    const evaluation = checkEvaluationOptions({ cutoff: '2019-02-01' });
    await expect(analyzeAndEvaluate(t.store, {}, evaluation, { progress: recording().group, analyze: failing })).rejects.toThrow(
      'analysis broke',
    );
    expect(await evaluations()).toBe(before);
  }, 120_000);
});
