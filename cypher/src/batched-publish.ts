/**
 * Publishing a run in bounded batches, over the store port alone (the Neo4j
 * adapter's `publishRun`): remove what killed runs left, write the results
 * in batches (each its own transaction: batch-writer.ts), switch the current
 * run in one small transaction, then remove the previous run's rows in
 * batches. Readers filter by the current run, so they never see a
 * half-written run; a publish stopped anywhere leaves the previous run
 * current, and the next one cleans up.
 */
import type { GraphStore, RunPublication } from './graph-store.js';
import { BatchWriter, deleteInBatches, portTransactions, relsFirst, type BatchTransactions } from './batch-writer.js';
import { quoteName } from './ddl.js';
import { TABLES, VERSIONED_TABLES, type TableName } from './schema.js';

/** Rows per write transaction (and per delete transaction). */
export const PUBLISH_BATCH = 5_000;

/** Deletes up to $batch rows of a versioned table that belong to any run but $keep (or to none); returns `deleted`. */
export function removeRunRowsStatement(table: TableName): string {
  return TABLES[table].kind === 'rel'
    ? `MATCH ()-[e:${quoteName(table)}]->() WHERE e.run IS NULL OR e.run <> $keep WITH e LIMIT $batch DELETE e RETURN count(*) AS deleted`
    : `MATCH (x:${quoteName(table)}) WHERE x.run IS NULL OR x.run <> $keep WITH x LIMIT $batch DETACH DELETE x RETURN count(*) AS deleted`;
}

/** Deletes up to $batch rows of a versioned table that belong to run $run: an equality the `run` index answers. */
export function removeRunStatement(table: TableName): string {
  return TABLES[table].kind === 'rel'
    ? `MATCH ()-[e:${quoteName(table)}]->() WHERE e.run = $run WITH e LIMIT $batch DELETE e RETURN count(*) AS deleted`
    : `MATCH (x:${quoteName(table)}) WHERE x.run = $run WITH x LIMIT $batch DETACH DELETE x RETURN count(*) AS deleted`;
}

/**
 * Removes, batch by batch, every versioned row whose run is not `keep` (all of them when `keep` is null).
 * The rows of `previous` (the run just replaced: most of what goes) are found through the `run` index, so each
 * batch costs its own rows; a last sweep by `<> $keep` (a scan, which ends at its first short batch) takes what
 * is left: rows of killed runs or of none.
 */
export async function removeOtherRuns(t: BatchTransactions, keep: string | null, previous?: string): Promise<number> {
  let removed = 0;
  // Relationships first, so node deletes stay small.
  for (const table of relsFirst(VERSIONED_TABLES)) {
    if (previous && previous !== keep) removed += await deleteInBatches(t, removeRunStatement(table), { run: previous });
    removed += await deleteInBatches(t, removeRunRowsStatement(table), { keep: keep ?? '' });
  }
  return removed;
}

export async function publishInBatches<T>(store: GraphStore, publication: RunPublication<T>, batch = PUBLISH_BATCH): Promise<T> {
  const t = portTransactions(store, batch);
  const [current] = await store.query<{ id: string }>('current-run');
  await removeOtherRuns(t, current?.id ?? null);
  const written = await publication.write(new BatchWriter(t));
  const exclusive = publication.exclusive ?? ((step) => step());
  await exclusive(() => store.write((tx) => publication.makeCurrent(tx, written)));
  await removeOtherRuns(t, publication.runId, current?.id);
  return written;
}
