import http from 'node:http';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { openFixtureStore, writeFakeAnalysis, type FixtureStore } from '../support/fixture-graph.js';
import { gql, startTestServer } from '../support/test-server.js';

let fx: FixtureStore;

beforeAll(async () => {
  fx = await openFixtureStore();
  await writeFakeAnalysis(fx.store, { runId: 'run-1' });
});

afterAll(async () => {
  vi.restoreAllMocks();
  await fx?.dispose();
});

/** Starts a server on the fixture graph, recording its log lines and where it listens (with the store's query count at each). */
async function startRecorded(options: Parameters<typeof startTestServer>[0]) {
  const events: { line: string; queries: number }[] = [];
  const listen = http.Server.prototype.listen;
  const spy = vi.spyOn(http.Server.prototype, 'listen').mockImplementation(function (this: http.Server, ...args: unknown[]) {
    events.push({ line: `listen ${String(args[1])}:${String(args[0])}`, queries: fx.store.queryCount });
    return listen.apply(this, args as Parameters<http.Server['listen']>);
  });
  try {
    const server = await startTestServer({ ...options, log: (line) => events.push({ line, queries: fx.store.queryCount }) });
    return { server, events };
  } finally {
    spy.mockRestore();
  }
}

describe('the warm-up before listening', () => {
  test('when the server starts with a read model then it warms up over HTTP on a loopback port of its own, with no store query, and only then listens where clients reach it', async () => {
    const { server, events } = await startRecorded({ store: fx.store, warmUp: { requests: 300 } });
    try {
      expect(server.warmUp).toMatchObject({ requests: 301, errors: 0 });
      expect(server.warmUp!.customers).toBeGreaterThan(10);
      const at = (match: (line: string) => boolean) => events.findIndex((e) => match(e.line));
      const primed = at((l) => l.startsWith('primed read model:'));
      const warmUpPort = at((l) => l === 'listen 127.0.0.1:0');
      const warmed = at((l) => l.startsWith('warmed up: 301 operations over'));
      const listened = events.findLastIndex((e) => e.line.startsWith('listen '));
      expect(primed).toBeGreaterThanOrEqual(0);
      expect(warmUpPort).toBeGreaterThan(primed);
      expect(warmed).toBeGreaterThan(warmUpPort);
      expect(listened).toBeGreaterThan(warmed);
      // Every warm-up operation was answered by the primed read model, none from the response cache.
      expect(events[warmed].queries - events[primed].queries).toBe(0);
      expect([server.responseCache.hits, server.responseCache.misses]).toEqual([0, 0]);
      expect((await gql(server, '{ customers(first: 1) { totalCount } }')).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  test('when the read model is off then the warm-up runs on the store path and reports it', async () => {
    const { server, events } = await startRecorded({ store: fx.store, hotModel: false, warmUp: { requests: 20 } });
    try {
      expect(server.warmUp).toMatchObject({ requests: 21, errors: 0 });
      const warmed = events.findIndex((e) => e.line.startsWith('warmed up: 21 operations'));
      expect(warmed).toBeGreaterThanOrEqual(0);
      expect(events.findLastIndex((e) => e.line.startsWith('listen '))).toBeGreaterThan(warmed);
    } finally {
      await server.close();
    }
  });

  test('when the warm-up is off then nothing is reported', async () => {
    const { server, events } = await startRecorded({ store: fx.store, warmUp: false });
    try {
      expect(server.warmUp).toBeNull();
      expect(events.some((e) => e.line.startsWith('warmed up'))).toBe(false);
      expect(events.filter((e) => e.line.startsWith('listen '))).toHaveLength(1);
    } finally {
      await server.close();
    }
  });
});
