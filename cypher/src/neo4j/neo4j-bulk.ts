/**
 * Bulk loads on Neo4j (pure: statements and batches, no driver calls).
 *
 * Every statement is idempotent where it can be and reports the rows it
 * could not write, so a load can be sent as bounded batches, each its own
 * transaction, and re-run after a crash:
 * - node rows MERGE by `id` and set the row's properties;
 * - relationship rows MERGE between their two ends (one edge per pair);
 * - tables with several edges per pair (order lines, experiment events)
 *   cannot be keyed by their ends: they are CREATEd. Order lines are written
 *   once per order (`completePerStart`), so in a resumable load their rows
 *   travel grouped by start node and a start node that already has edges of
 *   the type is skipped whole (its group was committed before).
 * A relationship row whose end node does not exist comes back from the
 * statement, and the adapter fails the batch naming it: nothing is dropped
 * silently.
 */
import { quoteName } from '../ddl.js';
import type { BulkTarget, Params } from '../graph-store.js';
import { TABLES, type RelTable, type Table, type TableName } from '../schema.js';
import { shapeBulkRow } from './neo4j-shaping.js';

export const DEFAULT_BATCH_ROWS = 10_000;

/** A rejected relationship row, as the statement returns it. */
export interface MissingEnd {
  row: number;
  from: string;
  to: string;
  missingFrom: boolean;
}

export interface BulkBatch {
  params: Params;
  /** Rows in this batch. */
  rows: number;
}

export interface BulkPlan {
  table: TableName;
  /** The Cypher sent for every batch; relationship statements return the rows with a missing end. */
  statement: string;
  fromLabel?: string;
  toLabel?: string;
  /** Splits the rows into batches of about `size` rows, shaping each value by its column type. */
  batches(rows: Iterable<readonly unknown[]>, size: number): Generator<BulkBatch>;
}

export interface PlanOptions {
  /** Batches will be separate transactions and a load may be re-run: use the resumable statements. */
  resumable?: boolean;
}

const MISSING = 'WITH r, a, b WHERE a IS NULL OR b IS NULL\nRETURN r.row AS row, r.from AS from, r.to AS to, a IS NULL AS missingFrom';

/** A run's results (versioned tables) are keyed by (id, run): two runs' `S0` coexist while a run is published. */
const versioned = (name: string) => (TABLES[name as TableName] as Table).versioned === true;

function nodeStatement(label: string): string {
  return `UNWIND $rows AS r\nMERGE (n:${quoteName(label)} ${versioned(label) ? '{id: r.id, run: r.run}' : '{id: r.id}'})\nSET n += r`;
}

/** How a relationship row finds an end node: a run's Segment or Rule is the one of the edge's own run. */
const endKey = (label: string, id: string) => (versioned(label) ? `{id: ${id}, run: r.props.run}` : `{id: ${id}}`);

function pairStatement(rel: string, from: string, to: string, create: boolean): string {
  // A run's edge is merged with its run: the previous run's edge between the same two nodes stays as it is.
  const key = versioned(rel) ? ' {run: r.props.run}' : '';
  return [
    'UNWIND $rows AS r',
    `OPTIONAL MATCH (a:${quoteName(from)} ${endKey(from, 'r.from')})`,
    `OPTIONAL MATCH (b:${quoteName(to)} ${endKey(to, 'r.to')})`,
    `FOREACH (_ IN CASE WHEN a IS NULL OR b IS NULL THEN [] ELSE [1] END |\n  ${create ? 'CREATE' : 'MERGE'} (a)-[e:${quoteName(rel)}${key}]->(b) SET e = r.props)`,
    MISSING,
  ].join('\n');
}

