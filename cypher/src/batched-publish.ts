/**
 * Publishing a run in bounded batches, over the store port alone (the Neo4j
 * adapter's `publishRun`): remove what killed runs left, write the results
 * in batches (each its own transaction), switch the current run in one small
 * transaction, then remove the previous run's rows in batches. Readers filter
 * by the current run, so they never see a half-written run; a publish stopped
 * anywhere leaves the previous run current, and the next one cleans up.
 */
import {
  GraphStoreError,
  type AdHocResult,
  type BulkTarget,
  type GraphStore,
  type GraphWriter,
  type Params,
  type Row,
  type RunPublication,
} from './graph-store.js';
import type { QueryName } from './query-catalog.js';
import { quoteName } from './ddl.js';
import { TABLES, VERSIONED_TABLES, type TableName } from './schema.js';
import { checkedRows } from './store-rows.js';

/** Rows per write transaction (and per delete transaction). */
export const PUBLISH_BATCH = 5_000;

/** Deletes up to $limit rows of a versioned table that belong to any run but $keep (or to none); returns `n`. */
export function removeRunRowsStatement(table: TableName): string {
  const t = TABLES[table];
  return t.kind === 'rel'
    ? `MATCH ()-[e:${quoteName(table)}]->() WHERE e.run IS NULL OR e.run <> $keep WITH e LIMIT $limit DELETE e RETURN count(*) AS n`
    : `MATCH (x:${quoteName(table)}) WHERE x.run IS NULL OR x.run <> $keep WITH x LIMIT $limit DETACH DELETE x RETURN count(*) AS n`;
}

/** Removes, batch by batch, every versioned row whose run is not `keep` (all of them when `keep` is null). */
export async function removeOtherRuns(store: GraphStore, keep: string | null, batch = PUBLISH_BATCH): Promise<number> {
  let removed = 0;
  // Relationships first, so node deletes stay small.
  const order = [...VERSIONED_TABLES.filter((t) => TABLES[t].kind === 'rel'), ...VERSIONED_TABLES.filter((t) => TABLES[t].kind === 'node')];
  for (const table of order) {
    for (;;) {
      const { rows } = await store.write((tx) => tx.cypher(removeRunRowsStatement(table), { keep: keep ?? '', limit: batch }));
      const n = Number(rows[0]?.n ?? 0);
      removed += n;
      if (n < batch) break;
    }
  }
  return removed;
}

/** A writer whose every query and every bulk-load batch is a transaction of its own. */
class BatchWriter implements GraphWriter {
  constructor(
    private readonly store: GraphStore,
    private readonly batch: number,
  ) {}

  query<R extends Row = Row>(name: QueryName, params?: Params): Promise<R[]> {
    return this.store.write((tx) => tx.query<R>(name, params));
  }

  cypher(text: string, params?: Params): Promise<AdHocResult> {
    return this.store.write((tx) => tx.cypher(text, params));
  }

  async bulkLoad(target: BulkTarget, rows: Iterable<readonly unknown[]>): Promise<number> {
    let batch: unknown[][] = [];
    let count = 0;
    const flush = async () => {
      if (batch.length === 0) return;
      const rowsOfBatch = batch;
      batch = [];
      count += await this.store.write((tx) => tx.bulkLoad(target, rowsOfBatch));
    };
    for (const row of checkedRows(target, rows)) {
      batch.push(row as unknown[]);
      if (batch.length >= this.batch) await flush();
    }
    await flush();
    return count;
  }

  clearTables(): Promise<void> {
    return Promise.reject(new GraphStoreError('a batched publish replaces results by run; it does not clear tables', 'QUERY'));
  }
}

export async function publishInBatches<T>(store: GraphStore, publication: RunPublication<T>, batch = PUBLISH_BATCH): Promise<T> {
  const [current] = await store.query<{ id: string }>('current-run');
  await removeOtherRuns(store, current?.id ?? null, batch);
  const written = await publication.write(new BatchWriter(store, batch));
  const exclusive = publication.exclusive ?? ((step) => step());
  await exclusive(() => store.write((tx) => publication.makeCurrent(tx, written)));
  await removeOtherRuns(store, publication.runId, batch);
  return written;
}
