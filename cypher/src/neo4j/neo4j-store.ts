/**
 * The Neo4j 5 adapter (neo4j-driver 6), chosen with GRAPH_URL=neo4j://… or bolt://…
 *
 * - Every transaction is a managed one (`executeRead` / `executeWrite`): the
 *   driver retries transient failures (deadlocks, leader switches) itself;
 *   only the error left after its retries becomes a GraphStoreError.
 * - One bookmark manager per store: a read sees every write this store
 *   committed before it, on a cluster too (causal consistency).
 * - Bulk rows are shaped once, by the schema's column types (neo4j-shaping.ts);
 *   bulk loads go out as bounded UNWIND batches (neo4j-bulk.ts).
 * - Ad-hoc queries stream and stop at the row cap.
 */
import neo4j, { type Driver, type ManagedTransaction, type Session, type SessionMode, type BookmarkManager } from 'neo4j-driver';
import {
  GraphStoreError,
  type AdHocOptions,
  type AdHocResult,
  type BatchOptions,
  type GraphStore,
  type GraphWriter,
  type Params,
  type Row,
  type RunPublication,
} from '../graph-store.js';
import { getQuery, type QueryName } from '../query-catalog.js';
import { neo4jDdl, SCHEMA_BACKFILLS } from '../ddl.js';
import { rowToPlain } from '../values.js';
import { WriteQueue } from '../write-queue.js';
import { shapeParams } from './neo4j-shaping.js';
import { connectionSettings, needsAutoCommit, toStoreError, type ConnectionOverrides } from './neo4j-connection.js';
import { Neo4jTxWriter, neo4jBatchTransactions } from './neo4j-writers.js';
import { DEFAULT_BATCH_ROWS } from './neo4j-bulk.js';
import { publishInBatches, PUBLISH_BATCH } from '../batched-publish.js';
import { BatchWriter } from '../batch-writer.js';

export interface Neo4jOptions extends ConnectionOverrides {
  readOnly?: boolean;
  /** Rows per bulk-load batch (default 10,000). */
  batchRows?: number;
  /** Rows per transaction of an analysis publish, for its writes and its deletes (default 5,000). */
  publishBatchRows?: number;
  /** How long the driver keeps retrying a transient failure (ms, default 30 s). */
  maxRetryTimeMs?: number;
}

export class Neo4jStore implements GraphStore {
  readonly dialect = 'neo4j' as const;
  private readonly queue = new WriteQueue();
  private readonly bookmarks: BookmarkManager = neo4j.bookmarkManager();
  private queries = 0;

  private constructor(
    private readonly driver: Driver,
    readonly location: string,
    readonly readOnly: boolean,
    readonly database: string | undefined,
    readonly batchRows: number,
    private readonly publishBatchRows: number,
  ) {}

  static async open(url: string, options: Neo4jOptions = {}): Promise<Neo4jStore> {
    const c = connectionSettings(url, options);
    const driver = neo4j.driver(c.address, neo4j.auth.basic(c.user, c.password), {
      disableLosslessIntegers: true,
      maxTransactionRetryTime: options.maxRetryTimeMs ?? 30_000,
      userAgent: 'basketgraph',
    });
    try {
      await driver.verifyConnectivity({ database: c.database });
    } catch (e) {
      await driver.close();
      throw new GraphStoreError(`cannot reach Neo4j at ${c.location} as ${c.user}: ${(e as Error).message}`, 'CONNECTION', { cause: e });
    }
    return new Neo4jStore(
      driver,
      c.location,
      options.readOnly ?? false,
      c.database,
      options.batchRows ?? DEFAULT_BATCH_ROWS,
      options.publishBatchRows ?? PUBLISH_BATCH,
    );
  }

  countQuery(): void {
    this.queries++;
  }

  get queryCount(): number {
    return this.queries;
  }

  /** A session on this store's database that shares its bookmarks. */
  session(mode: SessionMode, fetchSize?: number): Session {
    return this.driver.session({
      database: this.database,
      defaultAccessMode: mode,
      bookmarkManager: this.bookmarks,
      ...(fetchSize ? { fetchSize } : {}),
    });
  }

