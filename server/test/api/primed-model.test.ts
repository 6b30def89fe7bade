import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openFixtureStore, writeFakeAnalysis, type FixtureStore } from '../support/fixture-graph.js';
import { ADMIN_TOKEN, gql, startTestServer } from '../support/test-server.js';
import type { RunningServer } from '../../src/http/start-server.js';
import { standInJob } from '../support/stand-in-job.js';

let fx: FixtureStore;
/** Serves the hot lookups from the primed read model. */
let server: RunningServer;
/** The same store without the primed model: every answer comes from the store (the reference). */
let plain: RunningServer;
let ids: string[];

/** A stand-in analysis job that publishes run 2 (scores doubled, segments renamed) the way the real job does. */
const job = standInJob();

/** The benchmark's customer page query, plus the fields that tell runs apart. */
const PAGE = `query($id: ID!, $r: Int, $n: Int) { customer(id: $id) { id country features { recency monetary } segment { id runId name } segmentDistance
  recommendations(first: $r) { rank score model product { id description } reasons { kind id weight customer { id } } }
  neighbours(first: $n) { rank score sharedProducts sameSegment customer { id country } } } segments { id runId name size } }`;

async function page(target: RunningServer, id: string, r = 10, n = 5) {
  const res = await gql(target, PAGE, { id, r, n });
  expect(res.body.errors).toBeUndefined();
  return res.body.data!;
}

/** Store queries made while `work` runs. */
async function storeQueries(work: () => Promise<unknown>): Promise<number> {
  const before = fx.store.queryCount;
  await work();
  return fx.store.queryCount - before;
}

beforeAll(async () => {
  fx = await openFixtureStore();
  await writeFakeAnalysis(fx.store, { runId: 'run-1' });
  server = await startTestServer({ store: fx.store, analysisJob: job });
  plain = await startTestServer({ store: fx.store, hotModel: false });
  const rows = await fx.store.cypher('MATCH (c:Customer)-[:RECOMMENDED]->() RETURN DISTINCT c.id AS id ORDER BY id LIMIT 6');
  ids = [...rows.rows.map((r) => String(r.id)), 'no-such-customer'];
});

afterAll(async () => {
  await server?.runner.whenIdle();
  await server?.close();
  await plain?.close();
  await fx?.dispose();
});

