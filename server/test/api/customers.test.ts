import { describe, expect, test } from 'vitest';
import { serveFabricatedGraph } from '../support/fabricated-server.js';
import { gql } from '../support/test-server.js';
import { rounded } from '../support/rounded.js';

const env = serveFabricatedGraph();

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
            {
              product: {
                id: '22423',
                description: 'REGENCY CAKESTAND 3 TIER',
              },
              score: 0.4515,
              rank: 1,
              model: 'fixture-knn',
              reasons: [
                {
                  kind: 'NEIGHBOUR',
                  id: '16210',
                  weight: 0.2333,
                  customer: {
                    id: '16210',
                    country: 'United Kingdom',
                  },
                },
                {
                  kind: 'NEIGHBOUR',
                  id: '14031',
                  weight: 0.2182,
                  customer: {
                    id: '14031',
                    country: 'United Kingdom',
                  },
                },
              ],
            },
            {
              product: {
                id: '20977',
                description: '36 PENCILS TUBE WOODLAND',
              },
              score: 0.2333,
              rank: 2,
              model: 'fixture-knn',
              reasons: [
                {
                  kind: 'NEIGHBOUR',
                  id: '16210',
                  weight: 0.2333,
                  customer: {
                    id: '16210',
                    country: 'United Kingdom',
                  },
                },
              ],
            },
            {
              product: {
                id: '20979',
                description: '36 PENCILS TUBE RED RETROSPOT',
              },
              score: 0.2333,
              rank: 3,
              model: 'fixture-knn',
              reasons: [
                {
                  kind: 'NEIGHBOUR',
                  id: '16210',
                  weight: 0.2333,
                  customer: {
                    id: '16210',
                    country: 'United Kingdom',
                  },
                },
              ],
            },
          ],
          neighbours: [
            {
              customer: {
                id: '16210',
                country: 'United Kingdom',
              },
              score: 0.2333,
              rank: 1,
              sharedProducts: 4,
              sameSegment: true,
            },
            {
              customer: {
                id: '13798',
                country: 'United Kingdom',
              },
              score: 0.2182,
              rank: 2,
              sharedProducts: 1,
              sameSegment: true,
            },
            {
              customer: {
                id: '14031',
                country: 'United Kingdom',
              },
              score: 0.2182,
              rank: 3,
              sharedProducts: 5,
              sameSegment: true,
            },
          ],
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
          edges: [
            {
              cursor: 'bzow',
              node: {
                id: '15061',
                country: 'United Kingdom',
                features: {
                  monetary: 9407.34,
                },
                segment: {
                  id: 'S0',
                },
              },
            },
            {
              cursor: 'bzox',
              node: {
                id: '13777',
                country: 'United Kingdom',
                features: {
                  monetary: 6585.16,
                },
                segment: {
                  id: 'S0',
                },
              },
            },
            {
              cursor: 'bzoy',
              node: {
                id: '17850',
                country: 'United Kingdom',
                features: {
                  monetary: 5391.21,
                },
                segment: {
                  id: 'S0',
                },
              },
            },
          ],
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
            {
              cursor: 'bzoz',
              node: {
                id: '16029',
                features: {
                  monetary: 4271.52,
                },
              },
            },
            {
              cursor: 'bzo0',
              node: {
                id: '16210',
                features: {
                  monetary: 2474.74,
                },
              },
            },
            {
              cursor: 'bzo1',
              node: {
                id: '16754',
                features: {
                  monetary: 2002.4,
                },
              },
            },
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
