/**
 * The Neo4j 5 adapter (neo4j-driver 6), chosen with GRAPH_URL=neo4j://…
 * Bulk loads go through `UNWIND $rows` batches; ad-hoc read-only queries
 * run in READ sessions so the server refuses writes too.
 */
import neo4j, { type Driver, type ManagedTransaction, type Transaction } from 'neo4j-driver';
import {
  GraphStoreError,
  type AdHocOptions,
  type AdHocResult,
  type BulkTarget,
  type GraphStore,
  type GraphWriter,
  type Params,
  type Row,
  type RunPublication,
} from '../graph-store.js';
import { getQuery, type QueryName } from '../query-catalog.js';
import { neo4jDdl, quoteName } from '../ddl.js';
import { TABLES, type TableName } from '../schema.js';
import { rowToPlain } from '../values.js';
import { WriteQueue } from '../write-queue.js';
import { bulkPlan, shapeParams } from './neo4j-shaping.js';
import { checkedRows } from '../store-rows.js';
import { publishInBatches } from '../batched-publish.js';

export interface Neo4jOptions {
  user?: string;
  password?: string;
  database?: string;
  readOnly?: boolean;
}

const BATCH = 5_000;

type Runner = Pick<Transaction | ManagedTransaction, 'run'>;

async function runOn(runner: Runner, text: string, params: Params): Promise<Row[]> {
  try {
    const result = await runner.run(text, shapeParams(params));
    return result.records.map((r) => rowToPlain(r.toObject()));
  } catch (e) {
    throw new GraphStoreError(e instanceof Error ? e.message : String(e), 'QUERY', { cause: e });
  }
}

class TxWriter implements GraphWriter {
  constructor(
    private readonly tx: Transaction,
    private readonly store: Neo4jStore,
  ) {}

  query<R extends Row = Row>(name: QueryName, params: Params = {}): Promise<R[]> {
    this.store.countQuery();
    return runOn(this.tx, getQuery(name, 'neo4j').text, params) as Promise<R[]>;
  }

  async cypher(text: string, params: Params = {}): Promise<AdHocResult> {
    this.store.countQuery();
    const rows = await runOn(this.tx, text, params);
    return { columns: rows[0] ? Object.keys(rows[0]) : [], rows, truncated: false };
  }

  async clearTables(tables: TableName[]): Promise<void> {
    for (const name of tables) {
      this.store.countQuery();
      const t = TABLES[name];
      await runOn(
        this.tx,
        t.kind === 'rel' ? `MATCH ()-[e:${quoteName(name)}]->() DELETE e` : `MATCH (n:${quoteName(name)}) DETACH DELETE n`,
        {},
      );
    }
  }

  async bulkLoad(target: BulkTarget, rows: Iterable<readonly unknown[]>): Promise<number> {
    const plan = bulkPlan(target);
    let batch: unknown[][] = [];
    let count = 0;
    const flush = async () => {
      if (batch.length === 0) return;
      this.store.countQuery();
      await runOn(this.tx, plan.statement, plan.toParams(batch));
      count += batch.length;
      batch = [];
    };
    for (const row of checkedRows(target, rows)) {
      batch.push(row as unknown[]);
      if (batch.length >= BATCH) await flush();
    }
    await flush();
    return count;
  }
}

export class Neo4jStore implements GraphStore {
  readonly dialect = 'neo4j' as const;
  private readonly queue = new WriteQueue();
  private queries = 0;

  private constructor(
    private readonly driver: Driver,
    readonly location: string,
    readonly readOnly: boolean,
    private readonly database: string | undefined,
  ) {}

  static async open(url: string, options: Neo4jOptions = {}): Promise<Neo4jStore> {
    const parsed = new URL(url);
    const user = options.user ?? decodeURIComponent(parsed.username || 'neo4j');
    const password = options.password ?? decodeURIComponent(parsed.password || '');
    parsed.username = '';
    parsed.password = '';
    const driver = neo4j.driver(parsed.toString(), neo4j.auth.basic(user, password), {
      disableLosslessIntegers: true,
    });
    try {
      await driver.verifyConnectivity();
    } catch (e) {
      await driver.close();
      throw new GraphStoreError(`cannot reach Neo4j at ${parsed}: ${(e as Error).message}`, 'CONNECTION', { cause: e });
    }
    return new Neo4jStore(driver, parsed.toString(), options.readOnly ?? false, options.database);
  }

  countQuery(): void {
    this.queries++;
  }

  get queryCount(): number {
    return this.queries;
  }

  async ensureSchema(): Promise<void> {
    if (this.readOnly) return;
    const session = this.driver.session({ database: this.database });
    try {
      for (const statement of neo4jDdl()) await session.run(statement);
    } finally {
      await session.close();
    }
  }

  async query<R extends Row = Row>(name: QueryName, params: Params = {}): Promise<R[]> {
    this.countQuery();
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      return (await session.executeRead((tx) => runOn(tx, getQuery(name, 'neo4j').text, params))) as R[];
    } finally {
      await session.close();
    }
  }

  async cypher(text: string, params: Params = {}, options: AdHocOptions = {}): Promise<AdHocResult> {
    this.countQuery();
    const mode = options.readOnly || this.readOnly ? neo4j.session.READ : neo4j.session.WRITE;
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode });
    try {
      const result = await session.run(text, shapeParams(params), options.timeoutMs ? { timeout: options.timeoutMs } : {});
      const max = options.maxRows ?? Infinity;
      const rows = result.records.slice(0, max).map((r) => rowToPlain(r.toObject()));
      return { columns: result.records[0]?.keys.map(String) ?? [], rows, truncated: result.records.length > max };
    } catch (e) {
      const message = (e as Error).message;
      if (/write|not allowed in read/i.test(message) && options.readOnly) {
        throw new GraphStoreError('refused: this query would write to the graph, and only reads are allowed here', 'READ_ONLY', { cause: e });
      }
      throw new GraphStoreError(message, /timeout|terminated/i.test(message) ? 'TIMEOUT' : 'QUERY', { cause: e });
    } finally {
      await session.close();
    }
  }

  write<T>(work: (tx: GraphWriter) => Promise<T>): Promise<T> {
    if (this.readOnly) return Promise.reject(new GraphStoreError('the Neo4j store is open read-only', 'READ_ONLY'));
    return this.queue.run(async () => {
      const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
      const tx = session.beginTransaction();
      try {
        const result = await work(new TxWriter(tx, this));
        await tx.commit();
        return result;
      } catch (e) {
        if (tx.isOpen()) await tx.rollback().catch(() => undefined);
        throw e;
      } finally {
        await session.close();
      }
    });
  }

  /** Bounded batches, each its own transaction, then a small switch transaction (see batched-publish.ts). */
  publishRun<T>(publication: RunPublication<T>): Promise<T> {
    return publishInBatches(this, publication);
  }

  async close(): Promise<void> {
    await this.queue.run(async () => undefined);
    await this.driver.close();
  }
}
