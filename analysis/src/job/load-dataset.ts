/**
 * Reads the analysis input from the graph: the orders' customers and days, then every purchase line (streamed
 * into the encoder one row at a time where the store streams them), product types and every returned line.
 */
import { forEachRow, type GraphReader } from '@basketgraph/cypher';
import { LineEncoder, type LineRow, type OrderRow, type PurchaseDataset, type ReturnRow } from '../dataset.js';

export async function loadDataset(store: GraphReader): Promise<PurchaseDataset> {
  const encoder = new LineEncoder(await store.query<OrderRow & Record<string, unknown>>('analysis-orders'));
  await forEachRow<LineRow & Record<string, unknown>>(store, 'analysis-purchase-lines', {}, (row) => encoder.add(row));
  return encoder.finish(
    await store.query<{ product: string; type: string }>('analysis-product-types'),
    await store.query<ReturnRow & Record<string, unknown>>('analysis-returns'),
  );
}
