/**
 * Neo4j's own Cypher semantic analysis (@neo4j-cypher/language-support, the
 * engine behind Neo4j's editors), run over statements without a server.
 * The schema it checks against is ours: every label, relationship type and
 * property of `schema.ts`, and Neo4j 5's built-in functions (the library's
 * Neo4j 5 function list, without plugins such as APOC, which the product
 * does not require).
 */
import { createRequire } from 'node:module';
import type { DbSchema } from '@neo4j-cypher/language-support';
import { TABLES } from '@basketgraph/cypher';

interface Diagnostic {
  severity?: number;
  message: string;
  offsets: { start: number; end: number };
}
interface LanguageSupport {
  lintCypherQuery(query: string, schema: DbSchema): Diagnostic[] | { diagnostics: Diagnostic[] };
  testData: { mockSchema: DbSchema };
}
// Its CommonJS build, as server/src/cypher-guard/parser-check.ts loads it: the ESM build of the release
// for Node 20 has import paths Node cannot load.
const { lintCypherQuery, testData } = createRequire(import.meta.url)('@neo4j-cypher/language-support') as LanguageSupport;
const PARAMETER_NOT_DEFINED = /^Parameter \$\w+ is not defined\.$/;

const builtIns = Object.fromEntries(
  Object.entries(testData.mockSchema.functions?.['CYPHER 5'] ?? {}).filter(([name]) => !name.startsWith('apoc.')),
);

export const NEO4J_SCHEMA: DbSchema = {
  labels: Object.values(TABLES)
    .filter((t) => t.kind === 'node')
    .map((t) => t.name),
  relationshipTypes: Object.values(TABLES)
    .filter((t) => t.kind === 'rel')
    .map((t) => t.name),
  // The keys of the bulk loads' parameter maps (neo4j-bulk.ts) are read like properties: `r.from`, `g.rows`.
  propertyKeys: [...new Set([...Object.values(TABLES).flatMap((t) => t.columns.map((c) => c.name)), 'row', 'from', 'to', 'props', 'rows'])],
  functions: { 'CYPHER 5': builtIns },
  procedures: { 'CYPHER 5': {} },
  defaultLanguage: 'CYPHER 5',
};

export interface Finding {
  severity: 'error' | 'warning';
  message: string;
  /** The statement's text at the finding. */
  at: string;
}

/**
 * Errors and warnings Neo4j 5 would raise for `statement`. Parameters are
 * not declared (their values come at run time), so "parameter not defined"
 * is not a finding.
 */
export function lintNeo4j(statement: string): Finding[] {
  const result = lintCypherQuery(statement, NEO4J_SCHEMA);
  const diagnostics = Array.isArray(result) ? result : result.diagnostics;
  return diagnostics
    .filter((d) => !PARAMETER_NOT_DEFINED.test(String(d.message)))
    .map((d) => ({
      severity: d.severity === 1 ? 'error' : 'warning',
      message: String(d.message),
      at: statement.slice(d.offsets.start, d.offsets.end),
    }));
}
