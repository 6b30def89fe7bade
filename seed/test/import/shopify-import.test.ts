import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempStore, type TempStore } from '@basketgraph/cypher/testing';
import { importFile } from '@basketgraph/seed';
import { graphCounts, SHOPIFY_GENERATED, SHOPIFY_HEAD } from '../../src/testing.js';

let t: TempStore;
beforeEach(async () => {
  t = await openTempStore();
});
afterEach(async () => {
  await t.dispose();
});

describe('importing a Shopify order export', () => {
  it('when the real export head is imported then days are read day-first and ids kept as strings', async () => {
    const report = await importFile(t.store, SHOPIFY_HEAD);
    expect(report.format).toBe('shopify');
    expect(report.funnel[0]).toMatchObject({ rows: 58 });
    // Row 2: RJF, Product P, 28 / A / MTM, SKU 83-490-E49-8C8-8-3B100BC, customer 3715657, order 36253792848113, 01/04/2019, 2 × 95.0
    const r = await t.store.cypher(
      "MATCH (c:Customer)-[:PLACED]->(o:`Order` {id: '36253792848113'})-[l:CONTAINS]->(p:Product) RETURN c.id AS c, o.date AS date, p.id AS p, p.description AS title, p.type AS type, p.variant AS variant, l.quantity AS q, l.unitPrice AS price, l.lineTotal AS paid",
    );
    expect(r.rows).toEqual([
      {
        c: '3715657',
        date: '2019-04-01',
        p: '83-490-E49-8C8-8-3B100BC',
        title: 'RJF',
        type: 'Product P',
        variant: '28 / A / MTM',
        q: 2,
        price: 95,
        paid: 0,
      },
    ]);
  });

  it('when a line has returned items then they are kept as a RETURNS edge on the same order', async () => {
    await importFile(t.store, SHOPIFY_HEAD);
    // Order 73094559597229 has two rows: CLH returns -8.24 / returned_item_quantity -2 of 2 ordered,
    // WHX returns -3.71 / returned -1 of 1.
    const r = await t.store.cypher(
      "MATCH (o:`Order` {id: '73094559597229'})-[x:RETURNS]->(p:Product) RETURN o.kind AS kind, p.id AS p, x.quantity AS q, x.amount AS amount ORDER BY p.id",
    );
    expect(r.rows).toEqual([
      { kind: 'purchase', p: '68-ECA-BC7-3B2-A-E73DE1B', q: 2, amount: 8.24 },
      { kind: 'purchase', p: '85-2EB-163-D62-5-FC50316', q: 1, amount: 3.71 },
    ]);
    const bought = await t.store.cypher("MATCH (o:`Order` {id: '73094559597229'})-[l:CONTAINS]->() RETURN l.quantity AS q ORDER BY q");
    expect(bought.rows).toEqual([{ q: 1 }, { q: 2 }]);
  });

  it('when the generated export is imported then every kept row is a purchase line and returns are counted', async () => {
    const report = await importFile(t.store, SHOPIFY_GENERATED);
    const counts = await graphCounts(t.store);
    expect(counts.CONTAINS).toBe(report.lineItems);
    expect(counts.RETURNS).toBe(report.returnLines);
    expect(report.returnLines).toBeGreaterThan(0);
    expect(report.customers).toBe(counts.Customer);
  });
});
