/**
 * Every query the product runs lives in `cypher/queries/` as a `.cypher` file:
 * `NAME.cypher` when both dialects share it, `NAME.embedded.cypher` /
 * `NAME.neo4j.cypher` where they differ. Each file starts with `//` comment
 * lines saying what it returns and which parameters it takes.
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
  return { name, dialect, file, description: header.join('\n'), params, text };
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
