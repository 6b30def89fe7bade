/**
 * neo4j-driver (with rxjs, ≈ 390 modules) loads only when a Neo4j URL is opened: processes on the
 * embedded store (import, analyze, serve) do not pay for it at start.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { openTempStore } from '@basketgraph/cypher/testing';

/** Runs `body` (an ES module) in a fresh process; returns what it printed, parsed. */
function inFreshProcess(body: string): unknown {
  const script = `
    import { createRequire } from 'node:module';
    const loaded = (name) => Object.keys(createRequire(import.meta.url)('node:module')._cache).some((k) => k.includes('/node_modules/' + name + '/'));
    ${body}`;
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout);
}

describe('loading the Neo4j adapter', () => {
  it('when a process opens an embedded store through @basketgraph/cypher then neo4j-driver is never loaded', async () => {
    const t = await openTempStore();
    await t.store.close();
    try {
      const seen = inFreshProcess(`
        const { openGraphStore } = await import('@basketgraph/cypher');
        const store = await openGraphStore(${JSON.stringify(t.path)}, { owner: 'lazy-neo4j test' });
        await store.close();
        console.log(JSON.stringify({ driver: loaded('neo4j-driver'), ladybug: loaded('@ladybugdb/core') }));`);
      expect(seen).toEqual({ driver: false, ladybug: true });
    } finally {
      await t.dispose();
    }
  });

  it('when a Neo4j URL is opened then the adapter loads (and reports the unreachable server)', () => {
    const seen = inFreshProcess(`
      const { openGraphStore } = await import('@basketgraph/cypher');
      const error = await openGraphStore('bolt://127.0.0.1:1', { skipSchema: true }).then(() => null, (e) => e.code);
      console.log(JSON.stringify({ driver: loaded('neo4j-driver'), error }));`);
    expect(seen).toEqual({ driver: true, error: 'CONNECTION' });
  });
});
