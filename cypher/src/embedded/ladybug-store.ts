/**
 * The embedded adapter: an on-disk Ladybug database in this process.
 * One writer at a time (serialised here, and across processes by the
 * database's file lock, which we report with the holder's name).
 */
import lbug from '@ladybugdb/core';
import type { Connection, Database, PreparedStatement, QueryResult } from '@ladybugdb/core';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  GraphStoreError,
  type AdHocOptions,
  type AdHocResult,
  type BulkTarget,
  type GraphStore,
  type GraphWriter,
  type Params,
  type Row,
} from '../graph-store.js';
import { getQuery, type QueryName } from '../query-catalog.js';
import { embeddedDdl, embeddedTableDdl, quoteName } from '../ddl.js';
import { TABLES, type Table, type TableName } from '../schema.js';
import { rowToPlain } from '../values.js';
import { writeCsv } from '../csv-writer.js';
import { WriteQueue } from '../write-queue.js';

export interface EmbeddedOptions {
  readOnly?: boolean;
  /** Buffer pool size in bytes (default 1 GiB; caps memory of big queries). */
  bufferPoolBytes?: number;
  /** Who holds the write lock, recorded beside the database for error messages. */
  owner?: string;
}

interface Holder {
  pid: number;
  owner: string;
  since: string;
}

const READ_ONLY_REFUSAL = 'refused: this query would write to the graph, and only reads are allowed here';

const ownerFile = (dbPath: string) => `${dbPath}.owner.json`;

function describeHolder(dbPath: string): string {
  try {
    const h = JSON.parse(readFileSync(ownerFile(dbPath), 'utf8')) as Holder;
    let alive = true;
    try {
      process.kill(h.pid, 0);
    } catch {
      alive = false;
    }
    return alive ? `${h.owner} (pid ${h.pid}, since ${h.since})` : 'another process';
  } catch {
    return 'another process';
  }
}

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

class Session implements GraphWriter {
  private readonly prepared = new Map<string, PreparedStatement>();
  /**
   * One native call at a time per connection: Ladybug 0.19.1 crashes the process (SIGSEGV) when two
   * prepares of the same statement overlap on one connection. Concurrency comes from several connections.
   */
  private readonly lane = new WriteQueue();

  constructor(
    readonly conn: Connection,
    private readonly store: LadybugStore,
  ) {}

  run(text: string, params: Params = {}): Promise<Row[]> {
    this.store.countQuery();
    return this.lane.run(async () => {
      try {
        if (Object.keys(params).length === 0) return closeResults(await this.conn.query(text));
        return closeResults(await this.conn.execute(await this.prepare(text), params as never));
      } catch (e) {
        return rethrow(text)(e);
      }
    });
  }

  compileError(text: string): Promise<string | null> {
    return this.lane.run(async () => {
      const ps = await this.conn.prepare(text);
      return ps.isSuccess() ? null : ps.getErrorMessage();
    });
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
    this.store.countQuery();
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
    const r = await this.conn.execute(ps, params as never).catch(rethrow(text));
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

  async bulkLoad(target: BulkTarget, rows: Iterable<unknown[]>): Promise<number> {
    const name = typeof target === 'string' ? target : target.rel;
    const table: Table = TABLES[name];
    const header = table.kind === 'rel' ? ['from', 'to', ...table.columns.map((c) => c.name)] : table.columns.map((c) => c.name);
    const file = path.join(this.store.tempDir(), `${name}-${Date.now()}-${Math.random().toString(36).slice(2)}.csv`);
    try {
      const count = await writeCsv(file, header, rows);
      if (count === 0) return 0;
      const pair =
        typeof target !== 'string' && table.kind === 'rel' && table.pairs.length > 1
          ? `, from='${target.from}', to='${target.to}'`
          : '';
      // The dialect is spelled out and sniffing is off: by default COPY guesses it from the first rows, and a file
      // whose first quoted field comes late (e.g. 420 recommendations without reasons, then JSON) was refused.
      await this.run(`COPY ${quoteName(name)} FROM '${file}' (header=true, delim=',', quote='"', escape='"', auto_detect=false${pair})`);
      return count;
    } finally {
      rmSync(file, { force: true });
    }
  }
}

function rethrow(text: string) {
  return (e: unknown): never => {
    if (e instanceof GraphStoreError) throw e;
    const message = e instanceof Error ? e.message : String(e);
    if (/interrupted|timeout/i.test(message)) throw new GraphStoreError(`query stopped: time limit reached`, 'TIMEOUT', { cause: e });
    throw new GraphStoreError(message, 'QUERY', { cause: e });
  };
}

export class LadybugStore implements GraphStore {
  readonly dialect = 'embedded' as const;
  private readonly queue = new WriteQueue();
  private readonly readers: Session[];
  private readonly writer: Session;
  private nextReader = 0;
  private queries = 0;
  private tmp?: string;

