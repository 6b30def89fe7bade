/**
 * Ranked lists come back in rank order whatever order the store's rows arrive
 * in: on a graph wide enough for the embedded store to misorder
 * `ORDER BY product, rank` (cypher/test/embedded-order-by.test.ts), the API's
 * also-bought, neighbour and recommendation lists are in rank order on every
 * request (store path: no primed model, no response cache).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWideRankedGraph, openTempStore, type TempStore, type WideRankedGraph } from '@basketgraph/cypher/testing';
import { gql, startTestServer } from '../support/test-server.js';
import type { RunningServer } from '../../src/http/start-server.js';

const REQUESTS = 8;
const ranks = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('ranked lists on a graph the store scans on several threads', () => {
  let t: TempStore;
  let g: WideRankedGraph;
  let server: RunningServer;
  beforeAll(async () => {
    t = await openTempStore();
    g = await loadWideRankedGraph(t.store);
    server = await startTestServer({ store: t.store, hotModel: false, responseCacheBytes: 0 });
  });
  afterAll(async () => {
    await server?.close();
    await t?.dispose();
  });

  it('when a product page asks for also-bought lists then every list is in rank order on every request', async () => {
    const picks = [7, 1500, 3000].map((i) => g.products[i]);
    const query = `{ ${picks.map((id, i) => `p${i}: product(id: "${id}") { alsoBought(first: ${g.perNode}) { rank product { id } } }`).join(' ')} }`;
    for (let k = 0; k < REQUESTS; k++) {
      const { body } = await gql(server, query);
      expect(body.errors).toBeUndefined();
      for (let i = 0; i < picks.length; i++)
        expect(body.data![`p${i}`].alsoBought.map((x: { rank: number }) => x.rank)).toEqual(ranks(g.perNode));
    }
  });

  it('when a customer page asks for neighbours and recommendations then both are in rank order on every request', async () => {
    const picks = [7, 1500, 3000].map((i) => g.customers[i]);
    const query = `{ ${picks
      .map(
        (id, i) =>
          `c${i}: customer(id: "${id}") { neighbours(first: ${g.perNode}) { rank } recommendations(first: ${g.perNode}) { rank } }`,
      )
      .join(' ')} }`;
    for (let k = 0; k < REQUESTS; k++) {
      const { body } = await gql(server, query);
      expect(body.errors).toBeUndefined();
      for (let i = 0; i < picks.length; i++) {
        expect(body.data![`c${i}`].neighbours.map((x: { rank: number }) => x.rank)).toEqual(ranks(g.perNode));
        expect(body.data![`c${i}`].recommendations.map((x: { rank: number }) => x.rank)).toEqual(ranks(g.perNode));
      }
    }
  });
});
