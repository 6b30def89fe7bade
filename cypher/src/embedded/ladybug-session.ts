/**
 * One connection to the embedded database: named and ad-hoc queries, and the
 * bulk load through COPY. Native calls on a connection run one at a time.
 */
import type { Connection, PreparedStatement, QueryResult } from '@ladybugdb/core';
import { rmSync } from 'node:fs';
import path from 'node:path';
import {
  GraphStoreError,
  type AdHocOptions,
  type AdHocResult,
  type BulkTarget,
  type GraphWriter,
  type Params,
  type Row,
} from '../graph-store.js';
import { getQuery, type QueryName } from '../query-catalog.js';
import { embeddedTableDdl, quoteName } from '../ddl.js';
import { TABLES, type Table, type TableName } from '../schema.js';
import { rowToPlain } from '../values.js';
import { writeCsv } from '../csv-writer.js';
import { checkedRows, rowHeader } from '../store-rows.js';
import { WriteQueue } from '../write-queue.js';

/** What a session needs from its store: the query counter and a folder for COPY files. */
export interface SessionHost {
  countQuery(): void;
  tempDir(): string;
}

const READ_ONLY_REFUSAL = 'refused: this query would write to the graph, and only reads are allowed here';

function closeResults(r: QueryResult | QueryResult[]): Row[] {
  const results = Array.isArray(r) ? r : [r];
  let rows: Row[] = [];
  for (const res of results) {
    // getNextSync in a loop is ~10x faster than the async getAll() on large results.
    rows = [];
    while (res.hasNext()) rows.push(rowToPlain(res.getNextSync()!));
    res.close();
  }
  return rows;
}

export class LadybugSession implements GraphWriter {
  private readonly prepared = new Map<string, PreparedStatement>();
  /**
   * One native call at a time per connection: Ladybug 0.19.1 crashes the process (SIGSEGV) when two
   * prepares of the same statement overlap on one connection. Concurrency comes from several connections.
   */
  private readonly lane = new WriteQueue();

  constructor(
    readonly conn: Connection,
    private readonly host: SessionHost,
  ) {}

  run(text: string, params: Params = {}): Promise<Row[]> {
    this.host.countQuery();
    return this.lane.run(async () => {
      try {
        return closeResults(await this.execute(text, params));
      } catch (e) {
        return rethrow(e);
      }
    });
  }

  /** Runs `text` and hands its rows to `onRow` one at a time (no array of the whole result); returns the count. */
  eachRow(text: string, params: Params, onRow: (row: Row) => void): Promise<number> {
    this.host.countQuery();
    return this.lane.run(async () => {
      let r: QueryResult | QueryResult[];
      try {
        r = await this.execute(text, params);
      } catch (e) {
        return rethrow(e);
      }
      const results = Array.isArray(r) ? r : [r];
      const last = results[results.length - 1];
      let n = 0;
      try {
        while (last.hasNext()) {
          onRow(rowToPlain(last.getNextSync()!));
          n++;
        }
      } finally {
        for (const x of results) x.close();
      }
      return n;
    });
  }

  compileError(text: string): Promise<string | null> {
    return this.lane.run(async () => {
      const ps = await this.conn.prepare(text);
      return ps.isSuccess() ? null : ps.getErrorMessage();
    });
  }

  /** Runs `text`: as it is without parameters, else through its cached prepared statement; call only inside the lane. */
  private async execute(text: string, params: Params): Promise<QueryResult | QueryResult[]> {
    if (Object.keys(params).length === 0) return this.conn.query(text);
    return this.conn.execute(await this.prepare(text), params as never);
  }

  /** A cached prepared statement; call only inside the lane. */
  private async prepare(text: string): Promise<PreparedStatement> {
    let ps = this.prepared.get(text);
    if (!ps) {
      ps = await this.conn.prepare(text);
      if (!ps.isSuccess()) throw new GraphStoreError(ps.getErrorMessage(), 'QUERY');
      this.prepared.set(text, ps);
    }
    return ps;
  }

  query<R extends Row = Row>(name: QueryName, params?: Params): Promise<R[]> {
    return this.run(getQuery(name, 'embedded').text, params) as Promise<R[]>;
  }

  cypher(text: string, params: Params = {}, options: AdHocOptions = {}): Promise<AdHocResult> {
    this.host.countQuery();
    return this.lane.run(() => this.cypherInLane(text, params, options));
  }

