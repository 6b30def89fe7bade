import { describe, expect, test } from 'vitest';
import { serveFabricatedGraph } from '../support/fabricated-server.js';
import { gql } from '../support/test-server.js';

const env = serveFabricatedGraph();

/** Customer ids with and without a purchase line, read from the graph independently of the API's queries. */
async function customersByKind(): Promise<{ buyers: string[]; returnsOnly: string[] }> {
  const all = await env.fx.store.cypher('MATCH (c:Customer) RETURN c.id AS id');
  const lines = await env.fx.store.cypher('MATCH (c:Customer)-[:PLACED]->(:`Order`)-[:CONTAINS]->(:Product) RETURN DISTINCT c.id AS id');
  const buyers = new Set(lines.rows.map((r) => String(r.id)));
  const ids = all.rows.map((r) => String(r.id)).sort();
  return { buyers: ids.filter((id) => buyers.has(id)), returnsOnly: ids.filter((id) => !buyers.has(id)) };
}

describe('customers with only returns', () => {
  test('when the graph holds customers with only returns then stats counts them apart and `customers` counts only buyers', async () => {
    const { buyers, returnsOnly } = await customersByKind();
    expect(returnsOnly.length).toBeGreaterThan(0); // the 5k fixture has some (e.g. cancellations of earlier purchases)
    const r = await gql(env.server, '{ stats { customers returnsOnlyCustomers } customers(first: 1) { totalCount } }');
    expect(r.body.data).toEqual({
      stats: { customers: buyers.length, returnsOnlyCustomers: returnsOnly.length },
      customers: { totalCount: buyers.length },
    });
  });

  test('when customers are listed by status then each list holds exactly its kind and says so', async () => {
    const { returnsOnly } = await customersByKind();
    const r = await gql(
      env.server,
      `{ only: customers(first: 100, filter: { status: RETURNS_ONLY }) { totalCount edges { node { id status features { monetary } segment { id } } } }
         every: customers(first: 1, filter: { status: null }) { totalCount } }`,
    );
    expect(r.body.data!.only.totalCount).toBe(returnsOnly.length);
    expect(r.body.data!.only.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(returnsOnly.slice(0, 100));
    for (const { node } of r.body.data!.only.edges) expect(node).toMatchObject({ status: 'RETURNS_ONLY', features: null, segment: null });
    const { buyers } = await customersByKind();
    expect(r.body.data!.every.totalCount).toBe(buyers.length + returnsOnly.length);
  });

  test('when a customer with purchases is asked for then its status is BUYER, also before any analysis wrote features', async () => {
    const { buyers } = await customersByKind();
    const r = await gql(env.server, `{ customer(id: "${buyers[0]}") { status } }`);
    expect(r.body.data!.customer.status).toBe('BUYER');
  });
});
