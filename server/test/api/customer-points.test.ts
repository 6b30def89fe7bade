import { describe, expect, test } from 'vitest';
import { serveFabricatedGraph } from '../support/fabricated-server.js';
import { gql, startTestServer, type GqlResponse } from '../support/test-server.js';
import type { RunningServer } from '../../src/http/start-server.js';

const env = serveFabricatedGraph();

type PointsPage = {
  customers: {
    edges: { node: { id: string; projection: { x: number; y: number } | null; segment: { id: string } | null } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

/** Every customer with a projection, paged through `customers` as the explorer used to. */
async function pagedPoints(server: RunningServer) {
  const points: { id: string; x: number; y: number; segment: string | null }[] = [];
  for (let after: string | null = null; ;) {
    const r: GqlResponse<PointsPage> = await gql<PointsPage>(
      server,
      'query($after: String) { customers(first: 100, after: $after) { edges { node { id projection { x y } segment { id } } } pageInfo { hasNextPage endCursor } } }',
      { after },
    );
    for (const { node } of r.body.data!.customers.edges) {
      if (node.projection) points.push({ id: node.id, x: node.projection.x, y: node.projection.y, segment: node.segment?.id ?? null });
    }
    if (!r.body.data!.customers.pageInfo.hasNextPage) break;
    after = r.body.data!.customers.pageInfo.endCursor;
  }
  return points.sort((a, b) => (a.id < b.id ? -1 : 1));
}

describe('customerPoints', () => {
  test('when the projection is asked for in one request then it holds every projected customer’s point and segment, in id order, from the primed model and from the store alike', async () => {
    const expected = await pagedPoints(env.server);
    expect(expected.length).toBeGreaterThan(50);
    const hot = await gql(env.server, '{ customerPoints { id x y segment } }');
    expect(hot.body.errors).toBeUndefined();
    expect(hot.body.data!.customerPoints).toEqual(expected);

    const cold = await startTestServer({ store: env.fx.store, hotModel: false });
    try {
      const fromStore = await gql(cold, '{ customerPoints { id x y segment } }');
      expect(fromStore.body.data!.customerPoints).toEqual(expected);
    } finally {
      await cold.close();
    }
  });
});
