import { describe, expect, test } from 'vitest';
import { serveFabricatedGraph } from '../support/fabricated-server.js';
import { codes, gql } from '../support/test-server.js';

const env = serveFabricatedGraph();

const PRODUCTS = 'products(first: 100) { product { id } quantity }';

describe('neighbours and the products they share', () => {
  test('when a customer’s neighbours are asked for with their shared purchases then each list is exactly what both bought, most units together first', async () => {
    const r = await gql(
      env.server,
      `{ customer(id: "17850") { ${PRODUCTS}
      neighbours(first: 5) { customer { id ${PRODUCTS} } sharedPurchases(first: 100) { product { id } quantity neighbourQuantity } } } }`,
    );
    expect(r.body.errors).toBeUndefined();
    const me = r.body.data!.customer;
    expect(me.neighbours.length).toBeGreaterThan(1);
    const mine = new Map<string, number>(me.products.map((p: { product: { id: string }; quantity: number }) => [p.product.id, p.quantity]));
    let nonEmpty = 0;
    for (const n of me.neighbours) {
      const theirs = new Map<string, number>(
        n.customer.products.map((p: { product: { id: string }; quantity: number }) => [p.product.id, p.quantity]),
      );
      const expected = [...mine.keys()]
        .filter((id) => theirs.has(id))
        .map((id) => ({ product: { id }, quantity: mine.get(id), neighbourQuantity: theirs.get(id) }))
        .sort(
          (a, b) => b.quantity! + b.neighbourQuantity! - (a.quantity! + a.neighbourQuantity!) || (a.product.id < b.product.id ? -1 : 1),
        );
      expect(n.sharedPurchases).toEqual(expected);
      if (expected.length > 0) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThan(0);
  });

  test('when first is 1 or negative then the list is cut or refused', async () => {
    const one = await gql(
      env.server,
      '{ customer(id: "17850") { neighbours(first: 2) { sharedPurchases(first: 1) { product { id } } } } }',
    );
    for (const n of one.body.data!.customer.neighbours) expect(n.sharedPurchases.length).toBeLessThanOrEqual(1);
    const bad = await gql(
      env.server,
      '{ customer(id: "17850") { neighbours(first: 2) { sharedPurchases(first: -1) { product { id } } } } }',
    );
    expect(codes(bad)).toContain('BAD_USER_INPUT');
  });
});
