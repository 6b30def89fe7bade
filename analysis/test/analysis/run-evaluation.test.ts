import { describe, expect, it } from 'vitest';
import { checkEvaluationOptions, EvaluationError, MODEL_NAMES, runEvaluation, type EvaluationReport } from '@basketgraph/analysis';
import { SHOPIFY_GENERATED } from '@basketgraph/seed/testing';
import { autoCutoff } from '../../src/evaluation/auto-cutoff.js';
import { dayNumber } from '../../src/dataset.js';
import { importedGraph } from '../support/imported-graph.js';

describe('offline evaluation on a time split', () => {
  const t = importedGraph(SHOPIFY_GENERATED);

  it('when every model is evaluated then each gets bounded metrics, one is the default, and the result is stored', async () => {
    const report = await runEvaluation(t.store, { cutoff: '2019-02-01', top: 5 });
    const both = await t.store.cypher(
      "MATCH (c:Customer)-[:PLACED]->(a:`Order` {kind: 'purchase'}), (c)-[:PLACED]->(b:`Order` {kind: 'purchase'}) WHERE a.date < '2019-02-01' AND b.date >= '2019-02-01' RETURN count(DISTINCT c) AS n",
    );
    expect(report.users).toBe(both.rows[0].n);
    expect(report.users).toBeGreaterThan(10);
    expect(report.models.map((m) => m.name)).toEqual([...MODEL_NAMES]);
    expect(report.models.filter((m) => m.default).map((m) => m.name)).toEqual([report.defaultModel]);
    for (const m of report.models) {
      for (const v of [m.precision, m.recall, m.ndcg, m.hitRate, m.map, m.coverage]) {
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(1);
      }
    }
    // Uncertainty: each model's NDCG standard error is bounded by that of a 0/1 metric; the comparison with the
    // default is the paired difference on the same customers (none for the default itself).
    const byDefault = report.models.find((m) => m.default)!;
    expect(byDefault.ndcgVsDefault).toBeNull();
    expect(byDefault.ndcgVsDefaultStdError).toBeNull();
    for (const m of report.models) {
      expect(m.ndcgStdError).toBeGreaterThan(0);
      expect(m.ndcgStdError).toBeLessThanOrEqual(0.5 / Math.sqrt(report.users - 1));
      if (m.default) continue;
      expect(m.ndcgVsDefault).toBeCloseTo(m.ndcg - byDefault.ndcg, 12);
      expect(m.ndcgVsDefaultStdError).toBeGreaterThanOrEqual(0);
    }
    const popularity = report.models.find((m) => m.name === 'popularity')!;
    const best = Math.max(...report.models.map((m) => m.ndcg));
    expect(best).toBeGreaterThanOrEqual(popularity.ndcg);
    const [stored] = await t.store.query('evaluation-latest');
    expect(stored).toMatchObject({ cutoff: '2019-02-01', top: 5, users: report.users, defaultModel: report.defaultModel });
    const storedModels = JSON.parse(stored.models as string) as { name: string; settings: Record<string, unknown> }[];
    expect(storedModels.map((m) => m.name)).toEqual([...MODEL_NAMES]);
    // Each model records what its name stood for: EASE its λ, the default its half-life and components.
    expect(storedModels.find((m) => m.name === 'ease')!.settings).toHaveProperty('lambda');
    expect(storedModels.find((m) => m.name === 'default')!.settings).toHaveProperty('components');
  });

  it('when the cutoff is auto then the test is the last quarter of the order dates, and the report names the date', async () => {
    const steps: [string, number | undefined][] = [];
    const report = await runEvaluation(t.store, { cutoff: 'auto', top: 5, onProgress: (m, f) => void steps.push([m, f]) });
    // Long work shows progress: one step per model, in order, with a rising fraction.
    const perModel = steps.filter(([, f]) => f !== undefined);
    expect(perModel.map(([m]) => m)).toEqual(MODEL_NAMES.map((name, i) => `model ${i + 1}/${MODEL_NAMES.length}: ${name}`));
    expect(perModel.map(([, f]) => f)).toEqual(MODEL_NAMES.map((_, i) => i / MODEL_NAMES.length));
    const [span] = (await t.store.cypher("MATCH (o:`Order` {kind: 'purchase'}) RETURN min(o.date) AS first, max(o.date) AS last")).rows;
    expect(report.cutoff).toBe(autoCutoff([dayNumber(String(span.first)), dayNumber(String(span.last))]));
    expect(report.users).toBeGreaterThan(0);
    const [stored] = await t.store.query('evaluation-latest');
    expect(stored.cutoff).toBe(report.cutoff);
  });

  it('when only some models are asked for then only they are evaluated, and the paired comparison needs the default', async () => {
    const report = await runEvaluation(t.store, { cutoff: '2019-02-01', top: 5, models: ['popularity', 'default', 'popularity'] });
    expect(report.models.map((m) => m.name)).toEqual(['popularity', 'default']);
    expect(report.models[0].ndcgVsDefault).toBeCloseTo(report.models[0].ndcg - report.models[1].ndcg, 12);
    const alone = await runEvaluation(t.store, { cutoff: '2019-02-01', top: 5, models: ['ease'] });
    expect(alone.models.map((m) => [m.name, m.ndcgVsDefault])).toEqual([['ease', null]]);
    await expect(runEvaluation(t.store, { cutoff: '2019-02-01', models: ['ease', 'nope'] })).rejects.toThrow(
      /^--models: unknown "nope"; the models are default, popularity/,
    );
  });

  it('when it runs in a worker thread (as a server runs it) then the metrics are the same and progress still arrives', async () => {
    const strip = (r: EvaluationReport) => r.models.map(({ fitMs: _f, scoreMs: _s, ...m }) => m);
    const inline = await runEvaluation(t.store, { cutoff: '2019-02-01', top: 5 });
    const messages: string[] = [];
    const inWorker = await runEvaluation(t.store, { cutoff: '2019-02-01', top: 5, worker: true, onProgress: (m) => void messages.push(m) });
    expect(strip(inWorker)).toEqual(strip(inline));
    expect(messages).toContain(`model ${MODEL_NAMES.length}/${MODEL_NAMES.length}: ${MODEL_NAMES.at(-1)}`);
    await expect(runEvaluation(t.store, { cutoff: '2030-01-01', worker: true })).rejects.toThrow(EvaluationError);
  }, 60_000);

  it('when the cutoff is not a date or outside the data then the error says so', async () => {
    await expect(runEvaluation(t.store, { cutoff: '09/09/2011' })).rejects.toThrow(EvaluationError);
    await expect(runEvaluation(t.store, { cutoff: '09/09/2011' })).rejects.toThrow(/YYYY-MM-DD or auto, not "09\/09\/2011"/);
    await expect(runEvaluation(t.store, { cutoff: '2030-01-01' })).rejects.toThrow(
      /no customer bought both before and on\/after 2030-01-01/,
    );
  });
});

