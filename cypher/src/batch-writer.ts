/**
 * The one batched writer: a GraphWriter whose every statement, every bulk-load batch and every batch of a
 * delete is a write transaction of its own. It is what `writeInBatches` gives on Neo4j (resumable imports)
 * and what `publishInBatches` writes a run with (batched-publish.ts). A store supplies the transactions
 * (`BatchTransactions`); `portTransactions` supplies them over the store port alone.
 */
import {
  GraphStoreError,
  type AdHocResult,
  type BatchOptions,
  type BulkTarget,
  type Dialect,
  type GraphStore,
  type GraphWriter,
  type Params,
  type Row,
} from './graph-store.js';
import { getQuery, type QueryName } from './query-catalog.js';
import { quoteName } from './ddl.js';
import { TABLES, type TableName } from './schema.js';
import { checkedRows } from './store-rows.js';

/** One batch of a bulk load: its row count, and how to write it in a transaction of its own. */
export interface BulkBatchWrite {
  rows: number;
  write(): Promise<void>;
}

/** What a store provides to write in batches. */
export interface BatchTransactions {
  readonly dialect: Dialect;
  /** Rows per bulk-load batch and per delete batch. */
  readonly batchRows: number;
  /** Runs `work` in a write transaction of its own (on Neo4j a managed one: transient failures are retried). */
  transaction<T>(work: (tx: GraphWriter) => Promise<T>): Promise<T>;
  /** Splits a bulk load into batches of about `batchRows` rows. */
  bulkBatches(target: BulkTarget, rows: Iterable<readonly unknown[]>): Iterable<BulkBatchWrite>;
  /** Runs a statement that cannot run inside a transaction (Neo4j's `CALL … IN TRANSACTIONS`); undefined for others. */
  outsideTransaction?(text: string, params: Params): Promise<Row[]> | undefined;
}

/** Deletes up to `$batch` rows of a table (nodes with their relationships) and returns how many, as `deleted`. */
export function deleteBatchStatement(name: TableName): string {
  return TABLES[name].kind === 'rel'
    ? `MATCH ()-[e:${quoteName(name)}]->()\nWITH e LIMIT $batch\nDELETE e\nRETURN count(*) AS deleted`
    : `MATCH (n:${quoteName(name)})\nWITH n LIMIT $batch\nDETACH DELETE n\nRETURN count(*) AS deleted`;
}

/** Runs a statement that deletes at most `$batch` rows and returns `deleted`, one transaction each, until one comes back short. */
export async function deleteInBatches(t: BatchTransactions, text: string, params: Params = {}): Promise<number> {
  let total = 0;
  for (;;) {
    const { rows } = await t.transaction((tx) => tx.cypher(text, { ...params, batch: t.batchRows }));
    const deleted = Number(rows[0]?.deleted ?? 0);
    total += deleted;
    if (deleted < t.batchRows) return total;
  }
}

/** Orders relationship tables before node tables, as deleting must. */
export function relsFirst(tables: readonly TableName[]): TableName[] {
  return [...tables.filter((t) => TABLES[t].kind === 'rel'), ...tables.filter((t) => TABLES[t].kind === 'node')];
}

export class BatchWriter implements GraphWriter {
  constructor(
    private readonly t: BatchTransactions,
    private readonly options: BatchOptions = {},
  ) {}

  query<R extends Row = Row>(name: QueryName, params: Params = {}): Promise<R[]> {
    const outside = this.t.outsideTransaction?.(getQuery(name, this.t.dialect).text, params);
    return (outside ?? this.t.transaction((tx) => tx.query<R>(name, params))) as Promise<R[]>;
  }

  async cypher(text: string, params: Params = {}): Promise<AdHocResult> {
    const outside = this.t.outsideTransaction?.(text, params);
    if (!outside) return this.t.transaction((tx) => tx.cypher(text, params));
    const rows = await outside;
    return { columns: rows[0] ? Object.keys(rows[0]) : [], rows, truncated: false };
  }

  /** Deletes each table in batches, one transaction per batch (relationships first). */
  async clearTables(tables: TableName[]): Promise<void> {
    for (const name of relsFirst(tables)) await deleteInBatches(this.t, deleteBatchStatement(name));
  }

  async bulkLoad(target: BulkTarget, rows: Iterable<readonly unknown[]>): Promise<number> {
    const table = typeof target === 'string' ? target : target.rel;
    let count = 0;
    let batch = 0;
    for (const b of this.t.bulkBatches(target, checkedRows(target, rows))) {
      await b.write();
      count += b.rows;
      this.options.onBatch?.({ table, batch: ++batch, rows: b.rows, rowsSoFar: count });
    }
    return count;
  }
}

/**
 * Batches over the store port alone: each transaction is a `store.write`, each bulk batch a `bulkLoad` of
 * `batchRows` rows (an error in one names the rows of the whole load it covers).
 */
export function portTransactions(store: GraphStore, batchRows: number): BatchTransactions {
  return {
    dialect: store.dialect,
    batchRows,
    transaction: (work) => store.write(work),
    *bulkBatches(target, rows) {
      let chunk: (readonly unknown[])[] = [];
      let first = 1;
      const batchOf = (list: (readonly unknown[])[], from: number): BulkBatchWrite => ({
        rows: list.length,
        write: () =>
          store
            .write((tx) => tx.bulkLoad(target, list))
            .then(
              () => undefined,
              (e: unknown) => {
                const where = `rows ${from}–${from + list.length - 1} of the load`;
                throw e instanceof GraphStoreError ? new GraphStoreError(`${where}: ${e.message}`, e.code, { cause: e }) : e;
              },
            ),
      });
      for (const row of rows) {
        chunk.push(row);
        if (chunk.length >= batchRows) {
          yield batchOf(chunk, first);
          first += chunk.length;
          chunk = [];
        }
      }
      if (chunk.length > 0) yield batchOf(chunk, first);
    },
  };
}
