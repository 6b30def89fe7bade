/**
 * api-products-page and api-products-page-by-sales on a catalogue the embedded store scans on several threads:
 * every sort, both directions, at several offsets, against the order computed here (ties by id; a missing
 * description sorts as ''). Ladybug 0.19.1 misorders multi-key sorts with null keys there (see
 * customers-page-order.test.ts), so the queries sort one never-null key and the id; this checks that it holds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeRow } from '@basketgraph/cypher';
import { openTempStore, type TempStore } from '@basketgraph/cypher/testing';
import { expectEveryPage, idsInOrder } from './page-order.js';

const SIZE = 30000;

interface Sales {
  id: string;
  description: string | null;
  buyers: number;
  units: number;
  revenue: number;
}

const KEYS: Record<string, (r: Sales) => string | number> = {
  id: (r) => r.id,
  description: (r) => r.description ?? '',
  buyers: (r) => r.buyers,
  units: (r) => r.units,
  revenue: (r) => r.revenue,
};

describe('the products page queries on a catalogue scanned by several threads', () => {
  let t: TempStore;
  let rows: Sales[];
  beforeAll(async () => {
    t = await openTempStore();
    // Ids loaded out of their sort order; descriptions with many ties and some missing; sales with ties and zeros.
    const ids = Array.from({ length: SIZE }, (_, i) => `P${String((i * 2311) % SIZE).padStart(5, '0')}`);
    rows = ids.map((id, i) => ({ id, description: i % 17 === 0 ? null : `ITEM ${(i * 37) % 300}`, buyers: 0, units: 0, revenue: 0 }));
    // Order o (customer C(o % 700)) holds products 3o, 3o+1, 3o+2 (mod SIZE): quantities 1..4, totals in quarters (exact sums).
    const orders = Array.from({ length: 2500 }, (_, o) => ({
      id: `O${o}`,
      customer: `C${o % 700}`,
      lines: [0, 1, 2].map((j) => ({ p: (3 * o + j) % SIZE, quantity: 1 + ((o + j) % 4), total: (((o * 13 + j) % 9) - 2) / 4 })),
    }));
    const buyers = rows.map(() => new Set<string>());
    for (const o of orders) {
      for (const l of o.lines) {
        buyers[l.p].add(o.customer);
        rows[l.p].units += l.quantity;
        rows[l.p].revenue += l.total;
      }
    }
    rows.forEach((r, i) => (r.buyers = buyers[i].size));
    await t.store.write(async (tx) => {
      await tx.bulkLoad(
        'Product',
        rows.map((r) => storeRow.Product({ id: r.id, description: r.description })),
      );
      await tx.bulkLoad(
        'Customer',
        Array.from({ length: 700 }, (_, c) => storeRow.Customer({ id: `C${c}` })),
      );
      await tx.bulkLoad(
        'Order',
        orders.map((o) => storeRow.Order({ id: o.id, kind: 'purchase' })),
      );
      await tx.bulkLoad(
        'PLACED',
        orders.map((o) => storeRow.PLACED({ from: o.customer, to: o.id })),
      );
      await tx.bulkLoad(
        'CONTAINS',
        orders.flatMap((o) =>
          o.lines.map((l) => storeRow.CONTAINS({ from: o.id, to: rows[l.p].id, quantity: l.quantity, unitPrice: 1, lineTotal: l.total })),
        ),
      );
    });
  });
  afterAll(() => t?.dispose());

  async function expectEveryOrder(query: 'api-products-page' | 'api-products-page-by-sales', fields: string[]) {
    for (const field of fields) {
      for (const direction of ['ASC', 'DESC']) {
        await expectEveryPage(
          idsInOrder(rows, KEYS[field], direction),
          (skip, limit) => t.store.query<{ id: string }>(query, { search: '', type: '', sortField: field, direction, skip, limit }),
          `${field} ${direction}`,
        );
      }
    }
  }

  it('when products are paged by id or description, either direction, then every page is the exact slice of that order', async () => {
    await expectEveryOrder('api-products-page', ['id', 'description']);
  });

  it('when products are paged by buyers, units or revenue, either direction, then every page is the exact slice of that order', async () => {
    await expectEveryOrder('api-products-page-by-sales', ['buyers', 'units', 'revenue']);
  });

  it('when products are paged by sales then each row carries its buyers, units and revenue', async () => {
    const got = await t.store.query<{ id: string; buyers: number; units: number; revenue: number }>('api-products-page-by-sales', {
      search: '',
      type: '',
      sortField: 'revenue',
      direction: 'DESC',
      skip: 0,
      limit: 5,
    });
    const want = new Map(rows.map((r) => [r.id, r]));
    expect(got).toHaveLength(5);
    for (const r of got) {
      expect({ buyers: r.buyers, units: r.units, revenue: r.revenue }).toEqual({
        buyers: want.get(r.id)?.buyers,
        units: want.get(r.id)?.units,
        revenue: want.get(r.id)?.revenue,
      });
    }
  });
});
