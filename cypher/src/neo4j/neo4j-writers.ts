/**
 * How the Neo4j adapter writes:
 * - Neo4jTxWriter: everything inside one managed transaction (`write()`); bulk
 *   loads go out in bounded UNWIND batches within it. Driver errors are left
 *   raw here so that the driver can retry the whole transaction.
 * - neo4jBatchTransactions: the transactions of the batched writer
 *   (../batch-writer.ts) for `writeInBatches()`: every statement and every
 *   bulk batch its own retried transaction, with resumable statements, and
 *   `CALL … IN TRANSACTIONS` in an auto-commit transaction.
 */
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { GraphStoreError, type AdHocResult, type BulkTarget, type GraphWriter, type Params, type Row } from '../graph-store.js';
import { relsFirst, type BatchTransactions } from '../batch-writer.js';
import { getQuery, type QueryName } from '../query-catalog.js';
import type { TableName } from '../schema.js';
import { rowToPlain } from '../values.js';
import { shapeParams } from './neo4j-shaping.js';
import { bulkPlan, clearStatement, type BulkPlan, type MissingEnd } from './neo4j-bulk.js';
import type { Neo4jStore } from './neo4j-store.js';
import { needsAutoCommit } from './neo4j-connection.js';
import { checkedRows } from '../store-rows.js';

type Runner = Pick<ManagedTransaction, 'run'>;

async function rows(tx: Runner, text: string, params: Params): Promise<Row[]> {
  const result = await tx.run(text, params);
  return result.records.map((r) => rowToPlain(r.toObject()));
}

function asResult(list: Row[]): AdHocResult {
  return { columns: list[0] ? Object.keys(list[0]) : [], rows: list, truncated: false };
}

/** Sends one batch; a relationship row with a missing end fails it, naming the row. */
export async function sendBatch(tx: Runner, plan: BulkPlan, params: Params): Promise<void> {
  const missing = (await rows(tx, plan.statement, params)) as unknown as MissingEnd[];
  if (missing.length === 0) return;
  const m = missing[0];
  const [label, id] = m.missingFrom ? [plan.fromLabel, m.from] : [plan.toLabel, m.to];
  const more = missing.length > 1 ? ` (and ${missing.length - 1} more row(s) of this batch)` : '';
  throw new GraphStoreError(
    `${plan.table} row ${m.row} (${m.from} → ${m.to}): no ${label} node with id "${id}"${more}; nothing of this batch was written`,
    'MISSING_NODE',
  );
}

export class Neo4jTxWriter implements GraphWriter {
  constructor(
    private readonly tx: ManagedTransaction,
    private readonly store: Neo4jStore,
  ) {}

  query<R extends Row = Row>(name: QueryName, params: Params = {}): Promise<R[]> {
    this.store.countQuery();
    return rows(this.tx, getQuery(name, 'neo4j').text, shapeParams(params)) as Promise<R[]>;
  }

  async cypher(text: string, params: Params = {}): Promise<AdHocResult> {
    this.store.countQuery();
    return asResult(await rows(this.tx, text, shapeParams(params)));
  }

  async clearTables(tables: TableName[]): Promise<void> {
    for (const name of relsFirst(tables)) {
      this.store.countQuery();
      await this.tx.run(clearStatement(name));
    }
  }

  async bulkLoad(target: BulkTarget, source: Iterable<readonly unknown[]>): Promise<number> {
    const plan = bulkPlan(target);
    let count = 0;
    for (const batch of plan.batches(checkedRows(target, source), this.store.batchRows)) {
      this.store.countQuery();
      await sendBatch(this.tx, plan, batch.params);
      count += batch.rows;
    }
    return count;
  }
}

/** Each batch its own managed (retried) transaction; bulk loads use the resumable statements (MERGE by key). */
export function neo4jBatchTransactions(store: Neo4jStore): BatchTransactions {
  return {
    dialect: 'neo4j',
    batchRows: store.batchRows,
    transaction: (work) => store.transaction(neo4j.session.WRITE, (tx) => work(new Neo4jTxWriter(tx, store))),
    *bulkBatches(target, rows) {
      const plan = bulkPlan(target, { resumable: true });
      for (const batch of plan.batches(rows, store.batchRows)) {
        yield {
          rows: batch.rows,
          write: async () => {
            store.countQuery();
            await store.transaction(neo4j.session.WRITE, (tx) => sendBatch(tx, plan, batch.params));
          },
        };
      }
    },
    outsideTransaction(text, params) {
      if (!needsAutoCommit(text)) return undefined;
      store.countQuery();
      return store.autoCommit(text, params);
    },
  };
}
