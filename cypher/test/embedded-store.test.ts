import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LadybugStore, loadCatalog, openGraphStore } from '@basketgraph/cypher';
import { openTempStore } from '@basketgraph/cypher/testing';
import { storeContract } from './store-contract.js';

describe('embedded store (Ladybug)', () => {
  storeContract(openTempStore);

  it('when every query file in cypher/queries is compiled against the schema then none has an error', async () => {
    const t = await openTempStore();
    try {
      const store = t.store as LadybugStore;
      const errors: string[] = [];
      for (const [key, q] of loadCatalog()) {
        if (q.dialect === 'neo4j') continue;
        const error = await store.compileError(q.text);
        if (error) errors.push(`${key}: ${error}`);
      }
      expect(errors).toEqual([]);
      expect(loadCatalog().size).toBeGreaterThan(10);
    } finally {
      await t.dispose();
    }
  });

  it('when another process holds the graph for writing then opening it names the holder and leaves it intact', async () => {
    const t = await openTempStore();
    try {
      const script = `
        import { openGraphStore } from '@basketgraph/cypher';
        try { await openGraphStore(${JSON.stringify(t.path)}, { owner: 'second' }); console.log('OPENED'); }
        catch (e) { console.log(e.code + ': ' + e.message); }`;
      const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
      expect(child.stdout).toMatch(/^LOCKED: the graph at .* is in use by test \(pid \d+/);
      expect(child.stdout).not.toContain('OPENED');
    } finally {
      await t.dispose();
    }
  });

  it('when the holder serves the graph then the lock error carries the server it recorded', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'basketgraph-lock-'));
    const served = { url: 'http://127.0.0.1:4517', importDir: path.join(dir, 'import') };
    const store = await openGraphStore(path.join(dir, 'graph'), { owner: 'basketgraph serve on port 4517', server: served });
    try {
      const script = `
        import { openGraphStore } from '@basketgraph/cypher';
        try { await openGraphStore(${JSON.stringify(path.join(dir, 'graph'))}, { owner: 'second' }); console.log('OPENED'); }
        catch (e) { console.log(JSON.stringify({ code: e.code, holder: e.holder })); }`;
      const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
      expect(JSON.parse(child.stdout)).toEqual({
        code: 'LOCKED',
        holder: { pid: process.pid, owner: 'basketgraph serve on port 4517', since: expect.any(String), server: served },
      });
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('when a graph is opened read-only that does not exist then the error says to import first', async () => {
    await expect(openGraphStore('/nonexistent/dir/graph', { readOnly: true })).rejects.toThrow(/import a file first/);
  });
});