  private constructor(
    private readonly db: Database,
    readonly location: string,
    readonly readOnly: boolean,
  ) {
    this.writer = new Session(new lbug.Connection(db), this);
    this.readers = [1, 2, 3].map(() => new Session(new lbug.Connection(db), this));
  }

  static async open(dbPath: string, options: EmbeddedOptions = {}): Promise<LadybugStore> {
    const readOnly = options.readOnly ?? false;
    const location = path.resolve(dbPath);
    if (readOnly && !existsSync(location)) {
      throw new GraphStoreError(`no graph at ${location} yet: import a file first (basketgraph import FILE)`, 'CONNECTION');
    }
    mkdirSync(path.dirname(location), { recursive: true });
    const db = new lbug.Database(location, options.bufferPoolBytes ?? 1 << 30, true, readOnly);
    try {
      await db.init();
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      if (/lock/i.test(message)) {
        throw new GraphStoreError(
          `the graph at ${location} is in use by ${describeHolder(location)}; stop it, or send the change through the running server`,
          'LOCKED',
          { cause: e },
        );
      }
      throw new GraphStoreError(`cannot open the graph at ${location}: ${message}`, 'CONNECTION', { cause: e });
    }
    if (!readOnly) {
      const holder: Holder = { pid: process.pid, owner: options.owner ?? 'basketgraph', since: new Date().toISOString() };
      writeFileSync(ownerFile(location), JSON.stringify(holder));
    }
    return new LadybugStore(db, location, readOnly);
  }

  countQuery(): void {
    this.queries++;
  }

  get queryCount(): number {
    return this.queries;
  }

  tempDir(): string {
    this.tmp ??= mkdtempSync(path.join(os.tmpdir(), 'basketgraph-copy-'));
    return this.tmp;
  }

  private reader(): Session {
    const s = this.readers[this.nextReader];
    this.nextReader = (this.nextReader + 1) % this.readers.length;
    return s;
  }

  async ensureSchema(): Promise<void> {
    if (this.readOnly) return;
    await this.queue.run(async () => {
      for (const statement of embeddedDdl()) await this.writer.run(statement);
      // Graphs made by an older version: add the columns the schema has gained since.
      for (const table of Object.values(TABLES)) {
        const have = new Set((await this.writer.run(`CALL table_info('${table.name}') RETURN name`)).map((r) => r.name));
        for (const c of table.columns) {
          if (!have.has(c.name)) await this.writer.run(`ALTER TABLE ${quoteName(table.name)} ADD ${c.name} ${c.type}`);
        }
      }
    });
  }

  query<R extends Row = Row>(name: QueryName, params?: Params): Promise<R[]> {
    return this.reader().query<R>(name, params);
  }

  /** Compiles (parses and binds against the schema) without running; null when valid, else the error. */
  compileError(text: string): Promise<string | null> {
    return this.readers[0].compileError(text);
  }

  async cypher(text: string, params?: Params, options: AdHocOptions = {}): Promise<AdHocResult> {
    if (!options.timeoutMs) return this.reader().cypher(text, params, options);
    // A time limit gets a connection of its own: the limit is a connection setting and cannot be reset to "none".
    const conn = new lbug.Connection(this.db);
    conn.setQueryTimeout(options.timeoutMs);
    try {
      return await new Session(conn, this).cypher(text, params, options);
    } finally {
      await conn.close();
    }
  }

  write<T>(work: (tx: GraphWriter) => Promise<T>): Promise<T> {
    if (this.readOnly) {
      return Promise.reject(new GraphStoreError(`the graph at ${this.location} is open read-only`, 'READ_ONLY'));
    }
    return this.queue.run(async () => {
      await this.writer.run('BEGIN TRANSACTION');
      try {
        const result = await work(this.writer);
        await this.writer.run('COMMIT');
        return result;
      } catch (e) {
        await this.writer.run('ROLLBACK').catch(() => undefined);
        throw e;
      }
    });
  }

  async close(): Promise<void> {
    await this.queue.run(async () => undefined);
    for (const s of [this.writer, ...this.readers]) await s.conn.close();
    await this.db.close();
    if (!this.readOnly) rmSync(ownerFile(this.location), { force: true });
    if (this.tmp) rmSync(this.tmp, { recursive: true, force: true });
  }
}