describe('the one check of an evaluation request', () => {
  const refusal = (options: Parameters<typeof checkEvaluationOptions>[0]) => {
    try {
      checkEvaluationOptions(options);
    } catch (e) {
      return { message: (e as Error).message, argument: (e as EvaluationError).argument };
    }
    return null;
  };

  it('when the list length comes as text (the command line) then digits are read and anything else is refused naming it and the text', () => {
    expect(checkEvaluationOptions({ cutoff: 'auto', top: '5' })).toEqual({ cutoff: 'auto', top: 5, models: [...MODEL_NAMES] });
    expect(refusal({ cutoff: 'auto', top: 'abc' })).toEqual({
      message: '--top must be a whole number from 1 to 100, not "abc"',
      argument: 'top',
    });
    expect(refusal({ cutoff: 'auto', top: '5x' })).toEqual({
      message: '--top must be a whole number from 1 to 100, not "5x"',
      argument: 'top',
    });
    expect(refusal({ cutoff: 'auto', top: 0 })).toEqual({
      message: '--top must be a whole number from 1 to 100, not "0"',
      argument: 'top',
    });
  });

  it('when models or the cutoff are wrong then the argument is named', () => {
    expect(checkEvaluationOptions({ cutoff: '2011-09-09', models: ['ease', 'default', 'ease'] })).toEqual({
      cutoff: '2011-09-09',
      top: 10,
      models: ['ease', 'default'],
    });
    expect(refusal({ cutoff: 'auto', models: ['nope'] })?.argument).toBe('models');
    expect(refusal({ cutoff: 'auto', models: [] })?.argument).toBe('models');
    expect(refusal({ cutoff: 'soon' })).toEqual({ message: '--cutoff must be a date YYYY-MM-DD or auto, not "soon"', argument: 'cutoff' });
  });
});
