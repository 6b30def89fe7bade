import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openFixtureStore, writeFakeAnalysis, type FixtureStore } from '../support/fixture-graph.js';
import { gql, startTestServer } from '../support/test-server.js';
import type { RunningServer } from '../../src/http/start-server.js';
import { encodeCursor } from '../../src/graphql/pagination.js';

let fx: FixtureStore;
/** Answers `customers` from the primed read model. */
let primed: RunningServer;
/** The same store without the model: every page comes from api-customers-page / api-customers-count (the reference). */
let plain: RunningServer;

beforeAll(async () => {
  fx = await openFixtureStore();
  await writeFakeAnalysis(fx.store, { runId: 'run-1' });
  primed = await startTestServer({ store: fx.store });
  plain = await startTestServer({ store: fx.store, hotModel: false });
});

afterAll(async () => {
  await primed?.close();
  await plain?.close();
  await fx?.dispose();
});

const NODE = 'id country status features { recency frequency monetary avgOrderValue distinctProducts returnRate tenure } segment { id }';
const CONNECTION = `totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { ${NODE} } }`;

/** Three pages of one filter and sort (the first, one a few rows in, one deep) and the segment S1's own list. */
const PAGES = `query($filter: CustomerFilter, $sort: CustomerSort, $a: String, $b: String) {
  first: customers(first: 7, filter: $filter, sort: $sort) { ${CONNECTION} }
  next: customers(first: 5, after: $a, filter: $filter, sort: $sort) { ${CONNECTION} }
  deep: customers(first: 100, after: $b, filter: $filter, sort: $sort) { ${CONNECTION} }
  segment(id: "S1") { customers(first: 9, after: $a, filter: $filter, sort: $sort) { ${CONNECTION} } } }`;

const FILTERS: (Record<string, unknown> | null)[] = [
  null,
  { status: null },
  { status: 'RETURNS_ONLY' },
  { segment: 'S0' },
  { segment: 'no-such-segment' },
  { country: 'France' },
  { idPrefix: '13' },
  { monetary: { min: 250.5, max: 4000 } },
  { recency: { max: 40 }, frequency: { min: 2 }, status: null },
  { avgOrderValue: { min: 20 }, distinctProducts: { max: 30 }, tenure: { min: 3 }, returnRate: { max: 0 } },
  { segment: 'S2', country: 'United Kingdom', idPrefix: '1' },
];
const FIELDS = ['ID', 'RECENCY', 'FREQUENCY', 'MONETARY', 'AVG_ORDER_VALUE', 'DISTINCT_PRODUCTS', 'RETURN_RATE', 'TENURE'];
const SORTS = [null, ...FIELDS.flatMap((field) => ['ASC', 'DESC'].map((direction) => ({ field, direction })))];
/** Every filter in two orders, every order over every customer (some without features) and over a range. */
const CASES: [unknown, unknown][] = [
  ...FILTERS.flatMap((filter) => [null, { field: 'RECENCY', direction: 'DESC' }].map((sort): [unknown, unknown] => [filter, sort])),
  ...SORTS.flatMap((sort) => [{ status: null }, { monetary: { min: 250.5 } }].map((filter): [unknown, unknown] => [filter, sort])),
];

async function pages(server: RunningServer, filter: unknown, sort: unknown) {
  const r = await gql(server, PAGES, { filter, sort, a: encodeCursor(3), b: encodeCursor(60) });
  expect(r.body.errors).toBeUndefined();
  return r.body.data!;
}

describe('the customers connection from the primed read model', () => {
  test('when every filter and sort is paged on both paths then the model answers exactly as the store', async () => {
    let compared = 0;
    for (const [filter, sort] of CASES) {
      const fromModel = await pages(primed, filter, sort);
      expect(fromModel, JSON.stringify({ filter, sort })).toEqual(await pages(plain, filter, sort));
      compared += fromModel.first.edges.length;
    }
    expect(compared).toBeGreaterThan(200); // the matrix is not all empty pages
  });

  test('when the model is primed then a customers page and its total take no store query', async () => {
    const before = fx.store.queryCount;
    const r = await gql(
      primed,
      `{ customers(first: 50, after: "${encodeCursor(10)}", filter: { monetary: { min: 100 } }, sort: { field: MONETARY, direction: DESC }) { totalCount edges { node { id } } } }`,
    );
    expect(fx.store.queryCount - before).toBe(0);
    expect(r.body.data!.customers.edges).toHaveLength(50);
    expect(r.body.data!.customers.totalCount).toBeGreaterThan(60);
  });

  test('when customers of either status are listed with their status then it comes from the customer itself, with no store query', async () => {
    const query = `{ buyers: customers(first: 5) { edges { node { status } } }
      returnsOnly: customers(first: 5, filter: { status: RETURNS_ONLY }) { edges { node { status } } } }`;
    const before = fx.store.queryCount;
    const r = await gql(primed, query);
    expect(fx.store.queryCount - before).toBe(0);
    const statuses = (k: string) => r.body.data![k].edges.map((e: { node: { status: string } }) => e.node.status);
    expect(statuses('buyers')).toEqual(Array(5).fill('BUYER'));
    expect(statuses('returnsOnly').length).toBeGreaterThan(0);
    expect(statuses('returnsOnly')).toEqual(Array(statuses('returnsOnly').length).fill('RETURNS_ONLY'));
    expect(r.body.data).toEqual((await gql(plain, query)).body.data);
  });

  test('when a range has min above max then both paths refuse it the same way', async () => {
    const [a, b] = await Promise.all(
      [primed, plain].map((s) => gql(s, '{ customers(filter: { monetary: { min: 10, max: 5 } }) { totalCount } }')),
    );
    expect(a.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(a.body).toEqual(b.body);
  });
});
