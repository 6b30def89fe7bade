import { describe, expect, it } from 'vitest';
import { GraphBatch } from '../../src/import/graph-batch.js';
import { sourceLine } from './source-line-fixture.js';

const line = (orderId: string, productId: string, customerId: string, quantity: number, isCancellation = false) =>
  sourceLine(orderId, productId, customerId, quantity, {
    isCancellation,
    unitPrice: 1.25,
    datetime: `2011-01-02T10:00:0${orderId.length % 10}`,
  });

/** Orders o0…o5 of customers c0…c2, lines over products p0…p3, one cancellation C9 of c1. */
function fill(batch: GraphBatch, skip: Set<string> = new Set()) {
  for (let i = 0; i < 30; i++) {
    const order = `o${i % 6}`;
    if (!skip.has(order)) batch.addPurchase(line(order, `p${i % 4}`, `c${i % 3}`, i + 1));
  }
  if (!skip.has('C9')) batch.addReturn(line('C9', 'p1', 'c1', -2, true), 2, 2.5);
}

const contents = (b: GraphBatch) => ({
  customers: [...b.customers()],
  products: [...b.products()],
  orders: [...b.orders()],
  purchases: [...b.purchaseLines()],
  returns: [...b.returnLines()],
});

describe('GraphBatch', () => {
  it('when lines are added then orders sum them, and nodes and lines come back in the order first seen', () => {
    const batch = new GraphBatch();
    fill(batch);
    const c = contents(batch);
    expect(c.customers.map(([id]) => id)).toEqual(['c0', 'c1', 'c2']);
    expect(c.products.map(([id]) => id)).toEqual(['p0', 'p1', 'p2', 'p3']);
    expect(c.orders.map((o) => [o.id, o.customerId, o.kind, o.lineCount])).toEqual([
      ['o0', 'c0', 'purchase', 5],
      ['o1', 'c1', 'purchase', 5],
      ['o2', 'c2', 'purchase', 5],
      ['o3', 'c0', 'purchase', 5],
      ['o4', 'c1', 'purchase', 5],
      ['o5', 'c2', 'purchase', 5],
      ['C9', 'c1', 'return', 1],
    ]);
    // o0 holds lines 0, 6, 12, 18, 24: quantities 1, 7, 13, 19, 25.
    expect(c.orders[0]).toMatchObject({ date: '2011-01-02', datetime: '2011-01-02T10:00:02', itemCount: 65, total: 81.25 });
    expect(c.orders[6]).toMatchObject({ itemCount: 2, total: 2.5 });
    expect(c.purchases[7]).toEqual({ order: 'o1', product: 'p3', quantity: 8, unitPrice: 1.25, lineTotal: 10 });
    expect(c.returns).toEqual([{ order: 'C9', product: 'p1', quantity: 2, amount: 2.5 }]);
  });

  it('when orders already in the graph are dropped then the batch is the one built without them, and the purchase lines dropped are counted', () => {
    const batch = new GraphBatch();
    fill(batch);
    const dropped = batch.dropOrders(new Set(['o1', 'o4', 'C9', 'not-in-batch']));
    const without = new GraphBatch();
    fill(without, new Set(['o1', 'o4', 'C9']));
    expect(dropped).toBe(10);
    // Customers and products stay (the import filters those the graph has); orders and lines are those of `without`.
    const [c, w] = [contents(batch), contents(without)];
    expect(c.customers.map(([id]) => id)).toEqual(['c0', 'c1', 'c2']);
    expect(c.orders).toEqual(w.orders);
    expect(c.purchases).toEqual(w.purchases);
    expect(c.returns).toEqual([]);
    expect([...batch.orderIdList()]).toEqual(['o0', 'o2', 'o3', 'o5']);
  });

  it('when lines are added then each takes 32 bytes of columns, whatever the length of its ids', () => {
    const batch = new GraphBatch();
    const add = (n: number) => {
      for (let i = 0; i < n; i++) batch.addPurchase(line(`order-with-a-long-id-${i % 5000}`, `product-${i % 700}`, `c${i % 300}`, 1));
    };
    const chunk = 65_536;
    add(5 * chunk);
    const before = batch.columnBytes;
    add(5 * chunk);
    expect(batch.purchaseLineCount).toBe(10 * chunk);
    expect(batch.orderCount).toBe(5000);
    expect((batch.columnBytes - before) / (5 * chunk)).toBe(32);
  });

  it('when purchase lines are read with release then their columns are freed behind the reader, and the counts stay', () => {
    const batch = new GraphBatch();
    const chunk = 65_536;
    for (let i = 0; i < 3 * chunk; i++) batch.addPurchase(line(`o${i % 100}`, 'p1', 'c1', 1));
    const full = batch.columnBytes;
    let read = 0;
    let quantities = 0;
    let midway = 0;
    for (const l of batch.purchaseLines({ release: true })) {
      quantities += l.quantity;
      if (++read === 2 * chunk + 1) midway = batch.columnBytes;
    }
    expect([read, quantities]).toEqual([3 * chunk, 3 * chunk]);
    expect(full - midway).toBe(2 * chunk * 32);
    expect(full - batch.columnBytes).toBe(3 * chunk * 32);
    expect(batch.purchaseLineCount).toBe(3 * chunk);
  });
});
