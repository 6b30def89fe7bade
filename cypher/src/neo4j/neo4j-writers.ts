/**
 * The two GraphWriters of the Neo4j adapter:
 * - Neo4jTxWriter: everything inside one managed transaction (`write()`); bulk
 *   loads go out in bounded UNWIND batches within it. Driver errors are left
 *   raw here so that the driver can retry the whole transaction.
 * - Neo4jBatchWriter: every statement and every bulk batch its own retried
 *   transaction (`writeInBatches()`), with resumable statements.
 */
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import {
  GraphStoreError,
  type AdHocResult,
  type BatchOptions,
  type BulkTarget,
  type GraphWriter,
  type Params,
  type Row,
} from '../graph-store.js';
import { getQuery, type QueryName } from '../query-catalog.js';
import { TABLES, type TableName } from '../schema.js';
import { rowToPlain } from '../values.js';
import { shapeParams } from './neo4j-shaping.js';
import { bulkPlan, clearStatement, deleteBatchStatement, type BulkPlan, type MissingEnd } from './neo4j-bulk.js';
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

/** Orders relationship tables before node tables, as deleting must. */
function relsFirst(tables: TableName[]): TableName[] {
  return [...tables.filter((t) => TABLES[t].kind === 'rel'), ...tables.filter((t) => TABLES[t].kind === 'node')];
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

export class Neo4jBatchWriter implements GraphWriter {
  constructor(
    private readonly store: Neo4jStore,
    private readonly options: BatchOptions,
  ) {}

  private run(text: string, params: Params): Promise<Row[]> {
    this.store.countQuery();
    if (needsAutoCommit(text)) return this.store.autoCommit(text, params);
    const shaped = shapeParams(params);
    return this.store.transaction(neo4j.session.WRITE, (tx) => rows(tx, text, shaped));
  }

  query<R extends Row = Row>(name: QueryName, params: Params = {}): Promise<R[]> {
    return this.run(getQuery(name, 'neo4j').text, params) as Promise<R[]>;
  }

  async cypher(text: string, params: Params = {}): Promise<AdHocResult> {
    return asResult(await this.run(text, params));
  }

  /** Deletes each table in batches of `batchRows`, one transaction per batch. */
  async clearTables(tables: TableName[]): Promise<void> {
    const batch = this.store.batchRows;
    for (const name of relsFirst(tables)) {
      const text = deleteBatchStatement(name);
      for (;;) {
        this.store.countQuery();
        const [{ deleted }] = await this.store.transaction(neo4j.session.WRITE, (tx) => rows(tx, text, { batch: neo4j.int(batch) }));
        if ((deleted as number) < batch) break;
      }
    }
  }

  async bulkLoad(target: BulkTarget, source: Iterable<readonly unknown[]>): Promise<number> {
    const plan = bulkPlan(target, { resumable: true });
    let count = 0;
    let n = 0;
    for (const batch of plan.batches(checkedRows(target, source), this.store.batchRows)) {
      this.store.countQuery();
      await this.store.transaction(neo4j.session.WRITE, (tx) => sendBatch(tx, plan, batch.params));
      count += batch.rows;
      this.options.onBatch?.({ table: plan.table, batch: ++n, rows: batch.rows, rowsSoFar: count });
    }
    return count;
  }
}
