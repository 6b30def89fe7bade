/**
 * Every statement a Neo4j deployment runs passes Neo4j 5's own semantic
 * analysis (lint/neo4j-lint.ts) with no error and no warning: the named
 * queries (shared and `.neo4j`), the generated schema file, the statements
 * the adapter builds (bulk loads, deletes) and the worked queries of
 * cypher/README.md. The analysis is slow (≈ 0.3–1 s a statement), hence the
 * long limits.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  deleteBatchStatement,
  getQuery,
  loadCatalog,
  removeRunRowsStatement,
  removeRunStatement,
  TABLES,
  VERSIONED_TABLES,
  type TableName,
} from '@basketgraph/cypher';
import { allBulkStatements, clearStatement } from '@basketgraph/cypher/neo4j';
import { lintNeo4j, type Finding } from './lint/neo4j-lint.js';

const LONG = 600_000;

function findings(statements: Record<string, string>): Record<string, Finding[]> {
  const out: Record<string, Finding[]> = {};
  for (const [name, text] of Object.entries(statements)) {
    const f = lintNeo4j(text);
    if (f.length > 0) out[name] = f;
  }
  return out;
}

/** The ```cypher blocks of a Markdown file, by heading. */
export function cypherBlocks(markdown: string): Record<string, string> {
  const out: Record<string, string> = {};
  let heading = '';
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].startsWith('#')) heading = lines[i].replace(/^#+\s*/, '');
    if (lines[i].trim() !== '```cypher') continue;
    const end = lines.indexOf('```', i + 1);
    out[`${heading} (line ${i + 1})`] = lines.slice(i + 1, end).join('\n');
    i = end;
  }
  return out;
}

describe("Neo4j 5 semantic analysis of every statement (Neo4j's language support, no server)", () => {
  it(
    'when a statement has an error then the lint reports it (the check can fail)',
    () => {
      expect(lintNeo4j('MATCH (o:Order) RETURN o.total / count(*) AS x, p')).toContainEqual(
        expect.objectContaining({ severity: 'error', at: 'p' }),
      );
      expect(lintNeo4j('MATCH (c:Customer) RETURN roundd(c.monetary) AS m')).toContainEqual(expect.objectContaining({ severity: 'error' }));
      expect(lintNeo4j('MATCH (c:Custmer) RETURN c.id AS id')).toContainEqual(
        expect.objectContaining({ severity: 'warning', at: 'Custmer' }),
      );
      // What cypher/README.md says about Neo4j: `Order` needs no backticks there and `order` is a fine alias.
      expect(lintNeo4j('MATCH (order:Order) RETURN order.id AS order ORDER BY order')).toEqual([]);
    },
    LONG,
  );

  it(
    'when every named query is analysed as Neo4j runs it (shared or .neo4j) then none has an error or warning',
    () => {
      const names = [...new Set([...loadCatalog().values()].map((q) => q.name))];
      const statements = Object.fromEntries(names.map((n) => [getQuery(n, 'neo4j').file.replace(/.*\//, ''), getQuery(n, 'neo4j').text]));
      expect(Object.keys(statements).length).toBeGreaterThan(60);
      expect(findings(statements)).toEqual({});
    },
    LONG,
  );

  it(
    'when the schema file and the statements the adapter builds are analysed then none has an error or warning',
    () => {
      const schema = readFileSync(new URL('../schema/neo4j.cypher', import.meta.url), 'utf8')
        .replace(/^\/\/.*$/gm, '')
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean);
      const tables = Object.keys(TABLES) as TableName[];
      const statements = Object.fromEntries([
        ...schema.map((s, i) => [`schema/neo4j.cypher #${i + 1}`, s]),
        ...allBulkStatements().map((s, i) => [`bulk #${i + 1}: ${s.split('\n')[1]}`, s]),
        ...tables.map((t) => [`batch delete ${t}`, deleteBatchStatement(t)]),
        ...VERSIONED_TABLES.map((t) => [`remove other runs' ${t}`, removeRunRowsStatement(t)]),
        ...VERSIONED_TABLES.map((t) => [`remove one run's ${t}`, removeRunStatement(t)]),
        ...tables.map((t) => [`clear ${t}`, clearStatement(t)]),
      ]);
      expect(schema.length).toBeGreaterThan(8);
      expect(findings(statements)).toEqual({});
    },
    LONG,
  );

  it(
    'when the worked queries of cypher/README.md are analysed then none has an error or warning',
    () => {
      const blocks = cypherBlocks(readFileSync(new URL('../README.md', import.meta.url), 'utf8'));
      expect(Object.keys(blocks).length).toBeGreaterThan(15);
      expect(findings(blocks)).toEqual({});
    },
    LONG,
  );
});
