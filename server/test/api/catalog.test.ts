import { describe, expect, test } from 'vitest';
import { serveFabricatedGraph } from '../support/fabricated-server.js';
import { gql } from '../support/test-server.js';
import { rounded } from '../support/rounded.js';

const env = serveFabricatedGraph();

describe('products, rules, segments and orders', () => {
  test('when a product is asked for then its sales, item neighbours and segment popularity come back', async () => {
    const r = await gql(
      env.server,
      `{ product(id: "85123A") { id description type variant sku buyers orders units revenue alsoBought(first: 2) { product { id } score rank } rules { id lift } popularityBySegment { segment { id } buyers share } } }`,
    );
    expect(r.status).toBe(200);
    expect(rounded(r.body)).toEqual({
      data: {
        product: {
          id: '85123A',
          description: 'WHITE HANGING HEART T-LIGHT HOLDER',
          type: null,
          variant: null,
          sku: null,
          buyers: 16,
          orders: 33,
          units: 748,
          revenue: 1945,
          alsoBought: [
            {
              product: {
                id: '22804',
              },
              score: 0.433,
              rank: 1,
            },
            {
              product: {
                id: '22100',
              },
              score: 0.3536,
              rank: 2,
            },
          ],
          rules: [],
          popularityBySegment: [
            {
              segment: {
                id: 'S0',
              },
              buyers: 9,
              share: 0.15,
            },
            {
              segment: {
                id: 'S1',
              },
              buyers: 5,
              share: 0.0847,
            },
            {
              segment: {
                id: 'S2',
              },
              buyers: 2,
              share: 0.0339,
            },
          ],
        },
      },
    });
  });

  /** A products page as `{ errors, totalCount, nodes }`, so a test lists the nodes it expects one per line. */
  const productsPage = async (first: number, sort: string, fields: string) => {
    const r = await gql(
      env.server,
      `{ products(first: ${first}, filter: { search: "heart" }, sort: ${sort}) { totalCount edges { node { ${fields} } } } }`,
    );
    const products = r.body.data?.products as { totalCount: number; edges: { node: unknown }[] } | undefined;
    return { status: r.status, errors: r.body.errors, totalCount: products?.totalCount, nodes: products?.edges.map((e) => e.node) };
  };

  test('when products are searched by text and sorted by buyers then the most bought matches come first', async () => {
    expect(await productsPage(3, '{ field: BUYERS, direction: DESC }', 'id description buyers')).toEqual({
      status: 200,
      errors: undefined,
      totalCount: 92,
      nodes: [
        { id: '85123A', description: 'WHITE HANGING HEART T-LIGHT HOLDER', buyers: 16 },
        { id: '22469', description: 'HEART OF WICKER SMALL', buyers: 11 },
        { id: '84029E', description: 'RED WOOLLY HOTTIE WHITE HEART.', buyers: 11 },
      ],
    });
  });

  test('when products are sorted by description descending then the order is reversed alphabetical', async () => {
    expect(await productsPage(3, '{ field: DESCRIPTION, direction: DESC }', 'id description')).toEqual({
      status: 200,
      errors: undefined,
      totalCount: 92,
      nodes: [
        { id: '84836', description: 'ZINC METAL HEART DECORATION' },
        { id: '22577', description: 'WOODEN HEART CHRISTMAS SCANDINAVIAN' },
        { id: '85061W', description: 'WHITE JEWELLED HEART DECORATION' },
      ],
    });
  });

  test('when rules are filtered by scope and confidence and sorted by support then the page holds global rules only', async () => {
    // The top three: pairs bought together in 3 orders, each product in no other order (confidence 1, the same lift).
    const certainRule = (a: string, b: string) => ({
      node: {
        id: `global:${a}=>${b}`,
        runId: 'run-1',
        scope: 'global',
        support: 0.0121,
        confidence: 1,
        lift: 82.3333,
        leverage: 0.012,
        conviction: null,
        count: 3,
        if: [{ id: a }],
        then: [{ id: b }],
        segment: null,
      },
    });
    const r = await gql(
      env.server,
      `{ rules(first: 3, filter: { scope: GLOBAL, minConfidence: 0.5 }, sort: { field: SUPPORT, direction: DESC }) { totalCount edges { node { id runId scope support confidence lift leverage conviction count if { id } then { id } segment { id } } } } }`,
    );
    expect(r.status).toBe(200);
    expect(rounded(r.body)).toEqual({
      data: {
        rules: {
          totalCount: 30,
          edges: [certainRule('20719', '84952B'), certainRule('22095', '84050'), certainRule('22453', '22454')],
        },
      },
    });
  });

  test('when a segment is asked for then its metrics, centroid, members, top products and new-customer recommendations come back', async () => {
    const r = await gql(
      env.server,
      `{ segment(id: "S1") { id runId rank name description size shares { customers revenue } metrics { revenue orders meanRecency meanFrequency meanMonetary avgSalesPerCustomer avgSalesPerOrder ordersPerCustomer silhouette } centroid { feature raw scaled } customers(first: 2) { totalCount edges { node { id } } } topProducts(first: 2) { product { id } buyers revenue } rules { totalCount } recommendationsForNewCustomer(first: 2) { product { id } score rank model reasons { kind id } } } }`,
    );
    expect(r.status).toBe(200);
    expect(rounded(r.body)).toEqual({
      data: {
        segment: {
          id: 'S1',
          runId: 'run-1',
          rank: 1,
          name: 'Regulars',
          description: '59 customers, mean monetary 285',
          size: 59,
          shares: {
            customers: 0.3315,
            revenue: 0.1854,
          },
          metrics: {
            revenue: 16792.43,
            orders: 60,
            meanRecency: 1.4915,
            meanFrequency: 1.0169,
            meanMonetary: 284.62,
            avgSalesPerCustomer: 284.62,
            avgSalesPerOrder: 279.87,
            ordersPerCustomer: 1.0169,
            silhouette: 0.4,
          },
          centroid: [
            {
              feature: 'recency',
              raw: 1.4915,
              scaled: -0.0169,
            },
            {
              feature: 'frequency',
              raw: 1.0169,
              scaled: -0.1453,
            },
            {
              feature: 'monetary',
              raw: 284.6175,
              scaled: -0.2223,
            },
          ],
          customers: {
            totalCount: 59,
            edges: [
              {
                node: {
                  id: '12662',
                },
              },
              {
                node: {
                  id: '12921',
                },
              },
            ],
          },
          topProducts: [
            {
              product: {
                id: '22866',
              },
              buyers: 9,
              revenue: 264.6,
            },
            {
              product: {
                id: '22865',
              },
              buyers: 8,
              revenue: 283.5,
            },
          ],
          rules: {
            totalCount: 0,
          },
          recommendationsForNewCustomer: [
            {
              product: {
                id: '22866',
              },
              score: 9,
              rank: 1,
              model: 'segment-popularity',
              reasons: [
                {
                  kind: 'SEGMENT',
                  id: 'S1',
                },
              ],
            },
            {
              product: {
                id: '22865',
              },
              score: 8,
              rank: 2,
              model: 'segment-popularity',
              reasons: [
                {
                  kind: 'SEGMENT',
                  id: 'S1',
                },
              ],
            },
          ],
        },
      },
    });
  });

  test('when an order is asked for then its customer and lines come back, largest line first', async () => {
    const r = await gql(
      env.server,
      `{ order(id: "536365") { id kind date datetime total itemCount lineCount customer { id } lines { product { id } quantity unitPrice lineTotal } returns { quantity } } ret: order(id: "C536379") { id kind total customer { id } lines { quantity } returns { product { id } quantity amount } } }`,
    );
    expect(r.status).toBe(200);
    expect(r.body).toEqual({
      data: {
        order: {
          id: '536365',
          kind: 'PURCHASE',
          date: '2010-12-01',
          datetime: '2010-12-01T08:26:00',
          total: 139.12,
          itemCount: 40,
          lineCount: 7,
          customer: {
            id: '17850',
          },
          lines: [
            {
              product: {
                id: '21730',
              },
              quantity: 6,
              unitPrice: 4.25,
              lineTotal: 25.5,
            },
            {
              product: {
                id: '84406B',
              },
              quantity: 8,
              unitPrice: 2.75,
              lineTotal: 22,
            },
            {
              product: {
                id: '71053',
              },
              quantity: 6,
              unitPrice: 3.39,
              lineTotal: 20.34,
            },
            {
              product: {
                id: '84029E',
              },
              quantity: 6,
              unitPrice: 3.39,
              lineTotal: 20.34,
            },
            {
              product: {
                id: '84029G',
              },
              quantity: 6,
              unitPrice: 3.39,
              lineTotal: 20.34,
            },
            {
              product: {
                id: '22752',
              },
              quantity: 2,
              unitPrice: 7.65,
              lineTotal: 15.3,
            },
            {
              product: {
                id: '85123A',
              },
              quantity: 6,
              unitPrice: 2.55,
              lineTotal: 15.3,
            },
          ],
          returns: [],
        },
        ret: null,
      },
    });
  });
});
