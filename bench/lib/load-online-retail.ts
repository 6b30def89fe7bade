/**
 * The benchmarks' input: an export read exactly as the product reads it —
 * imported (with the cleaning funnel) into a temporary embedded graph, then
 * loaded back as the analysis job's PurchaseDataset.
 */
import { openTempStore } from '@basketgraph/cypher/testing';
import { importFile } from '../../seed/src/import/import-file.js';
import { loadDataset } from '../../analysis/src/job/load-dataset.js';
import type { PurchaseDataset } from '../../analysis/src/dataset.js';

export async function loadOnlineRetailDataset(path: string): Promise<PurchaseDataset> {
  const t = await openTempStore();
  try {
    await importFile(t.store, path);
    return await loadDataset(t.store);
  } finally {
    await t.dispose();
  }
}
