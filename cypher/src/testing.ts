/** Test support: a fresh embedded store in a temporary directory, removed on close. */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openGraphStore } from './open-store.js';
import type { GraphStore } from './graph-store.js';

export interface TempStore {
  store: GraphStore;
  dir: string;
  path: string;
  /** Closes the store and deletes its directory. */
  dispose(): Promise<void>;
}

export async function openTempStore(): Promise<TempStore> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'basketgraph-test-'));
  const dbPath = path.join(dir, 'graph');
  const store = await openGraphStore(dbPath, { owner: 'test' });
  return {
    store,
    dir,
    path: dbPath,
    async dispose() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
