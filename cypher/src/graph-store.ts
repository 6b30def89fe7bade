/**
 * The graph-store port: the one small interface every other part of
 * basketgraph uses to reach the graph, whichever database holds it.
 */
import type { QueryName } from './query-catalog.js';
import type { TableName } from './schema.js';

export type Dialect = 'embedded' | 'neo4j';
export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

export interface AdHocOptions {
  /** Refuse anything that could write, before it reaches the store. */
  readOnly?: boolean;
  /** Stop the query after this many milliseconds. */
  timeoutMs?: number;
  /** Return at most this many rows (the caller is told via `truncated`). */
  maxRows?: number;
}

export interface AdHocResult {
  columns: string[];
  rows: Row[];
  truncated: boolean;
}

/** A bulk-load target: a node table, or a relationship table and the node tables it joins. */
export type BulkTarget = TableName | { rel: TableName; from: TableName; to: TableName };

/** One batch of a bulk load committed (by `writeInBatches`). */
export interface BatchProgress {
  table: TableName;
  /** 1-based batch number within this table's load. */
  batch: number;
  /** Rows in this batch, and in this table's load so far. */
  rows: number;
  rowsSoFar: number;
}

export interface BatchOptions {
  onBatch?: (progress: BatchProgress) => void;
}

export interface GraphReader {
  /** Runs one of the named queries in `cypher/queries/`. */
  query<R extends Row = Row>(name: QueryName, params?: Params): Promise<R[]>;
  /** Runs Cypher text (ad-hoc or generated); used by the CLI, the admin API and tests. */
  cypher(text: string, params?: Params, options?: AdHocOptions): Promise<AdHocResult>;
}

/** A reader that can hand a large result over one row at a time instead of as one array (the embedded store). */
export interface RowStreamingReader extends GraphReader {
  /** Calls `onRow` for every row of the named query, in order, as the store produces them; returns the count. */
  eachRow<R extends Row = Row>(name: QueryName, params: Params, onRow: (row: R) => void): Promise<number>;
}

/**
 * Every row of a named query, one at a time: streamed where the store streams (embedded), else read whole
 * first (Neo4j: a transaction function may be retried, and a retry must not hand rows over twice).
 */
export async function forEachRow<R extends Row = Row>(
  reader: GraphReader,
  name: QueryName,
  params: Params,
  onRow: (row: R) => void,
): Promise<number> {
  if (typeof (reader as Partial<RowStreamingReader>).eachRow === 'function')
    return (reader as RowStreamingReader).eachRow<R>(name, params, onRow);
  const rows = await reader.query<R>(name, params);
  for (const row of rows) onRow(row);
  return rows.length;
}

export interface GraphWriter extends GraphReader {
  /**
   * Appends rows (values in the table's column order, see `schema.ts`) to a
   * node or relationship table. Relationship rows start with the two end ids.
   * Returns the number of rows written.
   */
  bulkLoad(target: BulkTarget, rows: Iterable<readonly unknown[]>): Promise<number>;
  /**
   * Empties whole tables (with their relationships) inside the transaction.
   * Relationship tables must be listed along with the node tables they join.
   */
  clearTables(tables: TableName[]): Promise<void>;
}

/**
 * One analysis run's results on their way into the graph. The model is the same on both stores: every row
 * of a versioned table (`VERSIONED_TABLES`) carries the run id in its `run` column, and readers see only
 * the rows of the run marked `(:AnalysisRun {current: true})`.
 */
export interface RunPublication<T> {
  /** The run being published; `write` tags every versioned row with it. */
  runId: string;
  /** Writes the run's results. The store decides the transactions (one, or one per bounded batch). */
  write(w: GraphWriter): Promise<T>;
  /** One transaction that marks the run current (query `analysis-run-switch`) and changes what must change with it. */
  makeCurrent(tx: GraphWriter, written: T): Promise<void>;
  /** Wraps the step that changes what readers see (a server passes its request gate). */
  exclusive?: <R>(step: () => Promise<R>) => Promise<R>;
}

export interface GraphStore extends GraphReader {
  readonly dialect: Dialect;
  /** Where the graph lives: a path or a URL without credentials. */
  readonly location: string;
  readonly readOnly: boolean;
  /** Creates the tables/constraints the product needs; safe to call on every start. */
  ensureSchema(): Promise<void>;
  /**
   * Runs `work` in one write transaction: all of it lands, or none of it.
   * Writes are serialised: a second call waits for the first.
   */
  write<T>(work: (tx: GraphWriter) => Promise<T>): Promise<T>;
  /**
   * Publishes a run's results and makes it current; readers see the previous run's results until then, and
   * a publish stopped at any point leaves them served. Results of other runs (the previous one, or the
   * leftovers of a run that was killed) are removed. The embedded store writes staging tables in bounded
   * transactions and swaps them in with the switch (staged-publish.ts); Neo4j writes in bounded batches,
   * each its own transaction, switches in one small transaction, then removes the other runs' rows in batches.
   */
  publishRun<T>(publication: RunPublication<T>): Promise<T>;
  /**
   * Runs a large write (an import) that must not be held in one transaction
   * on a server store. Neo4j: every bulk load goes out in bounded batches and
   * every other statement alone, each its own retried transaction; loads are
   * idempotent (MERGE by key) and `clearTables` deletes in batches, so work
   * killed half-way is finished by running it again — but readers can see it
   * half done. Embedded: one transaction, exactly like `write()` (atomic, and
   * the fastest there; `onBatch` is not called). Serialised with `write()`.
   */
  writeInBatches<T>(work: (tx: GraphWriter) => Promise<T>, options?: BatchOptions): Promise<T>;
  /** Counts the store's queries (for tests that check batching). */
  readonly queryCount: number;
  close(): Promise<void>;
}

/** A server a process runs on the graph it holds, recorded beside the lock for commands in other processes. */
export interface ServedAt {
  /** Where clients on this machine reach it, e.g. `http://127.0.0.1:4000`. */
  url: string;
  /** The only directory its import mutation reads files from. */
  importDir?: string;
}

/** Who holds the embedded graph for writing, as recorded beside it (`<graph>.owner.json`). */
export interface LockHolder {
  pid: number;
  owner: string;
  since: string;
  server?: ServedAt;
}

/** A failure the user can act on: the message names the cause in plain words. */
export class GraphStoreError extends Error {
  /** LOCKED: the live process that holds the graph, when it recorded itself. */
  readonly holder?: LockHolder;

  constructor(
    message: string,
    readonly code: 'LOCKED' | 'READ_ONLY' | 'QUERY' | 'TIMEOUT' | 'CONNECTION' | 'SCHEMA' | 'VALUE' | 'MISSING_NODE',
    options?: { cause?: unknown; holder?: LockHolder },
  ) {
    super(message, options);
    this.name = 'GraphStoreError';
    if (options?.holder) this.holder = options.holder;
  }
}
