/**
 * The embedded adapter: an on-disk Ladybug database in this process.
 * One writer at a time (serialised here, and across processes by the
 * database's file lock, which we report with the holder's name).
 */
import lbug from '@ladybugdb/core';
import type { Database } from '@ladybugdb/core';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  GraphStoreError,
  type AdHocOptions,
  type AdHocResult,
  type BatchOptions,
  type GraphStore,
  type GraphWriter,
  type LockHolder,
  type Params,
  type ServedAt,
  type Row,
  type RunPublication,
  type RowStreamingReader,
} from '../graph-store.js';
import { getQuery, type QueryName } from '../query-catalog.js';
import { parsePlan, type PlanOperator } from './explain-plan.js';
import { embeddedDdl, quoteName, SCHEMA_BACKFILLS } from '../ddl.js';
import { TABLES } from '../schema.js';
import { WriteQueue } from '../write-queue.js';
import { LadybugSession } from './ladybug-session.js';
import { STAGE_ROWS, stagedPublish } from './staged-publish.js';

export interface EmbeddedOptions {
  readOnly?: boolean;
  /** Buffer pool size in bytes (default 1 GiB; caps memory of big queries). */
  bufferPoolBytes?: number;
  /** Who holds the write lock, recorded beside the database for error messages. */
  owner?: string;
  /** The server this process runs on the graph, recorded beside the lock so other processes can use it. */
  server?: ServedAt;
  /**
   * Connections that serve key lookups (queries declared `Plan: key lookup`), one thread each (default 3);
   * 0 sends them to the general readers like any other query (the behaviour before; kept for side-by-side benches).
   */
  keyLookupReaders?: number;
  /** Rows per transaction while a run's results are staged (default STAGE_ROWS; see staged-publish.ts). */
  publishRowsPerTransaction?: number;
}

/**
 * Key lookups run on connections of their own, one thread per query: a key lookup touches a few dozen rows,
 * so a second thread only adds scheduling (measured in bench/results/store-path.md), one thread keeps the
 * store's ORDER BY right (cypher/README.md), and a long analytical read on the general readers never queues
 * a key lookup behind it.
 */
const KEY_LOOKUP_THREADS = 1;

/** The parameter the store fills with the current analysis run's id when a query takes it and the caller gave none. */
const CURRENT_RUN = 'currentRun';

const ownerFile = (dbPath: string) => `${dbPath}.owner.json`;

/** The recorded holder of the lock, if that process is still alive. */
function liveHolder(dbPath: string): LockHolder | null {
  let h: LockHolder;
  try {
    h = JSON.parse(readFileSync(ownerFile(dbPath), 'utf8')) as LockHolder;
    process.kill(h.pid, 0);
  } catch {
    return null;
  }
  return h;
}

export class LadybugStore implements GraphStore, RowStreamingReader {
  readonly dialect = 'embedded' as const;
  private readonly queue = new WriteQueue();
  private readonly publishes = new WriteQueue();
  private readonly readers: LadybugSession[];
  private readonly keyReaders: LadybugSession[];
  private readonly writer: LadybugSession;
  private nextReader = 0;
  private nextKeyReader = 0;
  /** Bumped after every write transaction: a current-run id read before it is stale. */
  private generation = 0;
  private runId: { generation: number; value: Promise<string> } | null = null;
  private queries = 0;
  private tmp?: string;