function groupedStatement(rel: string, from: string, to: string): string {
  return [
    'UNWIND $groups AS g',
    `OPTIONAL MATCH (a:${quoteName(from)} {id: g.from})`,
    `WITH g, a, CASE WHEN a IS NULL THEN false ELSE NOT EXISTS { (a)-[:${quoteName(rel)}]->() } END AS fresh`,
    'UNWIND g.rows AS r',
    `OPTIONAL MATCH (b:${quoteName(to)} {id: r.to})`,
    `FOREACH (_ IN CASE WHEN fresh AND b IS NOT NULL THEN [1] ELSE [] END |\n  CREATE (a)-[e:${quoteName(rel)}]->(b) SET e = r.props)`,
    MISSING,
  ].join('\n');
}

interface RelRow {
  row: number;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

function* chunks<T>(items: Iterable<T>, size: number, weight: (item: T) => number = () => 1): Generator<{ items: T[]; rows: number }> {
  let items_: T[] = [];
  let rows = 0;
  for (const item of items) {
    items_.push(item);
    rows += weight(item);
    if (rows >= size) {
      yield { items: items_, rows };
      items_ = [];
      rows = 0;
    }
  }
  if (items_.length > 0) yield { items: items_, rows };
}

function relRows(table: RelTable, rows: Iterable<readonly unknown[]>): Generator<RelRow> {
  return (function* () {
    let n = 0;
    for (const row of rows) {
      n++;
      const origin = { table: table.name, row: n };
      yield { row: n, from: String(row[0]), to: String(row[1]), props: shapeBulkRow(table.columns, row.slice(2), origin) };
    }
  })();
}

/** The statement and batching for one bulk-load target. */
export function bulkPlan(target: BulkTarget, options: PlanOptions = {}): BulkPlan {
  const name = typeof target === 'string' ? target : target.rel;
  const table = TABLES[name] as Table;
  if (table.kind === 'node') {
    return {
      table: name,
      statement: nodeStatement(name),
      *batches(rows, size) {
        let n = 0;
        const shaped = (function* () {
          for (const row of rows) yield shapeBulkRow(table.columns, row, { table: name, row: ++n });
        })();
        for (const c of chunks(shaped, size)) yield { params: { rows: c.items }, rows: c.rows };
      },
    };
  }
  const [from, to] = typeof target === 'string' ? table.pairs[0] : [target.from, target.to];
  if (table.completePerStart && options.resumable) {
    return {
      table: name,
      statement: groupedStatement(name, from, to),
      fromLabel: from,
      toLabel: to,
      *batches(rows, size) {
        // Every row of one start node in one batch: the whole load is grouped first.
        const groups = new Map<string, RelRow[]>();
        for (const r of relRows(table, rows)) {
          const g = groups.get(r.from);
          if (g) g.push(r);
          else groups.set(r.from, [r]);
        }
        const list = [...groups].map(([id, rs]) => ({ from: id, rows: rs }));
        for (const c of chunks(list, size, (g) => g.rows.length)) yield { params: { groups: c.items }, rows: c.rows };
      },
    };
  }
  return {
    table: name,
    statement: pairStatement(name, from, to, Boolean(table.manyPerPair)),
    fromLabel: from,
    toLabel: to,
    *batches(rows, size) {
      for (const c of chunks(relRows(table, rows), size)) yield { params: { rows: c.items }, rows: c.rows };
    },
  };
}

/** Every bulk statement the adapter can send (for the Cypher lint). */
export function allBulkStatements(): string[] {
  const out = new Set<string>();
  for (const t of Object.values(TABLES)) {
    const targets: BulkTarget[] =
      t.kind === 'node'
        ? [t.name as TableName]
        : t.pairs.map(([from, to]) => ({ rel: t.name as TableName, from: from as TableName, to: to as TableName }));
    for (const target of targets) {
      out.add(bulkPlan(target).statement);
      out.add(bulkPlan(target, { resumable: true }).statement);
    }
  }
  return [...out];
}

/** Deletes the whole table in the current transaction (`write()`: atomic, for analysis-sized tables). */
export function clearStatement(name: TableName): string {
  return TABLES[name].kind === 'rel' ? `MATCH ()-[e:${quoteName(name)}]->()\nDELETE e` : `MATCH (n:${quoteName(name)})\nDETACH DELETE n`;
}
