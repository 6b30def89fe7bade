import { describe, expect, test } from 'vitest';
import { FittedCustomerModel, loadDataset } from '@basketgraph/analysis';
import { serveFabricatedGraph } from '../support/fabricated-server.js';
import { gql, ranked } from '../support/test-server.js';

const env = serveFabricatedGraph();

const QUERY = `query($id: ID!, $model: RecommendationModel) { customer(id: $id) {
  products(first: 100) { product { id } }
  recommendations(first: 4, model: $model) { rank score model product { id } reasons { kind id weight product { id } } } } }`;

describe('EASE and RP3BETA recommendations per customer', () => {
  for (const [model, name] of [
    ['EASE', 'ease'],
    ['RP3BETA', 'rp3beta'],
  ] as const) {
    test(`when a customer's ${model} recommendations are asked for then they are the model fitted on the graph's purchases, unseen products only, explained by the customer's own products`, async () => {
      const ids = ['17850', '13047'];
      const responses = await Promise.all(ids.map((id) => gql(env.server, QUERY, { id, model })));
      const dataset = await loadDataset(env.fx.store);
      const expected = new FittedCustomerModel(dataset, name);
      for (const [i, r] of responses.entries()) {
        expect(r.body.errors?.map((e) => e.message)).toBeUndefined();
        const c = r.body.data!.customer;
        const bought = new Set(c.products.map((p: { product: { id: string } }) => p.product.id));
        const mine = expected.recommend(ids[i], 4)!;
        expect(ranked(c.recommendations)).toEqual(mine.map((x, k) => [k + 1, name, x.product, x.score]));
        expect(c.recommendations.length).toBeGreaterThan(0);
        for (const rec of c.recommendations) {
          expect(bought.has(rec.product.id)).toBe(false);
          for (const reason of rec.reasons) {
            if (reason.kind === 'SIMILAR_ITEM') expect(bought.has(reason.product.id)).toBe(true);
          }
        }
      }
    });
  }

  test('when the graph changes then the next request is answered from a model fitted on the new graph', async () => {
    const before = await gql(env.server, QUERY, { id: '17850', model: 'RP3BETA' });
    // An empty exclusive hold stands for a publish or an import: the server drops its fitted models at its end.
    await env.server.gate.exclusive(async () => {
      await env.fx.store.write((tx) => tx.cypher("MATCH (c:Customer {id: '17850'})-[:PLACED]->(o:`Order`)-[l:CONTAINS]->() DELETE l"));
    });
    const after = await gql(env.server, QUERY, { id: '17850', model: 'RP3BETA' });
    expect(before.body.data!.customer.recommendations.length).toBeGreaterThan(0);
    expect(after.body.errors).toBeUndefined();
    expect(after.body.data!.customer.recommendations).toEqual([]);
  });
});
