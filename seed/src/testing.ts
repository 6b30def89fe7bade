/** Fixture paths and helpers for tests of the import and of packages that build a graph from the fixtures (`@basketgraph/seed/testing`). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GraphStore } from '@basketgraph/cypher';

export const FIXTURES = new URL('../test/fixtures/', import.meta.url).pathname;
export const SAMPLE_5K = path.join(FIXTURES, 'online-retail-5k.csv');
export const SHOPIFY_HEAD = path.join(FIXTURES, 'shopify-head.csv');
export const SHOPIFY_GENERATED = path.join(FIXTURES, 'shopify-generated.csv');

/** Writes a file into a fresh temporary directory and returns its path. */
export function tempFile(name: string, content: string | Buffer): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'basketgraph-input-')), name);
  writeFileSync(file, content);
  return file;
}

/** Every node and relationship count, to compare a graph before and after. */
export async function graphCounts(store: GraphStore): Promise<Record<string, number>> {
  const nodes = await store.cypher('MATCH (n) RETURN label(n) AS label, count(*) AS n ORDER BY label');
  const rels = await store.cypher('MATCH ()-[r]->() RETURN label(r) AS label, count(*) AS n ORDER BY label');
  return Object.fromEntries([...nodes.rows, ...rels.rows].map((r) => [r.label as string, r.n as number]));
}
