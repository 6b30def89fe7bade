/**
 * The common set-up of the API read tests: a fixture graph with fabricated
 * analysis results (run-1) and a real server on a random port, for one file.
 */
import { afterAll, beforeAll } from 'vitest';
import { openFixtureStore, writeFakeAnalysis, type FixtureStore } from './fixture-graph.js';
import { startTestServer } from './test-server.js';
import type { RunningServer } from '../../src/http/start-server.js';

export interface FabricatedServer {
  readonly fx: FixtureStore;
  readonly server: RunningServer;
}

export function serveFabricatedGraph(): FabricatedServer {
  const env = {} as { fx: FixtureStore; server: RunningServer };
  beforeAll(async () => {
    env.fx = await openFixtureStore();
    await writeFakeAnalysis(env.fx.store, { runId: 'run-1' });
    env.server = await startTestServer({ store: env.fx.store });
  });
  afterAll(async () => {
    await env.server?.close();
    await env.fx?.dispose();
  });
  return env;
}
