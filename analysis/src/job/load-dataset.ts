/**
 * Reads the analysis input from the graph: every purchase line, the orders'
 * customers and days, product types and every returned line.
 */
import type { GraphReader } from '@basketgraph/cypher';
import { datasetFromRows, type LineRow, type OrderRow, type PurchaseDataset, type ReturnRow } from '../dataset.js';

export async function loadDataset(store: GraphReader): Promise<PurchaseDataset> {
  return datasetFromRows({
    lines: await store.query<LineRow & Record<string, unknown>>('analysis-purchase-lines'),
    orders: await store.query<OrderRow & Record<string, unknown>>('analysis-orders'),
    productTypes: await store.query<{ product: string; type: string }>('analysis-product-types'),
    returns: await store.query<ReturnRow & Record<string, unknown>>('analysis-returns'),
  });
}
