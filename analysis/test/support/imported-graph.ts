/**
 * For a test file: a temporary graph with one export imported, opened before
 * the file's tests and removed after them. Read `.store` inside tests.
 */
import { afterAll, beforeAll } from 'vitest';
import type { GraphStore } from '@basketgraph/cypher';
import { openTempStore, type TempStore } from '@basketgraph/cypher/testing';
import { importFile } from '@basketgraph/seed';

export function importedGraph(file: string): { readonly store: GraphStore } {
  let t: TempStore | undefined;
  beforeAll(async () => {
    t = await openTempStore();
    await importFile(t.store, file);
  }, 60_000);
  afterAll(async () => {
    await t?.dispose();
  });
  return {
    get store() {
      return t!.store;
    },
  };
}
