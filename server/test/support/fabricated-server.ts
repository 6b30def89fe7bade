/**
 * The common set-up of the API read tests: a fixture graph with fabricated
 * analysis results (run-1) and real servers on random ports, for one file.
 */
import { afterAll, beforeAll } from 'vitest';
import { openFixtureStore, writeFakeAnalysis, type FixtureStore } from './fixture-graph.js';
import { startTestServer } from './test-server.js';
import type { RunningServer, ServerOptions } from '../../src/http/start-server.js';

/** A server's options besides the port and the store (the fixture graph's). */
export type TestServerOptions = Omit<ServerOptions, 'port' | 'store'>;

export type FabricatedServers<N extends string> = { readonly fx: FixtureStore } & { readonly [K in N]: RunningServer };

/** The fixture graph and one server per entry of `servers` (by default one, `server`, with the default options). */
export function serveFabricatedGraph<N extends string = 'server'>(
  servers: Record<N, TestServerOptions> = { server: {} } as Record<N, TestServerOptions>,
): FabricatedServers<N> {
  const env = {} as { fx: FixtureStore } & Record<string, RunningServer | undefined>;
  beforeAll(async () => {
    env.fx = await openFixtureStore();
    await writeFakeAnalysis(env.fx.store, { runId: 'run-1' });
    for (const [name, options] of Object.entries<TestServerOptions>(servers))
      env[name] = await startTestServer({ store: env.fx.store, ...options });
  });
  afterAll(async () => {
    for (const name of Object.keys(servers)) await env[name]?.close();
    await env.fx?.dispose();
  });
  return env as FabricatedServers<N>;
}