  /** Runs `work` in one managed transaction and maps the error left after the driver's retries. */
  async transaction<T>(
    mode: SessionMode,
    work: (tx: ManagedTransaction) => Promise<T>,
    options: { timeoutMs?: number; fetchSize?: number; readOnly?: boolean } = {},
  ): Promise<T> {
    const session = this.session(mode, options.fetchSize);
    const config = options.timeoutMs ? { timeout: options.timeoutMs } : undefined;
    try {
      return mode === neo4j.session.READ ? await session.executeRead(work, config) : await session.executeWrite(work, config);
    } catch (e) {
      throw toStoreError(e, { readOnly: options.readOnly });
    } finally {
      await session.close();
    }
  }

  /** A statement that must run in an auto-commit transaction (`CALL … IN TRANSACTIONS`). */
  async autoCommit(text: string, params: Params): Promise<Row[]> {
    const session = this.session(neo4j.session.WRITE);
    try {
      const result = await session.run(text, shapeParams(params));
      return result.records.map((r) => rowToPlain(r.toObject()));
    } catch (e) {
      throw toStoreError(e);
    } finally {
      await session.close();
    }
  }

  async ensureSchema(): Promise<void> {
    if (this.readOnly) return;
    for (const statement of neo4jDdl()) await this.transaction(neo4j.session.WRITE, (tx) => tx.run(statement));
    for (const name of SCHEMA_BACKFILLS) await this.transaction(neo4j.session.WRITE, (tx) => tx.run(getQuery(name, 'neo4j').text));
  }

  async query<R extends Row = Row>(name: QueryName, params: Params = {}): Promise<R[]> {
    this.countQuery();
    const text = getQuery(name, 'neo4j').text;
    const shaped = shapeParams(params);
    return this.transaction(neo4j.session.READ, async (tx) =>
      (await tx.run(text, shaped)).records.map((r) => rowToPlain(r.toObject()) as R),
    );
  }

  async cypher(text: string, params: Params = {}, options: AdHocOptions = {}): Promise<AdHocResult> {
    this.countQuery();
    const readOnly = options.readOnly || this.readOnly;
    const max = options.maxRows ?? Infinity;
    if (!readOnly && needsAutoCommit(text)) {
      const rows = await this.autoCommit(text, params);
      return { columns: rows[0] ? Object.keys(rows[0]) : [], rows: rows.slice(0, max), truncated: rows.length > max };
    }
    const shaped = shapeParams(params);
    // Pull at most one record past the cap; leaving the loop early discards the rest on the server.
    const fetchSize = Number.isFinite(max) ? Math.min(max + 1, 1000) : undefined;
    return this.transaction(
      readOnly ? neo4j.session.READ : neo4j.session.WRITE,
      async (tx) => {
        const result = tx.run(text, shaped);
        const rows: Row[] = [];
        let truncated = false;
        for await (const record of result) {
          if (rows.length >= max) {
            truncated = true;
            break;
          }
          rows.push(rowToPlain(record.toObject()));
        }
        const columns = (await result.keys()).map(String);
        return { columns, rows, truncated };
      },
      { timeoutMs: options.timeoutMs, fetchSize, readOnly: options.readOnly },
    );
  }

  write<T>(work: (tx: GraphWriter) => Promise<T>): Promise<T> {
    if (this.readOnly) return Promise.reject(new GraphStoreError(`the Neo4j store at ${this.location} is open read-only`, 'READ_ONLY'));
    // The driver may run `work` again after a transient failure: it gets a fresh transaction each time.
    return this.queue.run(() => this.transaction(neo4j.session.WRITE, (tx) => work(new Neo4jTxWriter(tx, this))));
  }

  writeInBatches<T>(work: (tx: GraphWriter) => Promise<T>, options: BatchOptions = {}): Promise<T> {
    if (this.readOnly) return Promise.reject(new GraphStoreError(`the Neo4j store at ${this.location} is open read-only`, 'READ_ONLY'));
    return this.queue.run(() => work(new BatchWriter(neo4jBatchTransactions(this), options)));
  }

  /** Bounded batches, each its own (retried) transaction, then a small switch transaction (see batched-publish.ts). */
  publishRun<T>(publication: RunPublication<T>): Promise<T> {
    return publishInBatches(this, publication, this.publishBatchRows);
  }

  async close(): Promise<void> {
    await this.queue.run(async () => undefined);
    await this.driver.close();
  }
}
