/**
 * Writes a GraphBatch through the store port's bulk loader: new customers and
 * products only, then orders and their lines. Rows are handed over as lazy
 * sequences, built one at a time while the loader writes them (its CSV file for
 * COPY, or Neo4j batches), so the write phase holds no second copy of the batch.
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
    lazy(
      batch.customers,
      ([id]) => !context.customersBefore.has(id),
      ([id, country]) => storeRow.Customer({ id, country }),
    ),
  );
  await tx.bulkLoad(
    'Product',
    lazy(
      batch.products,
      ([id]) => !context.productsBefore.has(id),
      ([id, p]) => storeRow.Product({ id, ...p }),
    ),
  );
  await tx.bulkLoad(
    'Order',
    lazy(batch.orders, all, ([id, o]) =>
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
    lazy(batch.orders, all, ([id, o]) => storeRow.PLACED({ from: o.customerId, to: id })),
  );
  context.progress(`writing ${batch.purchases.order.length} purchase lines and ${batch.returns.order.length} return lines`);
  const p = batch.purchases;
  await tx.bulkLoad(
    'CONTAINS',
    lazy(p.order.keys(), all, (i) =>
      storeRow.CONTAINS({
        from: p.order[i],
        to: p.product[i],
        quantity: p.quantity[i],
        unitPrice: p.unitPrice[i],
        lineTotal: p.lineTotal[i],
      }),
    ),
  );
  const r = batch.returns;
  await tx.bulkLoad(
    'RETURNS',
    lazy(r.order.keys(), all, (i) =>
      storeRow.RETURNS({ from: r.order[i], to: r.product[i], quantity: r.quantity[i], amount: r.amount[i] }),
    ),
  );
}

const all = () => true;

/** The rows of the items that pass `keep`, each built when the loader asks for it. */
function* lazy<T, R>(items: Iterable<T>, keep: (item: T) => boolean, row: (item: T) => R): Generator<R> {
  for (const item of items) if (keep(item)) yield row(item);
}
