/** Starts the real server in-process on a random port, and a small GraphQL client for it. */
import { afterAll, beforeAll } from 'vitest';
import { startServer, type RunningServer, type ServerOptions } from '../../src/http/start-server.js';
import { openFixtureStore, type FixtureStore } from './fixture-graph.js';

export const ADMIN_TOKEN = 'test-admin-token-0123456789';

/** Without the warm-up unless `options.warmUp` asks for it (thousands of operations per server would slow every test file). */
export async function startTestServer(options: Omit<ServerOptions, 'port'>): Promise<RunningServer> {
  return startServer({ port: 0, host: '127.0.0.1', adminToken: ADMIN_TOKEN, clientDir: null, log: () => {}, warmUp: false, ...options });
}

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  body: { data?: T | null; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[] };
}

// Without a type argument a test reads the response JSON freely and its assertions check the shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function gql<T = Record<string, any>>(
  server: RunningServer,
  query: string,
  variables?: Record<string, unknown>,
  options: { token?: string | null } = {},
): Promise<GqlResponse<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return { status: res.status, body: (await res.json()) as GqlResponse<T>['body'] };
}

/** Recommendations as `[rank, model, product id, score]`, to compare with a model's own ranked list. */
export const ranked = (recommendations: readonly { rank: number; model: string; product: { id: string }; score: number }[]) =>
  recommendations.map((x) => [x.rank, x.model, x.product.id, x.score]);

/** The error codes of a response, in order. */
export const codes = (r: GqlResponse) => (r.body.errors ?? []).map((e) => e.extensions?.code);

/**
 * For a test file: a fresh fixture graph (no analysis yet) and a server on it,
 * opened before the file's tests and closed after them (waiting for a run in
 * progress). Read `fx` and `server` inside tests.
 */
export function serverOnFixtureGraph(): { readonly fx: FixtureStore; readonly server: RunningServer } {
  const state: { fx?: FixtureStore; server?: RunningServer } = {};
  beforeAll(async () => {
    state.fx = await openFixtureStore();
    state.server = await startTestServer({ store: state.fx.store });
  });
  afterAll(async () => {
    await state.server?.runner.whenIdle();
    await state.server?.close();
    await state.fx?.dispose();
  });
  return {
    get fx() {
      return state.fx!;
    },
    get server() {
      return state.server!;
    },
  };
}
