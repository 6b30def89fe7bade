/**
 * Writes a GraphBatch through the store port's bulk loader: new customers and
 * products only, then orders and their lines.
 */
import { CUSTOMER_FEATURE_COLUMNS, type GraphWriter } from '@basketgraph/cypher';
import type { GraphBatch } from './graph-batch.js';

const round2 = (x: number) => Math.round(x * 100) / 100;

export async function writeBatch(
  tx: GraphWriter,
  batch: GraphBatch,
  context: { customersBefore: Set<string>; productsBefore: Set<string>; progress: (message: string) => void },
): Promise<void> {
  const noFeatures = CUSTOMER_FEATURE_COLUMNS.map(() => null);
  context.progress(`writing ${batch.customers.size} customers, ${batch.products.size} products, ${batch.orders.size} orders`);
  await tx.bulkLoad(
    'Customer',
    [...batch.customers].filter(([id]) => !context.customersBefore.has(id)).map(([id, country]) => [id, country, ...noFeatures]),
  );
  await tx.bulkLoad(
    'Product',
    [...batch.products].filter(([id]) => !context.productsBefore.has(id)).map(([id, p]) => [id, p.description, p.type, p.variant, p.sku]),
  );
  await tx.bulkLoad(
    'Order',
    [...batch.orders].map(([id, o]) => [id, o.kind, o.date, o.datetime, round2(o.total), o.itemCount, o.lineCount]),
  );
  await tx.bulkLoad('PLACED', [...batch.orders].map(([id, o]) => [o.customerId, id]));
  context.progress(`writing ${batch.purchases.order.length} purchase lines and ${batch.returns.order.length} return lines`);
  const p = batch.purchases;
  await tx.bulkLoad('CONTAINS', p.order.map((o, i) => [o, p.product[i], p.quantity[i], p.unitPrice[i], p.lineTotal[i]]));
  const r = batch.returns;
  await tx.bulkLoad('RETURNS', r.order.map((o, i) => [o, r.product[i], r.quantity[i], r.amount[i]]));
}
