import { describe, expect, test } from 'vitest';
import { FittedCustomerModel, loadDataset, segmentsOf } from '@basketgraph/analysis';
import { serveFabricatedGraph } from '../support/fabricated-server.js';
import { gql, ranked } from '../support/test-server.js';

const env = serveFabricatedGraph();

async function expectedModel() {
  const dataset = await loadDataset(env.fx.store);
  const rows = await env.fx.store.query<{ customer: string; rank: number }>('analysis-customer-segments');
  return { dataset, model: new FittedCustomerModel(dataset, 'segment-user-knn', segmentsOf(dataset, rows)) };
}

describe('per-segment user-kNN through the API', () => {
  test('when a customer asks for SEGMENT_USER_KNN then the list is the per-segment model fitted on the graph and every neighbour shares the customer’s segment', async () => {
    const q = `query($id: ID!) { customer(id: $id) { segment { id }
      recommendations(first: 5, model: SEGMENT_USER_KNN) { rank score model product { id } reasons { kind customer { segment { id } } } } } }`;
    const { model } = await expectedModel();
    for (const id of ['17850', '13047']) {
      const r = await gql(env.server, q, { id });
      expect(r.body.errors).toBeUndefined();
      const c = r.body.data!.customer;
      const mine = model.recommend(id, 5)!;
      expect(c.recommendations.length).toBeGreaterThan(0);
      expect(ranked(c.recommendations)).toEqual(mine.map((x, k) => [k + 1, 'segment-user-knn', x.product, x.score]));
      for (const rec of c.recommendations)
        for (const reason of rec.reasons) {
          expect(reason.kind).toBe('NEIGHBOUR');
          expect(reason.customer.segment.id).toBe(c.segment.id);
        }
    }
  });

  test('when a new customer of a segment is asked for with method SEGMENT_USER_KNN then the segment CF’s aggregated list answers; without a method, segment popularity', async () => {
    const q = `query($m: NewCustomerMethod) { recommendForNewCustomer(segment: "S1", first: 5, method: $m) { segment { id } recommendations { model score product { id } reasons { kind segment { id } } } } }`;
    const { model } = await expectedModel();
    const cf = await gql(env.server, q, { m: 'SEGMENT_USER_KNN' });
    expect(cf.body.errors).toBeUndefined();
    const list = cf.body.data!.recommendForNewCustomer.recommendations;
    expect(list.map((x: { model: string; product: { id: string }; score: number }) => [x.model, x.product.id, x.score])).toEqual(
      model.recommendForSegment(1, 5).map((x) => ['segment-user-knn', x.product, x.score]),
    );
    expect(list.length).toBeGreaterThan(0);
    expect(list[0].reasons).toEqual([{ kind: 'SEGMENT', segment: { id: 'S1' } }]);
    const plain = await gql(env.server, q, {});
    expect(plain.body.data!.recommendForNewCustomer.recommendations.every((x: { model: string }) => x.model === 'segment-popularity')).toBe(
      true,
    );
  });
});
