import { describe, expect, it } from 'vitest';
import { runAnalysis } from '@basketgraph/analysis';
import { SHOPIFY_HEAD } from '@basketgraph/seed/testing';
import { importedGraph } from '../support/imported-graph.js';

describe('the analysis job on the real head of a Shopify export', () => {
  const t = importedGraph(SHOPIFY_HEAD);

  it('when it runs then it completes and every recommendation keeps its reasons as JSON', async () => {
    // This export once failed to publish: its first 420 recommendations had no reasons, then JSON followed.
    const run = await runAnalysis(t.store, { k: 2, seed: 1 });
    expect(run.status).toBe('completed');
    const rows = (await t.store.cypher('MATCH (:Customer)-[r:RECOMMENDED]->(:Product) RETURN r.reasons AS reasons')).rows;
    expect(rows.length).toBe(run.recommendations);
    const reasons = rows.map((r) => JSON.parse(String(r.reasons)) as unknown[]);
    expect(reasons.some((list) => list.length > 0)).toBe(true);
    expect(reasons.some((list) => list.length === 0)).toBe(true);
  }, 60_000);
});