  private constructor(
    private readonly db: Database,
    readonly location: string,
    readonly readOnly: boolean,
    keyLookupReaders: number,
    private readonly publishRowsPerTransaction: number,
  ) {
    this.writer = new LadybugSession(new lbug.Connection(db), this);
    this.readers = [1, 2, 3].map(() => new LadybugSession(new lbug.Connection(db), this));
    this.keyReaders = Array.from({ length: keyLookupReaders }, () => {
      const conn = new lbug.Connection(db);
      conn.setMaxNumThreadForExec(KEY_LOOKUP_THREADS);
      return new LadybugSession(conn, this);
    });
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
        const holder = liveHolder(location);
        throw new GraphStoreError(
          `the graph at ${location} is in use by ${holder ? `${holder.owner} (pid ${holder.pid}, since ${holder.since})` : 'another process'}; stop it, or send the change through the running server`,
          'LOCKED',
          { cause: e, holder: holder ?? undefined },
        );
      }
      throw new GraphStoreError(`cannot open the graph at ${location}: ${message}`, 'CONNECTION', { cause: e });
    }
    if (!readOnly) {
      const holder: LockHolder = {
        pid: process.pid,
        owner: options.owner ?? 'basketgraph',
        since: new Date().toISOString(),
        server: options.server,
      };
      writeFileSync(ownerFile(location), JSON.stringify(holder));
    }
    return new LadybugStore(db, location, readOnly, options.keyLookupReaders ?? 3, options.publishRowsPerTransaction ?? STAGE_ROWS);
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

  private reader(): LadybugSession {
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
      for (const name of SCHEMA_BACKFILLS) await this.writer.run(getQuery(name, 'embedded').text);
    });
  }

  private keyReader(): LadybugSession {
    const s = this.keyReaders[this.nextKeyReader];
    this.nextKeyReader = (this.nextKeyReader + 1) % this.keyReaders.length;
    return s;
  }

  async query<R extends Row = Row>(name: QueryName, params: Params = {}): Promise<R[]> {
    const q = getQuery(name, 'embedded');
    const session = this.keyReaders.length > 0 && q.keyLookup ? this.keyReader() : this.reader();
    if (!q.params.includes(CURRENT_RUN)) return session.query<R>(name, params);
    return session.query<R>(name, await this.withCurrentRun(params));
  }

  /** `params` with `$currentRun` set to the current run's id, unless the caller gave one. */
  private async withCurrentRun(params: Params): Promise<Params> {
    return { ...params, [CURRENT_RUN]: params[CURRENT_RUN] ?? (await this.currentRunId()) };
  }

  /** A named query's rows one at a time, from a general reader (the analysis job's input: millions of lines). */
  async eachRow<R extends Row = Row>(name: QueryName, params: Params, onRow: (row: R) => void): Promise<number> {
    const q = getQuery(name, 'embedded');
    const filled = q.params.includes(CURRENT_RUN) ? await this.withCurrentRun(params) : params;
    return this.reader().eachRow(q.text, filled, onRow as (row: Row) => void);
  }

  /**
   * The current run's id ('' before the first run), read once and kept until the next write transaction. Queries
   * that take `$currentRun` get it from here instead of joining `(:AnalysisRun {current: true})` (see
   * api-customer-recommendations-one.embedded.cypher for why): the run only changes in a write, and a write made
   * by this process is the only one this process can see.
   */
  private currentRunId(): Promise<string> {
    if (this.runId?.generation === this.generation) return this.runId.value;
    const entry = {
      generation: this.generation,
      value: this.reader()
        .run('MATCH (r:AnalysisRun {current: true}) RETURN r.id AS id')
        .then((rows) => String(rows[0]?.id ?? '')),
    };
    entry.value.catch(() => {
      if (this.runId === entry) this.runId = null;
    });
    this.runId = entry;
    return entry.value;
  }

  /** The operators of the plan the store makes for `text` (see explain-plan.ts), as a key lookup would run it. */
  async explain(text: string, params: Params = {}): Promise<PlanOperator[]> {
    const rows = await (this.keyReaders[0] ?? this.readers[0]).run(`EXPLAIN ${text}`, params);
    return parsePlan(rows.map((r) => Object.values(r).join('\n')).join('\n'));
  }

  /** Compiles (parses and binds against the schema) without running; null when valid, else the error. */
  compileError(text: string): Promise<string | null> {
    return this.readers[0].compileError(text);
  }

  async cypher(text: string, params?: Params, options: AdHocOptions = {}): Promise<AdHocResult> {
    // An ad-hoc statement may write (the console's admin queries): the current run is read again afterwards.
    try {
      return await this.adHoc(text, params, options);
    } finally {
      this.generation++;
    }
  }

  private async adHoc(text: string, params: Params | undefined, options: AdHocOptions): Promise<AdHocResult> {
    if (!options.timeoutMs) return this.reader().cypher(text, params, options);
    // A time limit gets a connection of its own: the limit is a connection setting and cannot be reset to "none".
    const conn = new lbug.Connection(this.db);
    conn.setQueryTimeout(options.timeoutMs);
    try {
      return await new LadybugSession(conn, this).cypher(text, params, options);
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
      } finally {
        this.generation++;
      }
    });
  }

  /**
   * Staging tables filled in bounded transactions, then one small transaction that swaps them in and marks the
   * run current (staged-publish.ts): the memory a publish needs does not grow with the results. Dropping the
   * previous run's tables is milliseconds where deleting its rows by run takes seconds, and Ladybug keeps one
   * key per node table (a Segment `S0` of two runs cannot coexist in one table), hence tables, not rows, per run.
   */
  async publishRun<T>(publication: RunPublication<T>): Promise<T> {
    if (this.readOnly) throw new GraphStoreError(`the graph at ${this.location} is open read-only`, 'READ_ONLY');
    try {
      // One publish at a time: two would share the staging tables.
      return await this.publishes.run(() =>
        stagedPublish(
          {
            write: (work) => this.write((tx) => work(tx as LadybugSession)),
            reader: this,
            rowsPerTransaction: this.publishRowsPerTransaction,
            tempDir: () => this.tempDir(),
          },
          publication,
        ),
      );
    } finally {
      await Promise.all([...this.readers, ...this.keyReaders].map((s) => s.forgetPrepared()));
    }
  }

  /** One transaction: COPY FROM per table is the fast path here, and atomic. No batches to report. */
  writeInBatches<T>(work: (tx: GraphWriter) => Promise<T>, _options?: BatchOptions): Promise<T> {
    return this.write(work);
  }

  private closed = false;

  /** Closes the database and releases its lock; a second call does nothing. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.queue.run(async () => undefined);
    for (const s of [this.writer, ...this.readers, ...this.keyReaders]) await s.conn.close();
    await this.db.close();
    if (!this.readOnly) rmSync(ownerFile(this.location), { force: true });
    if (this.tmp) rmSync(this.tmp, { recursive: true, force: true });
  }
}
