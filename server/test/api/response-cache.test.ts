import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openFixtureStore, type FixtureStore } from '../support/fixture-graph.js';
import { ADMIN_TOKEN, gql, startTestServer } from '../support/test-server.js';
import type { RunningServer } from '../../src/http/start-server.js';

let fx: FixtureStore;
let server: RunningServer;
/** Two customers of the fixture graph. */
let ids: string[];

/** One POST, with the response cache's verdict header and the raw body. */
async function post(query: string, variables: Record<string, unknown> = {}, token?: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return { status: res.status, cache: res.headers.get('x-response-cache'), type: res.headers.get('content-type'), text: await res.text() };
}

async function analyse(seed: number) {
  const r = await gql(
    server,
    'mutation($seed: Int) { runAnalysis(params: { k: 3, seed: $seed }) { id } }',
    { seed },
    { token: ADMIN_TOKEN },
  );
  await server.runner.whenIdle();
  return r.body.data?.runAnalysis.id as string;
}

const CUSTOMER =
  'query($id: ID!) { customer(id: $id) { segment { id runId } recommendations(first: 3) { product { id } score } neighbours(first: 2) { customer { id } } } }';

beforeAll(async () => {
  fx = await openFixtureStore();
  server = await startTestServer({ store: fx.store });
  await analyse(42);
  const top = await gql<{ customers: { edges: { node: { id: string } }[] } }>(
    server,
    '{ customers(first: 2, sort: { field: MONETARY, direction: DESC }) { edges { node { id } } } }',
  );
  ids = top.body.data!.customers.edges.map((e) => e.node.id);
});

afterAll(async () => {
  await server?.runner.whenIdle();
  await server?.close();
  await fx?.dispose();
});

describe('response cache', () => {
  test('when the same anonymous query is asked twice then the second answer is the first one’s bytes, from the cache', async () => {
    const first = await post(CUSTOMER, { id: ids[0] });
    const second = await post(CUSTOMER, { id: ids[0] });
    expect(first).toMatchObject({ status: 200, cache: 'miss' });
    expect(second).toEqual({ ...first, cache: 'hit' });
    expect(JSON.parse(second.text).data.customer.recommendations).toHaveLength(3);
    const other = await post(CUSTOMER, { id: ids[1] });
    expect(other.cache).toBe('miss');
    expect(other.text).not.toBe(first.text);
  });

  test('when two requests differ only in the Accept header then each gets the content type it asked for', async () => {
    const body = JSON.stringify({ query: '{ segments { id } }' });
    const ask = (accept: string) =>
      fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept }, body });
    const plain = [await ask('application/json'), await ask('application/json')];
    const modern = [await ask('application/graphql-response+json'), await ask('application/graphql-response+json')];
    expect(plain.map((r) => [r.headers.get('x-response-cache'), r.headers.get('content-type')])).toEqual([
      ['miss', 'application/json; charset=utf-8'],
      ['hit', 'application/json; charset=utf-8'],
    ]);
    expect(modern.map((r) => [r.headers.get('x-response-cache'), r.headers.get('content-type')])).toEqual([
      ['miss', 'application/graphql-response+json; charset=utf-8'],
      ['hit', 'application/graphql-response+json; charset=utf-8'],
    ]);
  });

  test('when a response has errors then it is never stored', async () => {
    const bad = 'query { customer(id: "17850") { neighbours(first: -1) { score } } }';
    const [a, b] = [await post(bad), await post(bad)];
    expect([a.cache, b.cache]).toEqual(['miss', 'miss']);
    expect(JSON.parse(b.text).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  test('when a request carries an Authorization header then it is neither answered from nor stored in the cache', async () => {
    const query = '{ segments { id size } }';
    await post(query);
    const admin = await post(query, {}, ADMIN_TOKEN);
    expect(admin.status).toBe(200);
    expect(admin.cache).toBeNull();
    expect((await post(query)).cache).toBe('hit');
  });

  test('when a query reads run progress or node counts then it is never stored (they change while a run works)', async () => {
    for (const query of ['{ latestRun { id status stage } }', '{ stats { customers } }', '{ segments { id } stats { segments } }']) {
      const [a, b] = [await post(query), await post(query)];
      expect([query, a.cache, b.cache]).toEqual([query, 'miss', 'miss']);
    }
  });

  test('when an analysis run publishes then cached answers of the previous run are no longer served', async () => {
    const before = await post(CUSTOMER, { id: ids[1] });
    expect((await post(CUSTOMER, { id: ids[1] })).cache).toBe('hit');
    const oldRun = JSON.parse(before.text).data.customer.segment.runId as string;

    const newRun = await analyse(7);
    expect(newRun).not.toBe(oldRun);
    const after = await post(CUSTOMER, { id: ids[1] });
    expect(after.cache).toBe('miss');
    expect(JSON.parse(after.text).data.customer.segment.runId).toBe(newRun);
    expect((await post(CUSTOMER, { id: ids[1] })).text).toBe(after.text);
  });
});

describe('response cache turned off', () => {
  test('when RESPONSE_CACHE_MB is 0 then nothing is cached and no verdict header is sent', async () => {
    const off = await startTestServer({ store: fx.store, responseCacheBytes: 0 });
    try {
      const res = await fetch(`${off.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ segments { id } }' }),
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('x-response-cache')).toBeNull();
      expect(off.responseCache.size).toBe(0);
    } finally {
      await off.close();
    }
  });
});
