/**
 * Money is exact to the penny: every money field the API serves is rounded to
 * cents, however the store's float sums came out (4309.999999999998 → 4310).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFixtureStore, writeFakeAnalysis, type FixtureStore } from '../support/fixture-graph.js';
import { gql, startTestServer } from '../support/test-server.js';
import type { RunningServer } from '../../src/http/start-server.js';

const isCents = (v: number) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-9 && String(v).replace(/^-?\d+\.?/, '').length <= 2;

describe('money in the API', () => {
  let fx: FixtureStore;
  let server: RunningServer;
  beforeAll(async () => {
    fx = await openFixtureStore();
    await writeFakeAnalysis(fx.store, { runId: 'run-1' });
    // Float noise as the store's sums produce it.
    await fx.store.write((tx) =>
      tx.cypher(`MATCH (c:Customer {id: '17850'}) SET c.monetary = 4309.999999999998, c.grossMonetary = 4310.000000000002,
        c.avgOrderValue = 615.7142857142857, c.grossAvgOrderValue = 615.7142857142859`),
    );
    await fx.store.write((tx) =>
      tx.cypher(
        "MATCH (s:Segment {id: 'S0'}) SET s.revenue = 1234.5600000000002, s.meanMonetary = 41.15199999999999, s.avgSalesPerCustomer = 41.15199999999999, s.avgSalesPerOrder = 12.3456789",
      ),
    );
    server = await startTestServer({ store: fx.store, hotModel: false, responseCacheBytes: 0 });
  });
  afterAll(async () => {
    await server?.close();
    await fx?.dispose();
  });

  it('when a customer, its orders and lines and its segment are read then every money field is in cents', async () => {
    const { body } = await gql(
      server,
      `{
      customer(id: "17850") {
        features { monetary grossMonetary avgOrderValue grossAvgOrderValue }
        products { spent }
        orders(first: 50) { edges { node { total lines { unitPrice lineTotal } returns { amount } } } }
      }
      segment(id: "S0") { metrics { revenue meanMonetary avgSalesPerCustomer avgSalesPerOrder } }
    }`,
    );
    expect(body.errors).toBeUndefined();
    const c = body.data!.customer;
    expect(c.features).toEqual({ monetary: 4310, grossMonetary: 4310, avgOrderValue: 615.71, grossAvgOrderValue: 615.71 });
    expect(body.data!.segment.metrics).toEqual({
      revenue: 1234.56,
      meanMonetary: 41.15,
      avgSalesPerCustomer: 41.15,
      avgSalesPerOrder: 12.35,
    });
    const amounts: number[] = [
      ...c.products.map((p: { spent: number }) => p.spent),
      ...c.orders.edges.flatMap((e: { node: { total: number; lines: { lineTotal: number }[]; returns: { amount: number }[] } }) => [
        e.node.total,
        ...e.node.lines.map((l) => l.lineTotal),
        ...e.node.returns.map((r) => r.amount),
      ]),
    ];
    expect(amounts.length).toBeGreaterThan(50);
    expect(amounts.filter((v) => !isCents(v))).toEqual([]);
  });
});
