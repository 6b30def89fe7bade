/**
 * Pure helpers of the Neo4j adapter (unit-tested without a server): how
 * parameters and bulk rows are shaped for the driver, and the generated
 * bulk-load statements.
 */
import neo4j from 'neo4j-driver';
import { quoteName } from '../ddl.js';
import type { BulkTarget, Params } from '../graph-store.js';
import { TABLES, type Column, type Table, type TableName } from '../schema.js';

/**
 * JS numbers are floats to Neo4j; whole numbers in parameters (LIMIT, SKIP,
 * counts, ids) must be sent as Integer or Neo4j rejects or mistypes them.
 */
export function shapeParam(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(shapeParam);
  if (value && typeof value === 'object' && value.constructor === Object) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shapeParam(v)]));
  }
  return value;
}

export function shapeParams(params: Params = {}): Params {
  return shapeParam(params) as Params;
}

/** A bulk row (values in column order) as a map, typed per column. */
export function shapeBulkRow(columns: readonly Column[], row: unknown[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  columns.forEach((c, i) => {
    const v = row[i];
    if (v === null || v === undefined || v === '') out[c.name] = null;
    else if (c.type === 'INT64') out[c.name] = neo4j.int(Number(v));
    else if (c.type === 'DOUBLE') out[c.name] = Number(v);
    else if (c.type === 'BOOLEAN') out[c.name] = Boolean(v);
    else out[c.name] = v;
  });
  return out;
}

export interface BulkPlan {
  statement: string;
  toParams(rows: unknown[][]): Params;
}

/** The statement and parameter shaping for one bulk-load target. */
export function bulkPlan(target: BulkTarget): BulkPlan {
  const name = typeof target === 'string' ? target : target.rel;
  const table = TABLES[name];
  if (table.kind === 'node') {
    // A run's results are keyed by (id, run): two runs' `S0` coexist while a run is published in batches.
    const key = (table as Table).versioned ? '{id: r.id, run: r.run}' : '{id: r.id}';
    return {
      statement: `UNWIND $rows AS r MERGE (n:${quoteName(name)} ${key}) SET n += r`,
      toParams: (rows) => ({ rows: rows.map((row) => shapeBulkRow(table.columns, row)) }),
    };
  }
  const [from, to] = typeof target === 'string' ? table.pairs[0] : [target.from, target.to];
  // An end node that is itself a run's result (a Segment, a Rule) is the one of the edge's run.
  const end = (t: string, id: string) => ((TABLES[t as TableName] as Table).versioned ? `{id: ${id}, run: r.props.run}` : `{id: ${id}}`);
  return {
    statement:
      `UNWIND $rows AS r MATCH (a:${quoteName(from)} ${end(from, 'r.from')}) MATCH (b:${quoteName(to)} ${end(to, 'r.to')}) ` +
      `CREATE (a)-[e:${quoteName(name)}]->(b) SET e = r.props`,
    toParams: (rows) => ({
      rows: rows.map((row) => ({
        from: String(row[0]),
        to: String(row[1]),
        props: shapeBulkRow(table.columns, row.slice(2)),
      })),
    }),
  };
}
