/**
 * How values travel to Neo4j (pure, unit-tested without a server).
 *
 * The driver sends a JS number as a Cypher FLOAT and a `neo4j.int` as an
 * INTEGER. Bulk rows are shaped exactly once, by the schema's column types
 * (`schema.ts`): a DOUBLE column always leaves as a float, even when the
 * value is whole (3.0 stays FLOAT, so `total / 2` stays 1.5 in Cypher), an
 * INT64 column always as an integer, and a value that does not fit its
 * column is refused with the table, row and column named. Parameters of
 * named and ad-hoc queries have no schema: whole numbers become integers
 * there (LIMIT, SKIP and counts must be INTEGER in Neo4j).
 */
import neo4j from 'neo4j-driver';
import { GraphStoreError, type Params } from '../graph-store.js';
import type { Column, ColumnType } from '../schema.js';

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

/** Where a value came from, for the error message. */
export interface ValueOrigin {
  table: string;
  /** 1-based row number within the load. */
  row: number;
}

function refuse(origin: ValueOrigin, column: Column, value: unknown, why: string): never {
  const shown = typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : String(value);
  throw new GraphStoreError(`${origin.table} row ${origin.row}, column ${column.name} (${column.type}): ${shown} ${why}`, 'VALUE');
}

function toFloat(origin: ValueOrigin, column: Column, v: unknown): number {
  const x = typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : typeof v === 'string' ? Number(v) : NaN;
  if (typeof v !== 'number' && Number.isNaN(x)) refuse(origin, column, v, 'is not a number');
  return x; // a JS number: the driver sends it as FLOAT whatever its value
}

function toInteger(origin: ValueOrigin, column: Column, v: unknown): unknown {
  if (typeof v === 'bigint') return neo4j.int(v.toString());
  const x = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  if (!Number.isInteger(x)) refuse(origin, column, v, 'is not an integer');
  if (!Number.isSafeInteger(x)) refuse(origin, column, v, 'is outside the exactly representable integers (±2^53)');
  return neo4j.int(x);
}

function shapeValue(origin: ValueOrigin, column: Column, v: unknown): unknown {
  if (v === null || v === undefined || v === '') return null;
  const type: ColumnType = column.type;
  switch (type) {
    case 'INT64':
      return toInteger(origin, column, v);
    case 'DOUBLE':
      return toFloat(origin, column, v);
    case 'BOOLEAN':
      return Boolean(v);
    case 'DOUBLE[]':
      if (!Array.isArray(v)) refuse(origin, column, v, 'is not a list');
      return v.map((x) => toFloat(origin, column, x));
    case 'STRING[]':
      if (!Array.isArray(v)) refuse(origin, column, v, 'is not a list');
      return v.map(String);
    case 'STRING':
      return typeof v === 'string' ? v : String(v);
  }
}

/** A bulk row (values in column order) as a map, each value typed by its column. */
export function shapeBulkRow(
  columns: readonly Column[],
  row: readonly unknown[],
  origin: ValueOrigin = { table: '?', row: 0 },
): Record<string, unknown> {
  if (row.length !== columns.length) {
    throw new GraphStoreError(
      `${origin.table} row ${origin.row}: ${row.length} values for ${columns.length} columns (${columns.map((c) => c.name).join(', ')})`,
      'VALUE',
    );
  }
  const out: Record<string, unknown> = {};
  for (let i = 0; i < columns.length; i++) out[columns[i].name] = shapeValue(origin, columns[i], row[i]);
  return out;
}