  private async cypherInLane(text: string, params: Params, options: AdHocOptions): Promise<AdHocResult> {
    const ps = await this.conn.prepare(text);
    if (!ps.isSuccess()) {
      const message = ps.getErrorMessage();
      if (/read-only database/i.test(message)) throw new GraphStoreError(READ_ONLY_REFUSAL, 'READ_ONLY');
      throw new GraphStoreError(message, 'QUERY');
    }
    if (options.readOnly && !ps.isReadOnly()) {
      throw new GraphStoreError(READ_ONLY_REFUSAL, 'READ_ONLY');
    }
    const r = await this.conn.execute(ps, params as never).catch(rethrow);
    const res = Array.isArray(r) ? r[r.length - 1] : r;
    const columns = await res.getColumnNames();
    const rows: Row[] = [];
    const max = options.maxRows ?? Infinity;
    let truncated = false;
    while (res.hasNext()) {
      const row = res.getNextSync();
      if (!row) break;
      if (rows.length >= max) {
        truncated = true;
        break;
      }
      rows.push(rowToPlain(row));
    }
    for (const x of Array.isArray(r) ? r : [r]) x.close();
    return { columns, rows, truncated };
  }

  /** DROP and re-CREATE in the transaction: ~10x faster than deleting 100k edges one by one. */
  async clearTables(tables: TableName[]): Promise<void> {
    const specs = tables.map((t) => TABLES[t]);
    const ordered = [...specs.filter((t) => t.kind === 'rel'), ...specs.filter((t) => t.kind === 'node')];
    for (const t of ordered) await this.run(`DROP TABLE IF EXISTS ${quoteName(t.name)}`);
    for (const t of ordered.reverse()) await this.run(embeddedTableDdl(t));
  }

  /** Forgets the prepared statements (after tables were renamed); runs in the lane, after what is queued. */
  forgetPrepared(): Promise<void> {
    return this.lane.run(async () => this.prepared.clear());
  }

  /**
   * Appends rows to a table through COPY. `tableName` maps a schema table's name to the table written (a staging
   * copy of it, see staged-publish.ts); by default the table itself.
   */
  async bulkLoad(target: BulkTarget, rows: Iterable<readonly unknown[]>, tableName: (name: string) => string = (n) => n): Promise<number> {
    const file = await writeBulkFile(this.host, target, rows, tableName);
    try {
      return await this.copyBulkFile(file);
    } finally {
      file.remove();
    }
  }

  /** COPYs a file `writeBulkFile` wrote into its table (the file stays: its writer removes it). */
  async copyBulkFile(file: BulkFile): Promise<number> {
    if (file.count === 0) return 0;
    // The dialect is spelled out and sniffing is off: by default COPY guesses it from the first rows, and a file
    // whose first quoted field comes late (e.g. 420 recommendations without reasons, then JSON) was refused.
    await this.run(
      `COPY ${quoteName(file.table)} FROM '${file.path}' (header=true, delim=',', quote='"', escape='"', auto_detect=false${file.pair})`,
    );
    return file.count;
  }
}

/** Rows written as a CSV file for COPY into `table`. */
export interface BulkFile {
  readonly path: string;
  readonly table: string;
  readonly count: number;
  /** The COPY option naming the node tables of a relationship table that joins several pairs ('' otherwise). */
  readonly pair: string;
  remove(): void;
}

/**
 * Writes `rows` for the target's table (named by `tableName`) to a CSV file in the host's temp folder. No
 * connection is needed: a staged publish writes the next file while the previous one is being copied.
 */
export async function writeBulkFile(
  host: Pick<SessionHost, 'tempDir'>,
  target: BulkTarget,
  rows: Iterable<readonly unknown[]>,
  tableName: (name: string) => string = (n) => n,
): Promise<BulkFile> {
  const schemaName = typeof target === 'string' ? target : target.rel;
  const table: Table = TABLES[schemaName];
  const name = tableName(schemaName);
  const file = path.join(host.tempDir(), `${name}-${Date.now()}-${Math.random().toString(36).slice(2)}.csv`);
  const remove = () => rmSync(file, { force: true });
  try {
    const count = await writeCsv(file, rowHeader(target), checkedRows(target, rows));
    const pair =
      typeof target !== 'string' && table.kind === 'rel' && table.pairs.length > 1
        ? `, from='${tableName(target.from)}', to='${tableName(target.to)}'`
        : '';
    return { path: file, table: name, count, pair, remove };
  } catch (e) {
    remove();
    throw e;
  }
}

function rethrow(e: unknown): never {
  if (e instanceof GraphStoreError) throw e;
  const message = e instanceof Error ? e.message : String(e);
  if (/interrupted|timeout/i.test(message)) throw new GraphStoreError(`query stopped: time limit reached`, 'TIMEOUT', { cause: e });
  throw new GraphStoreError(message, 'QUERY', { cause: e });
}