describe('the primed read model', () => {
  test('when the server starts then the customer page is answered without store queries, exactly as the store answers it', async () => {
    expect(server.hot?.current?.stats).toMatchObject({ customers: expect.any(Number), recommendations: expect.any(Number) });
    for (const id of ids) {
      let primed: unknown;
      expect(await storeQueries(async () => (primed = await page(server, id, 3, 2)))).toBe(0);
      expect(primed).toEqual(await page(plain, id, 3, 2));
    }
    expect((await page(server, ids[0])).customer.recommendations.length).toBeGreaterThan(0);
  });

  test('when `first` is larger than the lists then the whole lists come back, as from the store', async () => {
    for (const id of ids.slice(0, 3)) {
      const primed = await page(server, id, 100, 100);
      expect(primed).toEqual(await page(plain, id, 100, 100));
      expect(primed.customer.recommendations.length).toBeLessThan(100);
    }
  });

  test('when `first` is beyond the ranks the model keeps then those lists come from the store, and the answer is the same', async () => {
    const capped = await startTestServer({ store: fx.store, hotModel: { maxRank: 2 } });
    try {
      const id = ids[0];
      expect(await storeQueries(() => page(capped, id, 2, 2))).toBe(0);
      let deeper: Awaited<ReturnType<typeof page>> | undefined;
      expect(await storeQueries(async () => (deeper = await page(capped, id, 4, 3)))).toBeGreaterThan(0);
      expect(deeper).toEqual(await page(plain, id, 4, 3));
      expect(deeper!.customer.recommendations.map((r: { rank: number }) => r.rank)).toEqual([1, 2, 3, 4]);
    } finally {
      await capped.close();
    }
  });

  test('when the model would be over its size limit then nothing is primed and answers come from the store', async () => {
    const small = await startTestServer({ store: fx.store, hotModel: { maxRows: 10 } });
    try {
      expect(small.hot?.current).toBeNull();
      expect(await page(small, ids[1])).toEqual(await page(plain, ids[1]));
    } finally {
      await small.close();
    }
  });

  test('when every read the model can answer is asked for with the model on and off then the answers are equal, and the model’s own reads need no store', async () => {
    const [products, segments] = await Promise.all([
      fx.store.cypher('MATCH (p:Product)<-[:ALSO_BOUGHT]-() RETURN DISTINCT p.id AS id ORDER BY id LIMIT 4'),
      gql(plain, '{ segments { id } }'),
    ]);
    const productIds = [...products.rows.map((r) => String(r.id)), 'no-such-product'];
    const segmentIds = [...segments.body.data!.segments.map((s: { id: string }) => s.id), 'no-such-segment'];
    expect(productIds.length).toBeGreaterThan(2);
    expect(segmentIds.length).toBeGreaterThan(2);
    const reasons =
      'reasons { kind id weight customer { id country segment { id } } product { id description } rule { id } segment { id name size } }';
    const list = `rank score model product { id description } ${reasons}`;
    const cases: { query: string; variables: Record<string, unknown>[] }[] = [
      {
        // Customer, its segment, recommendations and neighbours, and what their reasons point at, from every model.
        query: `query($id: ID!) { customer(id: $id) { id status segment { id name } segmentDistance
          recommendations(first: 4) { ${list} }
          pop: recommendations(first: 3, model: POPULARITY) { ${list} } spop: recommendations(first: 3, model: SEGMENT_POPULARITY) { ${list} }
          ukn: recommendations(first: 3, model: USER_KNN) { ${list} } ikn: recommendations(first: 3, model: ITEM_KNN) { ${list} }
          neighbours(first: 3) { rank score customer { id segment { id } segmentDistance recommendations(first: 2) { product { id } } } }
          rules(first: 3) { id scope segment { id name } } lastOrder { id customer { id } } } }`,
        variables: ids.map((id) => ({ id })),
      },
      {
        query: `query($id: ID!) { product(id: $id) { id description alsoBought(first: 3) { score product { id description } }
          popularityBySegment { buyers share segment { id name } } rules(first: 3) { id segment { id } } } }`,
        variables: productIds.map((id) => ({ id })),
      },
      {
        query: `query($id: ID!) { segment(id: $id) { id name rank size centroid { feature raw scaled } topProducts(first: 3) { buyers product { id } }
          recommendationsForNewCustomer(first: 3) { ${list} } } recommendForNewCustomer(segment: $id, first: 3) { segment { id } recommendations { ${list} } } }`,
        variables: segmentIds.slice(0, -1).map((id) => ({ id })),
      },
      { query: `query($id: ID!) { segment(id: $id) { id } }`, variables: [{ id: 'no-such-segment' }] },
      {
        query: `query($basket: [ID!]!) { recommendForBasket(productIds: $basket, first: 4) { ${list} } }`,
        variables: [{ basket: productIds.slice(0, 2) }, { basket: productIds.slice(1, 4) }],
      },
      { query: '{ segments { id name rank size } customerPoints { id x y segment } }', variables: [{}] },
    ];
    for (const { query, variables } of cases) {
      for (const v of variables) {
        const [primed, reference] = await Promise.all([gql(server, query, v), gql(plain, query, v)]);
        expect(primed.body.errors).toBeUndefined();
        expect(reference.body.errors).toBeUndefined();
        expect(primed.body.data).toEqual(reference.body.data);
      }
    }
    // The reads the model holds reach no store on the primed server (they do on the other).
    const own = `query($c: ID!, $p: ID!, $s: ID!) { customer(id: $c) { id segment { id } segmentDistance
      recommendations(first: 3) { product { id } reasons { customer { id } segment { id } } } neighbours(first: 2) { customer { id } } }
      product(id: $p) { id description } segment(id: $s) { id name } segments { id } customerPoints { id } }`;
    const v = { c: ids[0], p: productIds[0], s: segmentIds[0] };
    let primed: unknown;
    expect(await storeQueries(async () => (primed = (await gql(server, own, v)).body))).toBe(0);
    const fresh = await startTestServer({ store: fx.store, hotModel: false });
    try {
      let reference: unknown;
      expect(await storeQueries(async () => (reference = (await gql(fresh, own, v)).body))).toBeGreaterThan(0);
      expect(primed).toEqual(reference);
    } finally {
      await fresh.close();
    }
  });

  test('when a new analysis run is published then the primed data is the new run’s, and no response during the publish mixes runs', async () => {
    const before = server.hot?.current;
    const started = await gql(server, 'mutation { runAnalysis { id } }', undefined, { token: ADMIN_TOKEN });
    const runId: string = started.body.data?.runAnalysis.id;
    expect(runId).toMatch(/^run-/);
    // Hot fields (segment, segments) and store fields (rules) in one response: one run only.
    const MIXED = `query($id: ID!) { customer(id: $id) { segment { runId } recommendations(first: 3) { score } } segments { runId }
      rules(first: 3) { edges { node { runId } } } }`;
    let done = false;
    const idle = server.runner.whenIdle().then(() => (done = true));
    const seen = new Set<string>();
    while (!done) {
      const responses = await Promise.all(ids.slice(0, 4).map((id) => gql(server, MIXED, { id })));
      for (const r of responses) {
        const d = r.body.data!;
        const runs = new Set<string>([
          d.customer.segment.runId,
          ...d.segments.map((s: { runId: string }) => s.runId),
          ...d.rules.edges.map((e: { node: { runId: string } }) => e.node.runId),
        ]);
        expect(runs.size).toBe(1);
        seen.add([...runs][0]);
      }
    }
    await idle;

    expect(server.hot?.current).not.toBe(before);
    // A new reference server: `plain` did not see this publish through its own gate, so its per-id cache is stale.
    const reference = await startTestServer({ store: fx.store, hotModel: false });
    try {
      for (const id of ids) {
        let primed: Awaited<ReturnType<typeof page>> | undefined;
        expect(await storeQueries(async () => (primed = await page(server, id)))).toBe(0);
        expect(primed).toEqual(await page(reference, id));
        if (primed!.customer) expect(primed!.customer.segment).toMatchObject({ runId, name: expect.stringMatching(/ v2$/) });
      }
    } finally {
      await reference.close();
    }
    const d = await page(server, ids[0]);
    expect(d.segments.map((s: { runId: string }) => s.runId)).toEqual(d.segments.map(() => runId));
    // Run 2 doubles every recommendation score of run 1.
    const old = before!.recommendations(ids[0], 10)!.map((r) => r.score * 2);
    expect(d.customer.recommendations.map((r: { score: number }) => r.score)).toEqual(old);
  });
});
