import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTempStore, type TempStore } from '@basketgraph/cypher/testing';
import { storeRow, type GraphStore } from '@basketgraph/cypher';
import { importFile } from '@basketgraph/seed';
import { runAnalysis, type AnalysisRunSummary } from '@basketgraph/analysis';
import { SAMPLE_5K } from '@basketgraph/seed/testing';
import { DEFAULT_RECOMMENDER_CONFIG } from '../../src/recommend/default.js';

const rows = async (store: GraphStore, q: string) => (await store.cypher(q)).rows;
/** Rows in a canonical order, sorted here rather than by the store (the dump compares content, not store ordering). */
const sortedRows = async (store: GraphStore, q: string) =>
  (await rows(store, q))
    .map((r) => JSON.stringify(r))
    .sort()
    .map((r) => JSON.parse(r) as Record<string, unknown>);
const one = async (store: GraphStore, q: string) => (await rows(store, q))[0];

/** Everything the analysis writes, without run ids and timestamps, in a stable order. */
async function analysisDump(store: GraphStore) {
  return {
    customers: await sortedRows(
      store,
      'MATCH (c:Customer) RETURN c.id AS id, c.recency AS r, c.frequency AS f, c.monetary AS m, c.returnRate AS rr, c.x AS x, c.y AS y ORDER BY id',
    ),
    segments: await sortedRows(
      store,
      'MATCH (s:Segment) RETURN s.id AS id, s.name AS name, s.size AS size, s.centroidScaled AS c, s.silhouette AS sil ORDER BY id',
    ),
    members: await sortedRows(
      store,
      'MATCH (c:Customer)-[e:IN_SEGMENT]->(s:Segment) RETURN c.id AS customer, s.id AS segment, e.distance AS d ORDER BY customer',
    ),
    similar: await sortedRows(
      store,
      'MATCH (a:Customer)-[e:SIMILAR]->(b:Customer) RETURN a.id AS fromId, b.id AS toId, e.score AS score, e.rank AS rank ORDER BY fromId, rank',
    ),
    alsoBought: await sortedRows(
      store,
      'MATCH (a:Product)-[e:ALSO_BOUGHT]->(b:Product) RETURN a.id AS fromId, b.id AS toId, e.rank AS rank ORDER BY fromId, rank',
    ),
    rules: await sortedRows(store, 'MATCH (r:Rule) RETURN r.id AS id, r.lift AS lift, r.confidence AS c ORDER BY id'),
    recommended: await sortedRows(
      store,
      'MATCH (c:Customer)-[e:RECOMMENDED]->(p:Product) RETURN c.id AS customer, p.id AS product, e.rank AS rank, e.score AS score ORDER BY customer, rank',
    ),
  };
}

