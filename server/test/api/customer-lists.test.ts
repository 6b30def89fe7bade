import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { openFixtureStore, writeFakeAnalysis, type FixtureStore } from '../support/fixture-graph.js';
import { ADMIN_TOKEN, gql, startTestServer } from '../support/test-server.js';
import type { RunningServer } from '../../src/http/start-server.js';

/**
 * The store path (no primed read model) reads a customer's recommendations and neighbours from its CustomerLists
 * row; the reference is the customer's RECOMMENDED and SIMILAR edges, read with plain Cypher.
 */
let fx: FixtureStore;
let server: RunningServer;
/** Customers with lists; `withoutRow` had its CustomerLists row removed before the server started. */
let ids: string[];
let withoutRow: string;

const PAGE = `query($id: ID!) { customer(id: $id) {
  recommendations(first: 3) { rank score model product { id description } reasons { kind id weight } }
  neighbours(first: 4) { rank score sharedProducts sameSegment customer { id country } } } }`;

/** What the page must show for `id`, from the edges. */
async function fromEdges(id: string) {
  const recs = await fx.store.cypher(
    `MATCH (c:Customer {id: $id})-[r:RECOMMENDED]->(p:Product) WHERE r.rank <= 3
     RETURN r.rank AS rank, r.score AS score, r.model AS model, p.id AS product, p.description AS description, r.reasons AS reasons ORDER BY rank`,
    { id },
  );
  const nbs = await fx.store.cypher(
    `MATCH (c:Customer {id: $id})-[r:SIMILAR]->(n:Customer) WHERE r.rank <= 4
     RETURN r.rank AS rank, r.score AS score, r.shared AS shared, r.sameSegment AS same, n.id AS id, n.country AS country ORDER BY rank`,
    { id },
  );
  return {
    recommendations: recs.rows.map((r) => ({
      rank: r.rank,
      score: r.score,
      model: r.model,
      product: { id: r.product, description: r.description },
      reasons: (JSON.parse(String(r.reasons)) as { kind: string; id: string; weight: number }[]).map((x) => ({
        kind: x.kind,
        id: x.id,
        weight: x.weight,
      })),
    })),
    neighbours: nbs.rows.map((n) => ({
      rank: n.rank,
      score: n.score,
      sharedProducts: n.shared,
      sameSegment: n.same,
      customer: { id: n.id, country: n.country },
    })),
  };
}

beforeAll(async () => {
  fx = await openFixtureStore();
  await writeFakeAnalysis(fx.store, { runId: 'run-1' });
  const rows = await fx.store.cypher('MATCH (c:Customer)-[:RECOMMENDED]->() RETURN DISTINCT c.id AS id ORDER BY id LIMIT 14');
  ids = rows.rows.map((r) => String(r.id));
  withoutRow = ids.pop()!;
  await fx.store.write((tx) => tx.cypher('MATCH (l:CustomerLists {id: $id}) DELETE l', { id: withoutRow }));
  server = await startTestServer({ store: fx.store, hotModel: false });
});

afterAll(async () => {
  await server?.close();
  await fx?.dispose();
});

describe('a customer’s lists on the store path', () => {
  test('when only the neighbours’ ids are asked then no neighbour is looked up in the store', async () => {
    // First in the file: nothing is in the server's per-id cache yet, so a lookup would reach the store.
    const id = ids[11];
    const asked: string[] = [];
    const query = fx.store.query.bind(fx.store);
    const spy = vi.spyOn(fx.store, 'query').mockImplementation(((name: string, params?: Record<string, unknown>) => {
      if (name === 'api-customers-by-id') asked.push(...((params?.ids as string[]) ?? []));
      return query(name as never, params);
    }) as typeof fx.store.query);
    try {
      const r = await gql(server, `{ customer(id: "${id}") { neighbours(first: 4) { customer { id } } } }`);
      expect(r.body.errors).toBeUndefined();
      const neighbours = r.body.data!.customer.neighbours.map((n: { customer: { id: string } }) => n.customer.id);
      expect(neighbours.length).toBeGreaterThan(0);
      expect(asked.filter((a) => neighbours.includes(a))).toEqual([]);
    } finally {
      spy.mockRestore();
    }
  });

  test('when a customer’s recommendations and neighbours are asked then they are its RECOMMENDED and SIMILAR edges, reasons included', async () => {
    for (const id of ids.slice(0, 4)) {
      const r = await gql(server, PAGE, { id });
      expect(r.body.errors).toBeUndefined();
      const expected = await fromEdges(id);
      expect(expected.recommendations.length).toBeGreaterThan(0);
      expect(r.body.data!.customer).toEqual(expected);
    }
  });

  test('when a customer has no CustomerLists row then its lists are read from the edges', async () => {
    expect((await fx.store.cypher('MATCH (l:CustomerLists {id: $id}) RETURN l.id', { id: withoutRow })).rows).toEqual([]);
    const r = await gql(server, PAGE, { id: withoutRow });
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data!.customer).toEqual(await fromEdges(withoutRow));
  });

  test('when a running experiment serves the precomputed list then its recommendations keep their reasons, as without the experiment', async () => {
    const create = await gql(
      server,
      `mutation($v: [ExperimentVariantInput!]!) { createExperiment(id: "lists-x", variants: $v) { id } }`,
      { v: [{ strategy: 'default' }, { name: 'same', strategy: 'default' }] },
      { token: ADMIN_TOKEN },
    );
    expect(create.body.errors).toBeUndefined();
    expect(
      (await gql(server, 'mutation { startExperiment(id: "lists-x") { status } }', {}, { token: ADMIN_TOKEN })).body.errors,
    ).toBeUndefined();
    const id = ids[2];
    const list = async (experiment: string | null) => {
      const r = await gql(
        server,
        `query($id: ID!, $x: ID) { customer(id: $id) { recommendations(first: 3, experiment: $x) { product { id } reasons { kind id weight } } } }`,
        {
          id,
          x: experiment,
        },
      );
      expect(r.body.errors).toBeUndefined();
      return r.body.data!.customer.recommendations;
    };
    const plain = await list(null);
    expect(plain.some((x: { reasons: unknown[] }) => x.reasons.length > 0)).toBe(true);
    expect(await list('lists-x')).toEqual(plain);
  });

  test('when one request asks many customers’ lists then the store is asked no more queries than for one customer', async () => {
    const many = `{ ${ids
      .slice(5, 11)
      .map(
        (id, i) =>
          `c${i}: customer(id: "${id}") { recommendations(first: 3) { score product { description } } neighbours(first: 4) { score customer { id } } }`,
      )
      .join(' ')} }`;
    const one = `{ customer(id: "${ids[4]}") { recommendations(first: 3) { score product { description } } neighbours(first: 4) { score customer { id } } } }`;
    const count = async (query: string) => {
      const before = fx.store.queryCount;
      const r = await gql(server, query);
      expect(r.body.errors).toBeUndefined();
      return fx.store.queryCount - before;
    };
    const forOne = await count(one);
    const forSix = await count(many);
    expect(forOne).toBeGreaterThan(0);
    expect(forSix).toBeLessThanOrEqual(forOne);
  });
});
