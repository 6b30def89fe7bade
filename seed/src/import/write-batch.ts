/**
 * Writes a GraphBatch through the store port's bulk loader: new customers and
 * products only, then orders and their lines. Rows are handed over as lazy
 * sequences, built one at a time while the loader writes them (its CSV file for
 * COPY, or Neo4j batches), so the write phase holds no second copy of the batch;
 * the lines' columns are freed behind the loader as it reads them (a batch is
 * written once), before the store's COPY of them starts.
 */
import { storeRow, type GraphWriter } from '@basketgraph/cypher';
import type { GraphBatch } from './graph-batch.js';

const round2 = (x: number) => Math.round(x * 100) / 100;

export async function writeBatch(
  tx: GraphWriter,
  batch: GraphBatch,
  context: { customersBefore: Set<string>; productsBefore: Set<string>; progress: (message: string) => void },
): Promise<void> {
  context.progress(`writing ${batch.customerCount} customers, ${batch.productCount} products, ${batch.orderCount} orders`);
  await tx.bulkLoad(
    'Customer',
    lazy(
      batch.customers(),
      ([id]) => !context.customersBefore.has(id),
      ([id, country]) => storeRow.Customer({ id, country }),
    ),
  );
  await tx.bulkLoad(
    'Product',
    lazy(
      batch.products(),
      ([id]) => !context.productsBefore.has(id),
      ([id, p]) => storeRow.Product({ id, ...p }),
    ),
  );
  await tx.bulkLoad(
    'Order',
    lazy(batch.orders(), all, (o) =>
      storeRow.Order({
        id: o.id,
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
    lazy(batch.orders(), all, (o) => storeRow.PLACED({ from: o.customerId, to: o.id })),
  );
  context.progress(`writing ${batch.purchaseLineCount} purchase lines and ${batch.returnLineCount} return lines`);
  await tx.bulkLoad(
    'CONTAINS',
    lazy(batch.purchaseLines({ release: true }), all, (l) =>
      storeRow.CONTAINS({ from: l.order, to: l.product, quantity: l.quantity, unitPrice: l.unitPrice, lineTotal: l.lineTotal }),
    ),
  );
  await tx.bulkLoad(
    'RETURNS',
    lazy(batch.returnLines({ release: true }), all, (l) =>
      storeRow.RETURNS({ from: l.order, to: l.product, quantity: l.quantity, amount: l.amount }),
    ),
  );
}

const all = () => true;

/** The rows of the items that pass `keep`, each built when the loader asks for it. */
function* lazy<T, R>(items: Iterable<T>, keep: (item: T) => boolean, row: (item: T) => R): Generator<R> {
  for (const item of items) if (keep(item)) yield row(item);
}
