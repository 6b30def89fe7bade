/**
 * Writes a GraphBatch through the store port's bulk loader: new customers and
 * products only, then orders and their lines.
 */
import { storeRow, type GraphWriter } from '@basketgraph/cypher';
import type { GraphBatch } from './graph-batch.js';

const round2 = (x: number) => Math.round(x * 100) / 100;

export async function writeBatch(
  tx: GraphWriter,
  batch: GraphBatch,
  context: { customersBefore: Set<string>; productsBefore: Set<string>; progress: (message: string) => void },
): Promise<void> {
  context.progress(`writing ${batch.customers.size} customers, ${batch.products.size} products, ${batch.orders.size} orders`);
  await tx.bulkLoad(
    'Customer',
    [...batch.customers].filter(([id]) => !context.customersBefore.has(id)).map(([id, country]) => storeRow.Customer({ id, country })),
  );
  await tx.bulkLoad(
    'Product',
    [...batch.products].filter(([id]) => !context.productsBefore.has(id)).map(([id, p]) => storeRow.Product({ id, ...p })),
  );
  await tx.bulkLoad(
    'Order',
    [...batch.orders].map(([id, o]) =>
      storeRow.Order({
        id,
        kind: o.kind,
        date: o.date,
        datetime: o.datetime,
        total: round2(o.total),
        itemCount: o.itemCount,
        lineCount: o.lineCount,
      }),
    ),
  );
  await tx.bulkLoad(
    'PLACED',
    [...batch.orders].map(([id, o]) => storeRow.PLACED({ from: o.customerId, to: id })),
  );
  context.progress(`writing ${batch.purchases.order.length} purchase lines and ${batch.returns.order.length} return lines`);
  const p = batch.purchases;
  await tx.bulkLoad(
    'CONTAINS',
    p.order.map((o, i) =>
      storeRow.CONTAINS({ from: o, to: p.product[i], quantity: p.quantity[i], unitPrice: p.unitPrice[i], lineTotal: p.lineTotal[i] }),
    ),
  );
  const r = batch.returns;
  await tx.bulkLoad(
    'RETURNS',
    r.order.map((o, i) => storeRow.RETURNS({ from: o, to: r.product[i], quantity: r.quantity[i], amount: r.amount[i] })),
  );
}
