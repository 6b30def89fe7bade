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
    const started = await gql(env.server, 'mutation { runAnalysis(params: { k: 3, seed: 42 }) { id status } }', undefined, { token: ADMIN_TOKEN });
    const id = started.body.data?.runAnalysis.id;
    expect(started.body.data?.runAnalysis).toEqual({ id: expect.stringMatching(/^run-/), status: 'RUNNING' });
    await env.server.runner.whenIdle();

    const r = await gql(env.server, `{ latestRun { id status k featureNames error } runs { id status } segments { id runId size }
      customer(id: "17850") { segment { id } neighbours(first: 3) { customer { id } score }
        recommendations(first: 5) { rank product { id description } reasons { kind id } } } stats { segments recommended } }`);
    const d = r.body.data!;
    expect(r.body.errors).toBeUndefined();
    expect(d.latestRun).toMatchObject({ id, status: 'COMPLETED', k: 3, error: null });
    expect(d.runs).toEqual([{ id, status: 'COMPLETED' }]);
    expect(d.segments.map((s: any) => s.runId)).toEqual([id, id, id]);
    expect(d.segments.reduce((n: number, s: any) => n + s.size, 0)).toBeGreaterThan(100);
    expect(d.customer.segment.id).toMatch(/^S[0-2]$/);
    expect(d.customer.neighbours).toHaveLength(3);
    expect(d.customer.recommendations.map((x: any) => x.rank)).toEqual([1, 2, 3, 4, 5]);
    for (const rec of d.customer.recommendations) {
      expect(rec.product.id).toMatch(/\w/);
      for (const reason of rec.reasons) expect(['NEIGHBOUR', 'SIMILAR_ITEM', 'RULE', 'SEGMENT', 'POPULAR']).toContain(reason.kind);
    }
    expect(d.stats.segments).toBe(3);
    const ready = await fetch(`${env.server.url}/readyz`);
    expect({ status: ready.status, run: ((await ready.json()) as { run: string }).run }).toEqual({ status: 200, run: id });

    const nc = await gql(env.server, '{ recommendForNewCustomer(features: { recency: 10, frequency: 3, monetary: 900 }, first: 2) { segment { id } recommendations { rank product { id } } } }');
    expect(nc.body.data?.recommendForNewCustomer.segment.id).toMatch(/^S[0-2]$/);
    expect(nc.body.data?.recommendForNewCustomer.recommendations.map((x: any) => x.rank)).toEqual([1, 2]);

    const partial = await gql(env.server, '{ recommendForNewCustomer(features: { recency: 10 }) { segment { id } } }');
    expect(codes(partial)).toEqual(['BAD_USER_INPUT']);
    expect(partial.body.errors?.[0].message).toMatch(/^features\.\w+ is required/);
  });
});
