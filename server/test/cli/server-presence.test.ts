/**
 * CLI and server on one Neo4j database: the server keeps a ServerPresence
 * record fresh, and graph-changing CLI commands go through a live one.
 * The record itself is tested on the embedded store; the CLI's routing on
 * Neo4j with the real neo4j-driver against the project's scripted Bolt server.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { getQuery } from '@basketgraph/cypher';
import { openTempStore, type TempStore } from '@basketgraph/cypher/testing';
import { findLiveServer, startPresence } from '../../src/presence/server-presence.js';
import { withStoreOrServer } from '../../src/cli/remote-server.js';
import { loadConfig } from '../../src/config.js';
import { startTestServer } from '../support/test-server.js';
import { ScriptedBoltServer, type Answer } from '../../../cypher/test/bolt/scripted-bolt-server.js';

const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

async function tempStore(): Promise<TempStore> {
  const t = await openTempStore();
  cleanup.push(() => t.dispose());
  return t;
}

/** A stand-in for a server's /healthz. */
async function healthz(ok: boolean): Promise<string> {
  const server = http.createServer((_, res) => {
    res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ status: ok ? 'ok' : 'starting' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanup.push(() => new Promise((resolve) => server.close(resolve)));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('server presence record', () => {
  it('when a server beats then a CLI finds it, and not after it stops', async () => {
    const { store } = await tempStore();
    expect(await findLiveServer(store)).toBeNull();
    const presence = await startPresence(store, 'http://shop-server:4000', { intervalMs: 60_000 });
    expect(await findLiveServer(store)).toMatchObject({ id: presence.id, url: 'http://shop-server:4000' });
    await presence.stop();
    expect(await findLiveServer(store)).toBeNull();
  });

  it('when the last heartbeat is older than the stale window then the server counts as gone, and the next start sweeps it', async () => {
    const { store } = await tempStore();
    const beat = getQuery('server-presence-beat', store.dialect).text;
    await store.cypher(beat, {
      id: 'dead',
      url: 'http://crashed:4000',
      startedAt: '2026-01-01T00:00:00Z',
      heartbeatAt: Date.now() - 60_000,
    });
    expect(await findLiveServer(store)).toBeNull();
    const live = await startPresence(store, 'http://alive:4000', { intervalMs: 60_000 });
    await live.stop();
    expect((await store.cypher('MATCH (p:ServerPresence) RETURN count(p) AS n')).rows).toEqual([{ n: 0 }]);
  });

  it('when a server is started with presence then its URL is recorded while it runs', async () => {
    const { store } = await tempStore();
    const server = await startTestServer({ store, hotModel: false, presence: true });
    expect((await findLiveServer(store))?.url).toBe(server.url);
    await server.close();
    expect(await findLiveServer(store)).toBeNull();
  });
});

describe('graph-changing CLI commands on Neo4j while a server uses the database', () => {
  async function neo4jConfig(presenceUrl: string | null) {
    const bolt = await ScriptedBoltServer.start((run): Answer =>
      run.query.includes('MATCH (p:ServerPresence)') && presenceUrl
        ? { fields: ['id', 'url', 'heartbeatAt'], records: [['s1', presenceUrl, BigInt(Date.now() - 2_000)]] }
        : { fields: [] },
    );
    cleanup.push(() => bolt.close());
    return loadConfig({ GRAPH_URL: `bolt://neo4j:pw@127.0.0.1:${bolt.port}` });
  }

  /** Runs a command through withStoreOrServer and says where it ran: "local", or "remote URL IMPORT_DIR". */
  async function whereItRuns(config: Awaited<ReturnType<typeof neo4jConfig>>, calls: string[] = []): Promise<string[]> {
    await withStoreOrServer(
      config,
      'test',
      async () => void calls.push('local'),
      async (s) => void calls.push(`remote ${s.url} ${s.importDir}`),
    );
    return calls;
  }

  it('when a live server is recorded then the command goes through it and writes nothing itself', async () => {
    const url = await healthz(true);
    const config = await neo4jConfig(url);
    const calls = await whereItRuns(config);
    expect(calls).toEqual([`remote ${url} null`]); // a server on Neo4j records no import directory
  });

  it('when no server is recorded then the command runs locally', async () => {
    const config = await neo4jConfig(null);
    const calls = await whereItRuns(config);
    expect(calls).toEqual(['local']);
  });

  it('when a live server is recorded but does not answer then the command is refused, not run beside it', async () => {
    const url = await healthz(false);
    const config = await neo4jConfig(url);
    const calls: string[] = [];
    await expect(whereItRuns(config, calls)).rejects.toThrow(
      /a basketgraph server uses this database \(http:\/\/127\.0\.0\.1:\d+, heartbeat 2 s ago\) but does not answer from here/,
    );
    expect(calls).toEqual([]); // neither here nor there
  });
});
