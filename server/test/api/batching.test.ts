import { describe, expect, test } from 'vitest';
import { serveFabricatedGraph } from '../support/fabricated-server.js';
import { gql } from '../support/test-server.js';

const env = serveFabricatedGraph({
  // The store path (the primed read model off): what serves mutations, and queries when there is no model.
  // Batches as one query each, as on Neo4j: what the loaders' batching alone achieves.
  server: { hotModel: false, keyLookups: false },
  // The embedded store's default: id batches expanded into primary-key lookups.
  keyLookupServer: { hotModel: false },
});

/** The parts of a customer page these tests read. */
type CustomerPage = { customers: { edges: { node: { recommendations: unknown[]; neighbours: { sharedPurchases: unknown[] }[] } }[] } };

/** Store queries one GraphQL request made. */
async function queriesFor(
  query: string,
  variables?: Record<string, unknown>,
  on = env.server,
): Promise<{ count: number; data: CustomerPage }> {
  const before = env.fx.store.queryCount;
  const r = await gql<CustomerPage>(on, query, variables);
  expect(r.body.errors).toBeUndefined();
  return { count: env.fx.store.queryCount - before, data: r.body.data! };
}

const PAGE = `query($n: Int) { customers(first: $n) { edges { node { id segment { id name }
  recommendations(first: 3) { product { id description } score reasons { kind id } } } } } }`;

describe('batching (DataLoader)', () => {
  test('when a page of 100 customers asks for segment and top-3 recommendations then it takes 5 store queries, as many as a page of 5', async () => {
    await queriesFor(PAGE, { n: 1 }); // the embedded store reads the current run's id once
    const small = await queriesFor(PAGE, { n: 5 });
    const large = await queriesFor(PAGE, { n: 100 });
    expect(large.data.customers.edges).toHaveLength(100);
    expect(large.data.customers.edges.filter((e) => e.node.recommendations.length === 3).length).toBeGreaterThan(50);
    // The page, the segments, the customers' lists, the products on them, and (asked for) the reasons on the edges.
    expect({ small: small.count, large: large.count }).toEqual({ small: 5, large: 5 });
  });

  test('when every nested field of a page is asked for then the number of store queries does not grow with the page', async () => {
    const FULL = `query($n: Int) { customers(first: $n) { totalCount edges { node { id segment { id }
      neighbours(first: 3) { customer { id segment { id } } score }
      recommendations(first: 3) { product { id buyers alsoBought(first: 2) { product { id } } } reasons { customer { id } } }
      ukn: recommendations(first: 3, model: USER_KNN) { product { id } }
      orders(first: 2) { edges { node { id lines { product { id } } } } }
      products(first: 2) { product { id } }
      rules(first: 2) { id if { id } }
    } } } }`;
    const small = await queriesFor(FULL, { n: 5 });
    const large = await queriesFor(FULL, { n: 100 });
    expect(large.count).toBe(small.count);
    expect(large.count).toBeLessThanOrEqual(20);
  });

  test('when a page of customers asks for the products each shares with each neighbour then the store queries do not grow with the page', async () => {
    const SHARED = `query($n: Int) { customers(first: $n) { edges { node { id
      neighbours(first: 3) { customer { id } sharedPurchases(first: 2) { product { id description } quantity neighbourQuantity } } } } } }`;
    const small = await queriesFor(SHARED, { n: 5 });
    const large = await queriesFor(SHARED, { n: 50 });
    const lists = large.data.customers.edges.flatMap((e) => e.node.neighbours.map((n) => n.sharedPurchases));
    expect(lists.filter((l) => l.length > 0).length).toBeGreaterThan(10);
    expect(large.count).toBe(small.count);
  });

  test('when the embedded store serves a page then its id batches become key lookups: a few per customer, none a table-wide scan', async () => {
    const small = await queriesFor(PAGE, { n: 5 }, env.keyLookupServer);
    const large = await queriesFor(PAGE, { n: 100 }, env.keyLookupServer);
    expect(large.data).toEqual((await queriesFor(PAGE, { n: 100 })).data);
    // The page query, then per customer at most its segment and recommendations lookups plus the products shown.
    expect(large.count).toBeGreaterThan(small.count);
    expect(large.count).toBeLessThanOrEqual(1 + 100 * 2 + 100 * 3);
  });
});