describe('the analysis job on the 5k fixture', () => {
  let t: TempStore;
  let run: AnalysisRunSummary;
  beforeAll(async () => {
    t = await openTempStore();
    await importFile(t.store, SAMPLE_5K);
    run = await runAnalysis(t.store, { k: 3, seed: 7, minSupport: 0.05, recommendations: 5, neighbours: 5 });
  }, 120_000);
  afterAll(async () => {
    await t.dispose();
  });

  it('when it runs then every customer with purchases is in exactly one segment, ordered by mean monetary', async () => {
    const buyers = await one(
      t.store,
      'MATCH (c:Customer) WHERE EXISTS { MATCH (c)-[:PLACED]->(:`Order`)-[:CONTAINS]->() } RETURN count(c) AS n',
    );
    const members = await one(t.store, 'MATCH (c:Customer)-[:IN_SEGMENT]->(:Segment) RETURN count(c) AS n, count(DISTINCT c) AS different');
    expect(members).toEqual({ n: buyers.n, different: buyers.n });
    const segments = await rows(
      t.store,
      'MATCH (s:Segment) RETURN s.id AS id, s.size AS size, s.meanMonetary AS m, s.customerShare AS share, s.revenueShare AS rshare, s.name AS name ORDER BY id',
    );
    expect(segments.map((s) => s.id)).toEqual(['S0', 'S1', 'S2']);
    expect(segments.map((s) => s.m as number)).toEqual([...segments.map((s) => s.m as number)].sort((a, b) => b - a));
    expect(segments.reduce((a, s) => a + (s.size as number), 0)).toBe(buyers.n);
    expect(segments.reduce((a, s) => a + (s.share as number), 0)).toBeCloseTo(1, 9);
    expect(segments.reduce((a, s) => a + (s.rshare as number), 0)).toBeCloseTo(1, 9);
    expect(new Set(segments.map((s) => s.name)).size).toBe(3);
    expect(run.segments.map((s) => s.id)).toEqual(['S0', 'S1', 'S2']);
  });

  it('when it runs then features match the purchases (frequency = purchase orders, grossMonetary = sum of line totals, monetary = gross − matched refunds)', async () => {
    const check = await rows(
      t.store,
      "MATCH (c:Customer)-[:PLACED]->(o:`Order` {kind: 'purchase'})-[l:CONTAINS]->() WITH c, sum(l.lineTotal) AS spent, count(DISTINCT o) AS orders RETURN c.id AS id, orders, spent, c.frequency AS f, c.monetary AS m, c.grossMonetary AS g ORDER BY id",
    );
    // Refunds per customer and product against what that customer paid for it, matched as the README defines.
    const pairs = await rows(
      t.store,
      'MATCH (c:Customer)-[:PLACED]->(:`Order`)-[r:RETURNS]->(p:Product) WITH c, p, sum(r.quantity) AS rq, sum(r.amount) AS ra ' +
        'OPTIONAL MATCH (c)-[:PLACED]->(:`Order`)-[l:CONTAINS]->(p) RETURN c.id AS id, rq, ra, sum(l.quantity) AS bq, sum(l.lineTotal) AS paid',
    );
    const refund = new Map<string, number>();
    for (const p of pairs) {
      const bought = Number(p.bq ?? 0);
      if (!bought) continue;
      const matched = Math.min(Number(p.rq), bought);
      refund.set(String(p.id), (refund.get(String(p.id)) ?? 0) + Math.min((Number(p.ra) * matched) / Number(p.rq), Number(p.paid)));
    }
    expect(check.length).toBeGreaterThan(100);
    expect(refund.size).toBeGreaterThan(0);
    for (const r of check) {
      expect(r.f).toBe(r.orders);
      expect(r.g as number).toBeCloseTo(r.spent as number, 6);
      expect(r.m as number).toBeCloseTo((r.spent as number) - (refund.get(String(r.id)) ?? 0), 6);
    }
  });

  it('when it runs then neighbours are other customers, ranked 1..n by non-increasing score', async () => {
    const self = await one(t.store, 'MATCH (c:Customer)-[:SIMILAR]->(c) RETURN count(*) AS n');
    expect(self.n).toBe(0);
    const lists = await rows(
      t.store,
      'MATCH (a:Customer)-[e:SIMILAR]->(:Customer) RETURN a.id AS customer, e.rank AS rank, e.score AS score ORDER BY customer, rank',
    );
    const byCustomer = new Map<string, { rank: number; score: number }[]>();
    for (const r of lists)
      byCustomer.set(r.customer as string, [
        ...(byCustomer.get(r.customer as string) ?? []),
        { rank: r.rank as number, score: r.score as number },
      ]);
    for (const list of byCustomer.values()) {
      expect(list.map((x) => x.rank)).toEqual(list.map((_, i) => i + 1));
      expect(list.length).toBeLessThanOrEqual(5);
      // Equal cosines are ordered exactly (lower id first); their float values may differ in the last bit.
      for (let i = 1; i < list.length; i++) expect(list[i].score).toBeLessThanOrEqual(list[i - 1].score + 1e-12);
    }
  });

  it('when it runs then no customer is recommended a product they already bought, and reasons are JSON', async () => {
    const seen = await one(
      t.store,
      'MATCH (c:Customer)-[:RECOMMENDED]->(p:Product) WHERE EXISTS { MATCH (c)-[:PLACED]->(:`Order`)-[:CONTAINS]->(p) } RETURN count(*) AS n',
    );
    expect(seen.n).toBe(0);
    const recs = await rows(
      t.store,
      'MATCH (c:Customer)-[e:RECOMMENDED]->(p:Product) RETURN e.reasons AS reasons, e.rank AS rank, e.model AS model LIMIT 50',
    );
    expect(recs.length).toBeGreaterThan(0);
    for (const r of recs) {
      expect(r.model).toBe(run.defaultModel);
      for (const reason of JSON.parse(r.reasons as string))
        expect(['NEIGHBOUR', 'SIMILAR_ITEM', 'POPULAR', 'SEGMENT']).toContain(reason.kind);
    }
  });

  it('when it runs then rules point at their products and per-segment rules at their segment', async () => {
    const rules = await rows(
      t.store,
      'MATCH (r:Rule) OPTIONAL MATCH (r)-[:IN_SEGMENT]->(s:Segment) RETURN r.scope AS scope, s.id AS segment, size(r.antecedent) AS x, COUNT { MATCH (r)-[:IF]->() } AS ifs, COUNT { MATCH (r)-[:`THEN`]->() } AS thens, size(r.consequent) AS y',
    );
    expect(rules.length).toBe(run.rules);
    expect(rules.length).toBeGreaterThan(0);
    for (const r of rules) {
      expect(r.ifs).toBe(r.x);
      expect(r.thens).toBe(r.y);
      expect(r.segment).toBe(r.scope === 'global' ? null : r.scope);
    }
  });

  it('when it runs then the run is recorded as completed with its parameters and timings', async () => {
    const [r] = await t.store.query('current-run');
    expect(r).toMatchObject({ id: run.id, status: 'completed', k: 3, defaultModel: run.defaultModel });
    expect(JSON.parse(r.params as string)).toMatchObject({ k: 3, seed: 7, minSupport: 0.05 });
    expect(Object.keys(JSON.parse(r.timings as string))).toEqual([
      'load',
      'features',
      'segments',
      'rules',
      'similarity',
      'recommendations',
      'publish',
    ]);
    // What `default` stood for: the half-life and exactly the components with a weight, with their settings.
    expect(run.defaultModel).toBe('default');
    const settings = JSON.parse(r.modelSettings as string);
    const cfg = DEFAULT_RECOMMENDER_CONFIG;
    expect(settings.halfLifeDays).toBe(cfg.halfLifeDays);
    const active = Object.entries(cfg.weights).filter(([, w]) => w > 0);
    expect(Object.keys(settings.components).sort()).toEqual(active.map(([name]) => name).sort());
    for (const [name, weight] of active) {
      const own = name === 'popularity' ? {} : cfg[name as 'userKnn' | 'itemKnn' | 'ease' | 'rp3beta'];
      expect(settings.components[name]).toEqual({ weight, ...own });
    }
  });

  it('when it runs then it is the one current run and every result row carries its id', async () => {
    expect((await t.store.query('current-run')).map((r) => r.id)).toEqual([run.id]);
    const runs = await rows(
      t.store,
      'MATCH (s:Segment) RETURN DISTINCT s.run AS run UNION MATCH (r:Rule) RETURN DISTINCT r.run AS run ' +
        'UNION MATCH ()-[e:IN_SEGMENT]->() RETURN DISTINCT e.run AS run UNION MATCH ()-[e:SIMILAR]->() RETURN DISTINCT e.run AS run ' +
        'UNION MATCH ()-[e:ALSO_BOUGHT]->() RETURN DISTINCT e.run AS run UNION MATCH ()-[e:IF]->() RETURN DISTINCT e.run AS run ' +
        'UNION MATCH ()-[e:`THEN`]->() RETURN DISTINCT e.run AS run UNION MATCH ()-[e:RECOMMENDED]->() RETURN DISTINCT e.run AS run',
    );
    expect(runs).toEqual([{ run: run.id }]);
  });

  it('when the same graph is analysed again with the same seed then the results are identical and not duplicated', async () => {
    const before = await analysisDump(t.store);
    await runAnalysis(t.store, { k: 3, seed: 7, minSupport: 0.05, recommendations: 5, neighbours: 5 });
    expect(await analysisDump(t.store)).toEqual(before);
    const runs = await rows(
      t.store,
      'MATCH (r:AnalysisRun) RETURN r.status AS status, r.current AS current, r.startedAt AS at ORDER BY at',
    );
    expect(runs.map((r) => [r.status, r.current])).toEqual([
      ['completed', false],
      ['completed', true],
    ]);
  });

  it('when the same file is imported into a fresh graph and analysed with the same seed then the graph is identical', async () => {
    const other = await openTempStore();
    try {
      await importFile(other.store, SAMPLE_5K);
      await runAnalysis(other.store, { k: 3, seed: 7, minSupport: 0.05, recommendations: 5, neighbours: 5 });
      expect(await analysisDump(other.store)).toEqual(await analysisDump(t.store));
    } finally {
      await other.dispose();
    }
  });

  it('when the CPU stages run in a worker thread then the graph is the same as when they run inline', async () => {
    const before = await analysisDump(t.store);
    await runAnalysis(t.store, { k: 3, seed: 7, minSupport: 0.05, recommendations: 5, neighbours: 5 }, { worker: true });
    expect(await analysisDump(t.store)).toEqual(before);
  });

  it('when the recommendations run on a second thread then the graph is the same as when everything runs on one', async () => {
    const before = await analysisDump(t.store);
    const reasons =
      'MATCH (c:Customer)-[e:RECOMMENDED]->(p:Product) RETURN c.id AS customer, e.rank AS rank, e.reasons AS reasons, e.model AS model';
    const reasonsBefore = await sortedRows(t.store, reasons);
    const params = { k: 3, seed: 7, minSupport: 0.05, recommendations: 5, neighbours: 5 };
    const two = await runAnalysis(t.store, params, { twoThreads: { minLines: 0 } });
    expect(await analysisDump(t.store)).toEqual(before);
    expect(await sortedRows(t.store, reasons)).toEqual(reasonsBefore);
    expect(Object.keys(two.timings)).toEqual(['load', 'features', 'segments', 'rules', 'similarity', 'recommendations', 'publish']);
    // A model that reads the segments waits for them, and still matches the single-thread run.
    await runAnalysis(t.store, { ...params, model: 'segment-popularity' });
    const single = await analysisDump(t.store);
    await runAnalysis(t.store, { ...params, model: 'segment-popularity' }, { twoThreads: { minLines: 0 } });
    expect(await analysisDump(t.store)).toEqual(single);
    await runAnalysis(t.store, params);
  });

  it('when the per-segment user-kNN is precomputed then every neighbour behind a recommendation is in the customer’s segment, on one thread or two', async () => {
    const params = { k: 3, seed: 7, minSupport: 0.05, recommendations: 5, neighbours: 5, model: 'segment-user-knn' as const };
    await runAnalysis(t.store, params);
    const single = await analysisDump(t.store);
    const rows = await t.store.cypher(
      'MATCH (c:Customer)-[e:RECOMMENDED]->(:Product), (c)-[:IN_SEGMENT]->(s:Segment) RETURN c.id AS customer, s.id AS segment, e.model AS model, e.reasons AS reasons',
    );
    const segmentOf = new Map(
      (await t.store.cypher('MATCH (c:Customer)-[:IN_SEGMENT]->(s:Segment) RETURN c.id AS c, s.id AS s')).rows.map((r) => [r.c, r.s]),
    );
    expect(rows.rows.length).toBeGreaterThan(0);
    let neighbours = 0;
    for (const r of rows.rows) {
      expect(r.model).toBe('segment-user-knn');
      for (const reason of JSON.parse(String(r.reasons)) as { kind: string; id: string }[]) {
        expect(reason.kind).toBe('NEIGHBOUR');
        expect(segmentOf.get(reason.id)).toBe(r.segment);
        neighbours++;
      }
    }
    expect(neighbours).toBeGreaterThan(0);
    await runAnalysis(t.store, params, { twoThreads: { minLines: 0 } });
    expect(await analysisDump(t.store)).toEqual(single);
    await runAnalysis(t.store, { k: 3, seed: 7, minSupport: 0.05, recommendations: 5, neighbours: 5 });
  });

  it('when publishing fails half-way then the previous results are still served and the run is marked failed', async () => {
    const before = await analysisDump(t.store);
    await expect(
      runAnalysis(
        t.store,
        { k: 4, seed: 1 },
        {
          exclusive: async () => {
            throw new Error('disk full');
          },
        },
      ),
    ).rejects.toThrow('disk full');
    expect(await analysisDump(t.store)).toEqual(before);
    const [latest] = await t.store.query('latest-run');
    expect(latest).toMatchObject({ status: 'failed', error: 'disk full' });
    const [completed] = await t.store.query('current-run');
    expect(completed.k).toBe(3);
  });

  it('when a run was left "running" by a killed process then the next run marks it failed', async () => {
    await t.store.write((tx) =>
      tx.bulkLoad('AnalysisRun', [
        storeRow.AnalysisRun({ id: 'run-killed', status: 'running', params: '{}', startedAt: '2000-01-01T00:00:00.000Z', stage: 'rules' }),
      ]),
    );
    await runAnalysis(t.store, { k: 3, seed: 7, minSupport: 0.05, recommendations: 5, neighbours: 5 });
    const killed = await one(t.store, "MATCH (r:AnalysisRun {id: 'run-killed'}) RETURN r.status AS status, r.error AS error");
    expect(killed).toEqual({ status: 'failed', error: 'abandoned: the process stopped before the run finished' });
  });
});
