/**
 * The embedded store's publish of an analysis run, in transactions of bounded size.
 *
 * Ladybug keeps the pages a transaction writes in its buffer pool until it commits, so a run published in one
 * transaction needs memory that grows with the results: at 30× the bundled data (2.6M SIMILAR and 2.6M
 * RECOMMENDED edges) the analyze process reached 8 GB. Instead:
 *  1. one transaction drops any staging tables a killed publish left and creates empty ones: a copy of each
 *     versioned table (`VERSIONED_TABLES`) named `<table>__staged`, joined to the staged node tables;
 *  2. the run's rows go into the staging tables, at most `rowsPerTransaction` (default `STAGE_ROWS`) per transaction;
 *  3. one small transaction drops the served versioned tables, renames the staging tables in their place and
 *     runs the publication's `makeCurrent` (features, run switch).
 * No query names a staging table, so readers see the previous run until step 3 commits; a publish stopped
 * anywhere leaves the previous run served, and the next publish starts by dropping the leftovers. Ladybug
 * binds prepared statements again when the catalogue changes; the store also forgets its cached ones.
 */
import type { BulkTarget, GraphWriter, Row, RunPublication } from '../graph-store.js';
import { embeddedTableDdl, quoteName } from '../ddl.js';
import { TABLES, VERSIONED_TABLES, type Table } from '../schema.js';
import { writeBulkFile, type LadybugSession } from './ladybug-session.js';

/**
 * A staging transaction ends at this many rows or `STAGE_BYTES` of values. Measured at 30× the bundled data
 * (tmp probe, 1 GiB buffer pool): 500k SIMILAR rows per transaction fit; 500k RECOMMENDED rows (≈ 120 MB of
 * values, the reasons are JSON text) filled the pool, 100k fitted. Fewer, bigger transactions are faster
 * (each COPY into a non-empty table costs seconds), hence the cap by bytes rather than a smaller row count.
 */
export const STAGE_ROWS = 500_000;
export const STAGE_BYTES = 48 * 2 ** 20;

const VERSIONED = new Set<string>(VERSIONED_TABLES);

/** The staging table of a versioned table; other tables (Customer, Product) are themselves. */
export const stagedName = (name: string): string => (VERSIONED.has(name) ? `${name}__staged` : name);

const specs = VERSIONED_TABLES.map((n) => TABLES[n] as Table);
const nodeSpecs = specs.filter((t) => t.kind === 'node');
const relSpecs = specs.filter((t) => t.kind === 'rel');

function stagedDdl(t: Table): string {
  return embeddedTableDdl(
    t.kind === 'node'
      ? { ...t, name: stagedName(t.name) }
      : { ...t, name: stagedName(t.name), pairs: t.pairs.map(([from, to]) => [stagedName(from), stagedName(to)] as const) },
  );
}

export interface StagingHost {
  /** One write transaction on the store's writer session (serialised with every other write). */
  write<T>(work: (session: LadybugSession) => Promise<T>): Promise<T>;
  /** Reads for the publication's writer (`query`, `cypher`): the store's readers. */
  reader: Pick<GraphWriter, 'query' | 'cypher'>;
  /** Rows per staging transaction. */
  rowsPerTransaction: number;
  /** A folder for the COPY files. */
  tempDir(): string;
}

/**
 * Drops the versioned tables under `name` (the served ones, or their staging copies), relationships first: a
 * node table cannot go while a relationship table joins it.
 */
async function dropVersioned(s: LadybugSession, name: (table: string) => string): Promise<void> {
  for (const t of [...relSpecs, ...nodeSpecs]) await s.run(`DROP TABLE IF EXISTS ${quoteName(name(t.name))}`);
}

/**
 * Copies `rows` into the staging copy of the target's table, one transaction per `host.rowsPerTransaction`
 * rows or `STAGE_BYTES` of values, whichever comes first; a node table in one transaction (one COPY). Ladybug
 * answers key lookups on a node table filled by two or more COPYs about five times slower than on one filled by a
 * single COPY (43k CustomerLists rows at 10× the bundled data, one id: 1.9 ms against 0.4 ms; tmp probe): the API
 * reads the run's node tables by key. The CSV file of the next transaction is written while
 * the store copies the previous one (COPY runs on the store's own thread): at 10× the bundled data, writing a
 * RECOMMENDED file took about 2 s and copying it about 3 s, one after the other.
 */
async function stageRows(host: StagingHost, target: BulkTarget, rows: Iterable<readonly unknown[]>): Promise<number> {
  const it = rows[Symbol.iterator]();
  let ended = false;
  const whole = typeof target === 'string' && (TABLES[target as keyof typeof TABLES] as Table).kind === 'node';
  function* chunk(): Generator<readonly unknown[]> {
    let bytes = 0;
    for (let i = 0; whole || (i < host.rowsPerTransaction && bytes < STAGE_BYTES); i++) {
      const next = it.next();
      if (next.done) {
        ended = true;
        return;
      }
      for (const v of next.value) bytes += typeof v === 'string' ? v.length : 8;
      yield next.value;
    }
  }
  let total = 0;
  let copying: Promise<number> | null = null;
  try {
    while (!ended) {
      const file = await writeBulkFile(host, target, chunk(), stagedName);
      try {
        if (copying) total += await copying;
      } catch (e) {
        file.remove();
        throw e;
      }
      copying = host.write((s) => s.copyBulkFile(file)).finally(() => file.remove());
    }
    if (copying) total += await copying;
  } finally {
    // A failed file write must not leave the last COPY's rejection unhandled.
    copying?.catch(() => {});
  }
  return total;
}

/** The writer `publication.write` gets: bulk loads go to the staging tables; reads go to the store. */
function stagingWriter(host: StagingHost): GraphWriter {
  return {
    bulkLoad: (target, rows) => stageRows(host, target, rows),
    query: <R extends Row = Row>(...args: Parameters<GraphWriter['query']>) => host.reader.query<R>(...args),
    cypher: (...args) => host.reader.cypher(...args),
    clearTables: () => Promise.reject(new Error('a staged publish writes into fresh staging tables: nothing to clear')),
  };
}

export async function stagedPublish<T>(host: StagingHost, publication: RunPublication<T>): Promise<T> {
  await host.write(async (s) => {
    await dropVersioned(s, stagedName);
    for (const t of [...nodeSpecs, ...relSpecs]) await s.run(stagedDdl(t));
  });
  const written = await publication.write(stagingWriter(host));
  const exclusive = publication.exclusive ?? ((step) => step());
  await exclusive(() =>
    host.write(async (s) => {
      await dropVersioned(s, (table) => table);
      for (const t of [...nodeSpecs, ...relSpecs])
        await s.run(`ALTER TABLE ${quoteName(stagedName(t.name))} RENAME TO ${quoteName(t.name)}`);
      await s.forgetPrepared();
      await publication.makeCurrent(s, written);
    }),
  );
  return written;
}
