import { describe, expect, test } from 'vitest';
import { ADMIN_TOKEN, codes, gql, serverOnFixtureGraph } from '../support/test-server.js';

const env = serverOnFixtureGraph();

describe('runAnalysis with the real analysis job', () => {
  test('when the parameters are out of range then the job’s own validation message comes back as BAD_USER_INPUT', async () => {
    const r = await gql(env.server, 'mutation { runAnalysis(params: { k: 1 }) { id } }', undefined, { token: ADMIN_TOKEN });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.body.errors?.[0]).toMatchObject({
      message: 'invalid analysis parameters: k (--k) must be a whole number from 2 to 20, not 1',
      extensions: { code: 'BAD_USER_INPUT', argument: 'params.k' },
    });
    expect(env.server.runner.current).toBeNull();
  });

  test('when an admin runs the analysis on the fixture graph then segments, neighbours and explained recommendations are served from the new run', async () => {
    expect((await fetch(`${env.server.url}/readyz`)).status).toBe(503);
    const started = await gql(env.server, 'mutation { runAnalysis(params: { k: 3, seed: 42 }) { id status } }', undefined, {
      token: ADMIN_TOKEN,
    });
    const id = started.body.data?.runAnalysis.id;
    expect(started.body.data?.runAnalysis).toEqual({ id: expect.stringMatching(/^run-/), status: 'RUNNING' });
    await env.server.runner.whenIdle();

    const r = await gql(
      env.server,
      `{ latestRun { id status k featureNames error } runs { id status } segments { id runId size }
      customer(id: "17850") { segment { id } neighbours(first: 3) { customer { id } score }
        recommendations(first: 5) { rank product { id description } reasons { kind id } } } stats { segments recommended } }`,
    );
    const d = r.body.data!;
    expect(r.body.errors).toBeUndefined();
    expect(d.latestRun).toMatchObject({ id, status: 'COMPLETED', k: 3, error: null });
    expect(d.runs).toEqual([{ id, status: 'COMPLETED' }]);
    expect(d.segments.map((s: { runId: string }) => s.runId)).toEqual([id, id, id]);
    expect(d.segments.reduce((n: number, s: { size: number }) => n + s.size, 0)).toBeGreaterThan(100);
    expect(d.customer.segment.id).toMatch(/^S[0-2]$/);
    expect(d.customer.neighbours).toHaveLength(3);
    expect(d.customer.recommendations.map((x: { rank: number }) => x.rank)).toEqual([1, 2, 3, 4, 5]);
    for (const rec of d.customer.recommendations) {
      expect(rec.product.id).toMatch(/\w/);
      for (const reason of rec.reasons) expect(['NEIGHBOUR', 'SIMILAR_ITEM', 'RULE', 'SEGMENT', 'POPULAR']).toContain(reason.kind);
    }
    expect(d.stats.segments).toBe(3);
    const ready = await fetch(`${env.server.url}/readyz`);
    expect({ status: ready.status, run: ((await ready.json()) as { run: string }).run }).toEqual({ status: 200, run: id });

    const nc = await gql(
      env.server,
      '{ recommendForNewCustomer(features: { recency: 10, frequency: 3, monetary: 900 }, first: 2) { segment { id } recommendations { rank product { id } } } }',
    );
    expect(nc.body.data?.recommendForNewCustomer.segment.id).toMatch(/^S[0-2]$/);
    expect(nc.body.data?.recommendForNewCustomer.recommendations.map((x: { rank: number }) => x.rank)).toEqual([1, 2]);

    const partial = await gql(env.server, '{ recommendForNewCustomer(features: { recency: 10 }) { segment { id } } }');
    expect(codes(partial)).toEqual(['BAD_USER_INPUT']);
    expect(partial.body.errors?.[0].message).toMatch(/^features\.\w+ is required/);
  });

  test('when the run has published then each customer’s CustomerLists row holds its RECOMMENDED and SIMILAR edges in rank order, and every customer of the run has one', async () => {
    const all = async (text: string) => (await env.fx.store.cypher(text)).rows;
    const run = String((await all('MATCH (r:AnalysisRun {current: true}) RETURN r.id AS id'))[0].id);
    const lists = await all(
      'MATCH (l:CustomerLists) RETURN l.id AS id, l.run AS run, l.model AS model, l.recommendations AS recs, l.neighbours AS nbs',
    );
    const recs = await all(
      'MATCH (c:Customer)-[r:RECOMMENDED]->(p:Product) RETURN c.id AS cid, p.id AS pid, r.score AS score, r.rank AS rank, r.model AS model ORDER BY cid, rank',
    );
    const nbs = await all(
      'MATCH (c:Customer)-[r:SIMILAR]->(n:Customer) RETURN c.id AS cid, n.id AS nid, r.score AS score, r.shared AS shared, r.sameSegment AS same, r.rank AS rank ORDER BY cid, rank',
    );
    const segmented = await all('MATCH (c:Customer)-[:IN_SEGMENT]->(:Segment) RETURN count(c) AS n');
    expect(lists.length).toBe(Number(segmented[0].n));
    const byCustomer = <T>(rows: Record<string, unknown>[], value: (r: Record<string, unknown>) => T) => {
      const out = new Map<string, T[]>();
      for (const r of rows) out.set(String(r.cid), [...(out.get(String(r.cid)) ?? []), value(r)]);
      return out;
    };
    const expectedRecs = byCustomer(recs, (r) => [r.pid, r.score]);
    const expectedNbs = byCustomer(nbs, (r) => [r.nid, r.score, r.shared, r.same]);
    expect(recs.length).toBeGreaterThan(100);
    for (const l of lists) {
      expect(l.run).toBe(run);
      expect(JSON.parse(String(l.recs))).toEqual(expectedRecs.get(String(l.id)) ?? []);
      expect(JSON.parse(String(l.nbs))).toEqual(expectedNbs.get(String(l.id)) ?? []);
      if (expectedRecs.has(String(l.id))) expect(l.model).toBe(recs.find((r) => r.cid === l.id)!.model);
    }
  });

  test('when the run has published then each segment’s name follows from its members’ medians against all customers’ medians, as its naming states', async () => {
    const median = (xs: number[]) => {
      const v = [...xs].sort((a, b) => a - b);
      const m = v.length >> 1;
      return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
    };
    const members = new Map<string, { recency: number; frequency: number; monetary: number }[]>();
    for (let after: string | null = null, more = true; more;) {
      type Page = {
        customers: {
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          edges: { node: { segment: { id: string }; features: { recency: number; frequency: number; monetary: number } } }[];
        };
      };
      const page = await gql<Page>(
        env.server,
        `query($after: String) { customers(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { segment { id } features { recency frequency monetary } } } } }`,
        { after },
      );
      const conn: Page['customers'] = page.body.data!.customers;
      for (const { node } of conn.edges) members.set(node.segment.id, [...(members.get(node.segment.id) ?? []), node.features]);
      more = conn.pageInfo.hasNextPage;
      after = conn.pageInfo.endCursor;
    }
    const all = [...members.values()].flat();
    const reference = {
      recency: median(all.map((f) => f.recency)),
      frequency: median(all.map((f) => f.frequency)),
      monetary: median(all.map((f) => f.monetary)),
    };
    const r = await gql(
      env.server,
      '{ segments { id name naming { rule median { recency frequency monetary } reference { recency frequency monetary } } } }',
    );
    for (const s of r.body.data!.segments) {
      const own = members.get(s.id)!;
      expect(s.naming.reference).toEqual(reference);
      expect(s.naming.median).toEqual({
        recency: median(own.map((f) => f.recency)),
        frequency: median(own.map((f) => f.frequency)),
        monetary: median(own.map((f) => f.monetary)),
      });
      const frequent = s.naming.median.frequency >= reference.frequency;
      const valuable = s.naming.median.monetary >= reference.monetary;
      expect(s.naming.rule).toContain(`${frequent ? 'frequent' : 'not frequent'} — median`);
      expect(s.naming.rule).toContain(`${valuable ? 'valuable' : 'not valuable'} — median`);
      expect(s.naming.rule.endsWith(`→ ${s.name}`)).toBe(true);
      // A name that says frequent or valuable never sits below the reference the page compares with.
      if (/Champions|Loyal|Needs attention|Can't lose/.test(s.name))
        expect(s.naming.median.frequency).toBeGreaterThanOrEqual(reference.frequency);
      if (/Champions|Big spenders|Needs attention|Can't lose/.test(s.name))
        expect(s.naming.median.monetary).toBeGreaterThanOrEqual(reference.monetary);
    }
  });

  test('when customers returned what they bought then monetary is net of it, gross is kept and the return rate is the refunded share', async () => {
    const r = await gql(
      env.server,
      '{ customers(first: 100, sort: { field: RETURN_RATE, direction: DESC }) { edges { node { id features { monetary grossMonetary avgOrderValue grossAvgOrderValue frequency returnRate } } } } }',
    );
    type Features = {
      monetary: number;
      grossMonetary: number;
      avgOrderValue: number;
      grossAvgOrderValue: number;
      frequency: number;
      returnRate: number;
    };
    const features = (r.body.data!.customers.edges as { node: { features: Features } }[]).map((e) => e.node.features);
    expect(features[0].returnRate).toBeGreaterThan(0);
    expect(features[0].grossMonetary).toBeGreaterThan(features[0].monetary);
    // The API serves money rounded to the cent, so each identity holds within the two roundings (half a cent each).
    const withinCents = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(0.01 + 1e-9);
    for (const f of features) {
      withinCents(f.monetary, f.grossMonetary * (1 - f.returnRate));
      withinCents(f.avgOrderValue, f.monetary / f.frequency);
      withinCents(f.grossAvgOrderValue, f.grossMonetary / f.frequency);
      for (const money of [f.monetary, f.grossMonetary, f.avgOrderValue, f.grossAvgOrderValue])
        expect(Math.round(money * 100) / 100).toBe(money);
    }
  });
});
