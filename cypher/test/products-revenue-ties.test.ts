/**
 * Revenue is a sum of line totals in floating point: two products with the same revenue to the cent can differ in
 * the last bits (0.1 + 0.2 against 0.3), and the sum's order, hence its last bits, may differ between two queries
 * the store runs on several threads. The products page sorts revenue to the cent, ties by id, so a product never
 * moves between pages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeRow } from '@basketgraph/cypher';
import { openTempStore, type TempStore } from '@basketgraph/cypher/testing';

describe('the products page by revenue', () => {
  let t: TempStore;
  beforeAll(async () => {
    t = await openTempStore();
    // P2: 0.1 + 0.2 (0.30000000000000004 in floating point); P1: 0.3; P3: 0.29; P0: 0.31.
    const lines = [
      { order: 'O1', product: 'P2', total: 0.1 },
      { order: 'O2', product: 'P2', total: 0.2 },
      { order: 'O3', product: 'P1', total: 0.3 },
      { order: 'O4', product: 'P3', total: 0.29 },
      { order: 'O5', product: 'P0', total: 0.31 },
    ];
    await t.store.write(async (tx) => {
      await tx.bulkLoad(
        'Product',
        ['P0', 'P1', 'P2', 'P3'].map((id) => storeRow.Product({ id, description: `ITEM ${id}` })),
      );
      await tx.bulkLoad('Customer', [storeRow.Customer({ id: 'C1' })]);
      await tx.bulkLoad(
        'Order',
        lines.map((l) => storeRow.Order({ id: l.order, kind: 'purchase' })),
      );
      await tx.bulkLoad(
        'PLACED',
        lines.map((l) => storeRow.PLACED({ from: 'C1', to: l.order })),
      );
      await tx.bulkLoad(
        'CONTAINS',
        lines.map((l) => storeRow.CONTAINS({ from: l.order, to: l.product, quantity: 1, unitPrice: l.total, lineTotal: l.total })),
      );
    });
  });
  afterAll(() => t?.dispose());

  const page = async (direction: 'ASC' | 'DESC') =>
    (
      await t.store.query<{ id: string; revenue: number }>('api-products-page-by-sales', {
        search: '',
        type: '',
        sortField: 'revenue',
        direction,
        skip: 0,
        limit: 10,
      })
    ).map((r) => r.id);

  it('when two products have the same revenue to the cent then they are ordered by id, in either direction', async () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(await page('DESC')).toEqual(['P0', 'P1', 'P2', 'P3']);
    expect(await page('ASC')).toEqual(['P3', 'P1', 'P2', 'P0']);
  });
});
