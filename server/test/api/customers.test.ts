import { describe, expect, test } from 'vitest';
import { serveFabricatedGraph } from '../support/fabricated-server.js';
import { gql } from '../support/test-server.js';
import { rounded } from '../support/rounded.js';

const env = serveFabricatedGraph();

/** What the fabricated analysis writes for customer 17850, as the first test selects it (its neighbours all live in the United Kingdom). */
const ukCustomer = (id: string) => ({ id, country: 'United Kingdom' });
const neighbourReason = (id: string, weight: number) => ({ kind: 'NEIGHBOUR', id, weight, customer: ukCustomer(id) });
const knnRecommendation = (
  rank: number,
  id: string,
  description: string,
  score: number,
  reasons: ReturnType<typeof neighbourReason>[],
) => ({
  product: { id, description },
  score,
  rank,
  model: 'fixture-knn',
  reasons,
});
const ukNeighbour = (rank: number, id: string, score: number, sharedProducts: number) => ({
  customer: ukCustomer(id),
  score,
  rank,
  sharedProducts,
  sameSegment: true,
});

describe('the customer API (fixture graph with fabricated analysis results)', () => {
  test('when a known customer is asked for with everything then the full profile comes back', async () => {
    const r = await gql(
      env.server,
      `{ customer(id: "17850") { id country features { recency frequency monetary avgOrderValue distinctProducts tenure } segment { id name } segmentDistance
      recommendations(first: 3) { product { id description } score rank model reasons { kind id weight customer { id country } } }
      neighbours(first: 3) { customer { id country } score rank sharedProducts sameSegment }
      orders(first: 2) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id kind date datetime total itemCount lineCount } } }
      lastOrder { id }
      products(first: 3) { product { id description } orders quantity spent }
      rules(first: 3) { id scope lift if { id } then { id } } } }`,
    );
    expect(r.status).toBe(200);
    expect(rounded(r.body)).toEqual({
      data: {
        customer: {
          id: '17850',
          country: 'United Kingdom',
          features: {
            recency: 1,
            frequency: 34,
            monetary: 5391.21,
            avgOrderValue: 158.57,
            distinctProducts: 21,
            tenure: 2,
          },
          segment: {
            id: 'S0',
            name: 'Champions',
          },
          segmentDistance: 0.25,
          recommendations: [
            knnRecommendation(1, '22423', 'REGENCY CAKESTAND 3 TIER', 0.4515, [
              neighbourReason('16210', 0.2333),
              neighbourReason('14031', 0.2182),
            ]),
            knnRecommendation(2, '20977', '36 PENCILS TUBE WOODLAND', 0.2333, [neighbourReason('16210', 0.2333)]),
            knnRecommendation(3, '20979', '36 PENCILS TUBE RED RETROSPOT', 0.2333, [neighbourReason('16210', 0.2333)]),
          ],
          neighbours: [ukNeighbour(1, '16210', 0.2333, 4), ukNeighbour(2, '13798', 0.2182, 1), ukNeighbour(3, '14031', 0.2182, 5)],
          orders: {
            totalCount: 34,
            pageInfo: {
              hasNextPage: true,
              hasPreviousPage: false,
              startCursor: 'bzow',
              endCursor: 'bzox',
            },
            edges: [
              {
                cursor: 'bzow',
                node: {
                  id: '536791',
                  kind: 'PURCHASE',
                  date: '2010-12-02',
                  datetime: '2010-12-02T15:27:00',
                  total: 44.4,
                  itemCount: 24,
                  lineCount: 2,
                },
              },
              {
                cursor: 'bzox',
                node: {
                  id: '536790',
                  kind: 'PURCHASE',
                  date: '2010-12-02',
                  datetime: '2010-12-02T15:26:00',
                  total: 532.01,
                  itemCount: 141,
                  lineCount: 17,
                },
              },
            ],
          },
          lastOrder: {
            id: '536791',
          },
          products: [
            {
              product: {
                id: '71053',
                description: 'WHITE METAL LANTERN',
              },
              orders: 17,
              quantity: 122,
              spent: 413.58,
            },
            {
              product: {
                id: '85123A',
                description: 'WHITE HANGING HEART T-LIGHT HOLDER',
              },
              orders: 17,
              quantity: 122,
              spent: 315.9,
            },
            {
              product: {
                id: '84029G',
                description: 'KNITTED UNION FLAG HOT WATER BOTTLE',
              },
              orders: 17,
              quantity: 110,
              spent: 372.9,
            },
          ],
          rules: [],
        },
      },
    });
  });

  test('when customers are filtered by segment and a monetary range and sorted by monetary then the first page and the total match', async () => {
    const r = await gql(
      env.server,
      `{ customers(first: 3, filter: { segment: "S0", monetary: { min: 500 } }, sort: { field: MONETARY, direction: DESC }) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id country features { monetary } segment { id } } } } }`,
    );
    expect(r.status).toBe(200);
    const ukChampion = (cursor: string, id: string, monetary: number) => ({
      cursor,
      node: { id, country: 'United Kingdom', features: { monetary }, segment: { id: 'S0' } },
    });
    expect(r.body).toEqual({
      data: {
        customers: {
          totalCount: 30,
          pageInfo: {
            hasNextPage: true,
            hasPreviousPage: false,
            startCursor: 'bzow',
            endCursor: 'bzoy',
          },
          edges: [ukChampion('bzow', '15061', 9407.34), ukChampion('bzox', '13777', 6585.16), ukChampion('bzoy', '17850', 5391.21)],
        },
      },
    });
  });

  test('when the next page is asked for with the end cursor then it continues where the first page ended', async () => {
    const r = await gql(
      env.server,
      `{ customers(first: 3, after: "bzoy", filter: { segment: "S0", monetary: { min: 500 } }, sort: { field: MONETARY, direction: DESC }) { totalCount pageInfo { hasNextPage hasPreviousPage } edges { cursor node { id features { monetary } } } } }`,
    );
    expect(r.status).toBe(200);
    expect(r.body).toEqual({
      data: {
        customers: {
          totalCount: 30,
          pageInfo: {
            hasNextPage: true,
            hasPreviousPage: true,
          },
          edges: [
            { cursor: 'bzoz', node: { id: '16029', features: { monetary: 4271.52 } } },
            { cursor: 'bzo0', node: { id: '16210', features: { monetary: 2474.74 } } },
            { cursor: 'bzo1', node: { id: '16754', features: { monetary: 2002.4 } } },
          ],
        },
      },
    });
  });

  test('when customers are filtered by country and sorted by id descending then only that country comes back', async () => {
    const r = await gql(
      env.server,
      `{ customers(first: 4, filter: { country: "France" }, sort: { field: ID, direction: DESC }) { totalCount edges { node { id country } } } }`,
    );
    expect(r.status).toBe(200);
    expect(r.body).toEqual({
      data: {
        customers: {
          totalCount: 1,
          edges: [
            {
              node: {
                id: '12583',
                country: 'France',
              },
            },
          ],
        },
      },
    });
  });
});
