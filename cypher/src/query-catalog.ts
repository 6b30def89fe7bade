/**
 * Every query the product runs lives in `cypher/queries/` as a `.cypher` file:
 * `NAME.cypher` when both dialects share it, `NAME.embedded.cypher` /
 * `NAME.neo4j.cypher` where they differ. Each file starts with `//` comment
 * lines saying what it returns and which parameters it takes. A header line
 * `Plan: key lookup …` declares that the query starts from one node's primary
 * key and reads only what hangs off that node: the embedded store runs those on
 * its single-thread key-lookup connections, and a test checks their plans.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { Dialect } from './graph-store.js';

export type QueryName = string;

export interface CatalogQuery {
  name: QueryName;
  dialect: Dialect | 'shared';
  file: string;
  /** The header comment, without the `//` markers. */
  description: string;
  /** Parameter names used in the text (`$name`). */
  params: string[];
  text: string;
  /** Declared `Plan: key lookup` in its header: starts from one node's key, cost independent of the graph's size. */
  keyLookup: boolean;
}

export const QUERIES_DIR = fileURLToPath(new URL('../queries/', import.meta.url));

let catalog: Map<string, CatalogQuery> | undefined;

function parseQueryFile(file: string): CatalogQuery {
  const base = path.basename(file, '.cypher');
  const [name, dialect = 'shared'] = base.split('.') as [string, (Dialect | 'shared')?];
  const source = readFileSync(file, 'utf8');
  const lines = source.split('\n');
  const header = lines.filter((l) => l.startsWith('//')).map((l) => l.replace(/^\/\/ ?/, ''));
  const text = lines
    .filter((l) => !l.trimStart().startsWith('//'))
    .join('\n')
    .trim()
    .replace(/;$/, '');
  const params = [...new Set([...text.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]))];
  const keyLookup = header.some((l) => /^Plan: key lookup\b/.test(l));
  return { name, dialect, file, description: header.join('\n'), params, text, keyLookup };
}

/** All query files, keyed `name` (shared) or `name.dialect`. */
export function loadCatalog(dir = QUERIES_DIR): Map<string, CatalogQuery> {
  if (dir === QUERIES_DIR && catalog) return catalog;
  const result = new Map<string, CatalogQuery>();
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith('.cypher')) continue;
    const q = parseQueryFile(path.join(dir, f));
    result.set(q.dialect === 'shared' ? q.name : `${q.name}.${q.dialect}`, q);
  }
  if (dir === QUERIES_DIR) catalog = result;
  return result;
}

/** The query text for a dialect: its own variant if there is one, else the shared file. */
export function getQuery(name: QueryName, dialect: Dialect): CatalogQuery {
  const all = loadCatalog();
  const q = all.get(`${name}.${dialect}`) ?? all.get(name);
  if (!q) throw new Error(`unknown query "${name}": no cypher/queries/${name}.cypher or ${name}.${dialect}.cypher`);
  return q;
}
