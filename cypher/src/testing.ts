/** Test support: a fresh embedded store in a temporary directory, removed on close. */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openGraphStore } from './open-store.js';
import type { GraphStore } from './graph-store.js';
import { storeRow } from './store-rows.js';

export interface TempStore {
  store: GraphStore;
  dir: string;
  path: string;
  /** Closes the store and deletes its directory. */
  dispose(): Promise<void>;
}

export async function openTempStore(): Promise<TempStore> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'basketgraph-test-'));
  const dbPath = path.join(dir, 'graph');
  const store = await openGraphStore(dbPath, { owner: 'test' });
  return {
    store,
    dir,
    path: dbPath,
    async dispose() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type RankedList = 'ALSO_BOUGHT' | 'SIMILAR' | 'RECOMMENDED';

/** What `loadWideRankedGraph` wrote: the node ids, in load order. */
export interface WideRankedGraph {
  customers: string[];
  products: string[];
  /** Ranked edges per source node (ranks 1..perNode). */
  perNode: number;
}

/**
 * A graph wide enough for the embedded store to scan it on more than one
 * thread (more than one 2,048-node group per table), with ranked lists whose
 * targets lie in different node groups: `size` products with `perNode`
 * ALSO_BOUGHT edges each, and `size` customers with `perNode` SIMILAR and
 * `perNode` RECOMMENDED edges each (rank r has score 1/r). Ladybug 0.19.1
 * misorders `ORDER BY <string>, rank` on such a graph (see cypher/README.md).
 */
export async function loadWideRankedGraph(
  store: GraphStore,
  {
    size = 4200,
    perNode = 20,
    lists = ['ALSO_BOUGHT', 'SIMILAR', 'RECOMMENDED'],
  }: { size?: number; perNode?: number; lists?: RankedList[] } = {},
): Promise<WideRankedGraph> {
  const pad = (i: number) => String(i).padStart(5, '0');
  const products = Array.from({ length: size }, (_, i) => `P${pad(i)}`);
  const customers = Array.from({ length: size }, (_, i) => `C${pad(i)}`);
  // Targets step by a large prime so one node's list spans every node group.
  const target = (i: number, r: number) => (i + r * 997) % size;
  const run = 'run-wide';
  await store.write(async (tx) => {
    await tx.bulkLoad(
      'Product',
      products.map((id, i) => storeRow.Product({ id, description: `PRODUCT ${i}` })),
    );
    await tx.bulkLoad(
      'Customer',
      customers.map((id) => storeRow.Customer({ id, country: 'United Kingdom' })),
    );
    await tx.bulkLoad('AnalysisRun', [storeRow.AnalysisRun({ id: run, status: 'completed', current: true })]);
    const ranks = Array.from({ length: perNode }, (_, r) => r + 1);
    if (lists.includes('ALSO_BOUGHT')) {
      await tx.bulkLoad(
        'ALSO_BOUGHT',
        products.flatMap((id, i) =>
          ranks.map((r) => storeRow.ALSO_BOUGHT({ from: id, to: products[target(i, r)], score: 1 / r, rank: r, run })),
        ),
      );
    }
    if (lists.includes('SIMILAR')) {
      await tx.bulkLoad(
        'SIMILAR',
        customers.flatMap((id, i) =>
          ranks.map((r) =>
            storeRow.SIMILAR({ from: id, to: customers[target(i, r)], score: 1 / r, rank: r, shared: r, sameSegment: false, run }),
          ),
        ),
      );
    }
    if (lists.includes('RECOMMENDED')) {
      await tx.bulkLoad(
        'RECOMMENDED',
        customers.flatMap((id, i) =>
          ranks.map((r) =>
            storeRow.RECOMMENDED({ from: id, to: products[target(i, r)], score: 1 / r, rank: r, model: 'fixture', reasons: '[]', run }),
          ),
        ),
      );
    }
  });
  return { customers, products, perNode };
}
