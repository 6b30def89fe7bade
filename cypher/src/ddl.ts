/**
 * DDL for each dialect, derived from the table specs in `schema.ts`.
 * `npm run schema:write -w cypher` writes them to `cypher/schema/`.
 */
import type { Dialect } from './graph-store.js';
import { NODE_TABLES, REL_TABLES, type Column, type Table } from './schema.js';
import type { QueryName } from './query-catalog.js';

/**
 * Named queries `ensureSchema` runs after the DDL, on both stores: they fill derived columns that graphs made
 * before the column lack (and are idempotent, cheap once filled).
 */
export const SCHEMA_BACKFILLS: readonly QueryName[] = ['customers-buyer-update'];

/** Backticks a name (labels such as `Order` and `THEN` are reserved words). */
export const quoteName = (name: string) => `\`${name}\``;

const columnDdl = (c: Column) => `${c.name} ${c.type}`;

/** The embedded store's CREATE statement for one table. */
export function embeddedTableDdl(t: Table): string {
  if (t.kind === 'node') {
    return `CREATE NODE TABLE IF NOT EXISTS ${quoteName(t.name)}(${t.columns.map(columnDdl).join(', ')}, PRIMARY KEY(id))`;
  }
  const parts = [...t.pairs.map(([from, to]) => `FROM ${quoteName(from)} TO ${quoteName(to)}`), ...t.columns.map(columnDdl)];
  const storage = t.forwardOnly ? " WITH (storage_direction = 'fwd')" : '';
  return `CREATE REL TABLE IF NOT EXISTS ${quoteName(t.name)}(${parts.join(', ')})${storage}`;
}

export function embeddedDdl(): string[] {
  return [...NODE_TABLES, ...REL_TABLES].map(embeddedTableDdl);
}

export function neo4jDdl(): string[] {
  // A run's results (versioned) are unique by (id, run); graphs made before runs were versioned had `id` alone.
  const constraints = NODE_TABLES.flatMap((t) =>
    t.versioned
      ? [
          `DROP CONSTRAINT ${t.name.toLowerCase()}_id IF EXISTS`,
          `CREATE CONSTRAINT ${t.name.toLowerCase()}_id_run IF NOT EXISTS FOR (n:${quoteName(t.name)}) REQUIRE (n.id, n.run) IS UNIQUE`,
        ]
      : [`CREATE CONSTRAINT ${t.name.toLowerCase()}_id IF NOT EXISTS FOR (n:${quoteName(t.name)}) REQUIRE n.id IS UNIQUE`],
  );
  const indexes = NODE_TABLES.flatMap((t) =>
    (t.indexes ?? []).map((p) => `CREATE INDEX ${t.name.toLowerCase()}_${p} IF NOT EXISTS FOR (n:${quoteName(t.name)}) ON (n.${p})`),
  );
  const relIndexes = REL_TABLES.flatMap((t) =>
    (t.indexes ?? []).map((p) => `CREATE INDEX ${t.name.toLowerCase()}_${p} IF NOT EXISTS FOR ()-[e:${quoteName(t.name)}]-() ON (e.${p})`),
  );
  return [...constraints, ...indexes, ...relIndexes];
}

export function ddlFor(dialect: Dialect): string[] {
  return dialect === 'embedded' ? embeddedDdl() : neo4jDdl();
}

/** The text of `cypher/schema/<dialect>.cypher`. */
export function schemaFileText(dialect: Dialect): string {
  const header =
    dialect === 'embedded'
      ? '// Graph schema for the embedded store (Ladybug). Generated from cypher/src/schema.ts:\n// npm run schema:write -w cypher. Do not edit by hand.\n'
      : '// Constraints and indexes for Neo4j 5. Generated from cypher/src/schema.ts:\n// npm run schema:write -w cypher. Do not edit by hand.\n// Neo4j needs no table DDL; the properties are the ones in schema/embedded.cypher.\n';
  return `${header}\n${ddlFor(dialect)
    .map((s) => `${s};`)
    .join('\n')}\n`;
}
