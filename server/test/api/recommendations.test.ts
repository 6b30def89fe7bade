import { describe, expect, test } from 'vitest';
import { serveFabricatedGraph } from '../support/fabricated-server.js';
import { gql } from '../support/test-server.js';
import { rounded } from '../support/rounded.js';

const env = serveFabricatedGraph();

describe('recommendations', () => {
  test('when a customer’s recommendations are asked for from each on-the-fly model and for a basket and a new customer then each comes back with reasons', async () => {
    const r = await gql(
      env.server,
      `{ customer(id: "17850") { ukn: recommendations(first: 2, model: USER_KNN) { product { id } score rank model reasons { kind id weight } }
      ikn: recommendations(first: 2, model: ITEM_KNN) { product { id } score rank model reasons { kind id weight product { id } } }
      pop: recommendations(first: 2, model: POPULARITY) { product { id } score rank model reasons { kind id weight segment { id } } }
      spop: recommendations(first: 2, model: SEGMENT_POPULARITY) { product { id } score rank model reasons { kind id weight segment { id } } } }
    recommendForBasket(productIds: ["85123A", "71053"], first: 3) { product { id } score rank model reasons { kind id weight } }
    recommendForNewCustomer(features: { recency: 2, frequency: 2, monetary: 1100 }, first: 2) { segment { id } recommendations { product { id } score rank model } } }`,
    );
    // The basket's three suggestions: products bought with 71053 (the lantern), equally often.
    // The popularity models: the score is the number of buyers, which is also the reason's weight.
    const popular = (rank: number, id: string, buyers: number) => ({
      product: { id },
      score: buyers,
      rank,
      model: 'popularity',
      reasons: [{ kind: 'POPULAR', id: 'global', weight: buyers, segment: null }],
    });
    const popularInS0 = (rank: number, id: string, buyers: number) => ({
      product: { id },
      score: buyers,
      rank,
      model: 'segment-popularity',
      reasons: [{ kind: 'SEGMENT', id: 'S0', weight: buyers, segment: { id: 'S0' } }],
    });
    const alsoBoughtWithLantern = (rank: number, id: string) => ({
      product: { id },
      score: 0.25,
      rank,
      model: 'basket',
      reasons: [{ kind: 'SIMILAR_ITEM', id: '71053', weight: 0.5 }],
    });
    expect(r.status).toBe(200);
    expect(rounded(r.body)).toEqual({
      data: {
        customer: {
          ukn: [
            {
              product: {
                id: '22423',
              },
              score: 0.4515,
              rank: 1,
              model: 'user-knn',
              reasons: [
                {
                  kind: 'NEIGHBOUR',
                  id: '16210',
                  weight: 0.2333,
                },
                {
                  kind: 'NEIGHBOUR',
                  id: '14031',
                  weight: 0.2182,
                },
              ],
            },
            {
              product: {
                id: '20977',
              },
              score: 0.2333,
              rank: 2,
              model: 'user-knn',
              reasons: [
                {
                  kind: 'NEIGHBOUR',
                  id: '16210',
                  weight: 0.2333,
                },
              ],
            },
          ],
          ikn: [
            {
              product: {
                id: '22866',
              },
              score: 1.0907,
              rank: 1,
              model: 'item-knn',
              reasons: [
                {
                  kind: 'SIMILAR_ITEM',
                  id: '22632',
                  weight: 0.5658,
                  product: {
                    id: '22632',
                  },
                },
                {
                  kind: 'SIMILAR_ITEM',
                  id: '22633',
                  weight: 0.5249,
                  product: {
                    id: '22633',
                  },
                },
              ],
            },
            {
              product: {
                id: '15056N',
              },
              score: 0.9472,
              rank: 2,
              model: 'item-knn',
              reasons: [
                {
                  kind: 'SIMILAR_ITEM',
                  id: '15056BL',
                  weight: 0.5,
                  product: {
                    id: '15056BL',
                  },
                },
                {
                  kind: 'SIMILAR_ITEM',
                  id: '20679',
                  weight: 0.4472,
                  product: {
                    id: '20679',
                  },
                },
              ],
            },
          ],
          pop: [popular(1, '22961', 25), popular(2, '22866', 21)],
          spop: [popularInS0(1, '21212', 12), popularInS0(2, '22961', 12)],
        },
        recommendForBasket: [alsoBoughtWithLantern(1, '15060B'), alsoBoughtWithLantern(2, '21068'), alsoBoughtWithLantern(3, '21352')],
        recommendForNewCustomer: {
          segment: {
            id: 'S0',
          },
          recommendations: [
            {
              product: {
                id: '21212',
              },
              score: 12,
              rank: 1,
              model: 'segment-popularity',
            },
            {
              product: {
                id: '22961',
              },
              score: 12,
              rank: 2,
              model: 'segment-popularity',
            },
          ],
        },
      },
    });
  });
});
