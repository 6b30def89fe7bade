import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '@basketgraph/cypher';
import { openTempStore, type TempStore } from '@basketgraph/cypher/testing';
import { importFile } from '@basketgraph/seed';
import { SHOPIFY_GENERATED } from '@basketgraph/seed/testing';
import { checkEvaluationOptions, runEvaluation } from '@basketgraph/analysis';
import { analyzeAndEvaluate } from '../../src/cli/commands/analyze-command.js';

/** The store, counting the named queries run on it. */
function counting(store: GraphStore): { store: GraphStore; counts: Map<string, number> } {
  const counts = new Map<string, number>();
  const proxy = new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (prop !== 'query' || typeof value !== 'function') return typeof value === 'function' ? value.bind(target) : value;
      return (name: string, ...rest: unknown[]) => {
        counts.set(name, (counts.get(name) ?? 0) + 1);
        return (value as (...a: unknown[]) => unknown).call(target, name, ...rest);
      };
    },
  });
  return { store: proxy, counts };
}

describe('analyze --evaluate', () => {
  let t: TempStore;
  beforeAll(async () => {
    t = await openTempStore();
    await importFile(t.store, SHOPIFY_GENERATED);
  }, 60_000);
  afterAll(async () => {
    await t.dispose();
  });

  it('when analyze evaluates too then the purchases are read from the graph once and the evaluation is what evaluate alone gives', async () => {
    const evaluation = checkEvaluationOptions({ cutoff: '2019-02-01', models: ['popularity', 'default'] });
    const { store, counts } = counting(t.store);
    const { run, report } = await analyzeAndEvaluate(store, { recommendations: 5 }, evaluation);
    expect(run.status).toBe('completed');
    expect(counts.get('analysis-purchase-lines')).toBe(1);
    expect(counts.get('analysis-orders')).toBe(1);

    const alone = await runEvaluation(t.store, evaluation);
    const scores = (r: typeof report) => r.models.map((m) => ({ name: m.name, ndcg: m.ndcg, users: r.users }));
    expect(scores(report)).toEqual(scores(alone));
    expect(report.users).toBeGreaterThan(10);
  }, 120_000);
});
