/** `basketgraph serve`: the GraphQL API, GraphiQL and the web client on PORT, until stopped. */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { GraphStore } from '@basketgraph/cypher';
import { loadConfig, type Config } from '../../config.js';
import { openStore } from '../open-store.js';
import { servedAt } from '../remote-server.js';
import { startServer } from '../../http/start-server.js';
import { nodeFlags } from '../server-v8-flags.js';

/** The V8 heap flags this process runs with (command line and NODE_OPTIONS; see ../server-v8-flags.ts). */
const heapFlags = () =>
  nodeFlags(process.execArgv, process.env.NODE_OPTIONS)
    .filter((a) => /^--(max|min)[-_]/.test(a))
    .join(' ');

/** Serves `store` until SIGINT/SIGTERM; the caller closes the store afterwards. */
export async function serve(store: GraphStore, config: Config): Promise<void> {
  const importDir = path.resolve(config.IMPORT_DIR);
  mkdirSync(importDir, { recursive: true });
  const server = await startServer({
    store,
    port: config.PORT,
    host: config.HOST,
    adminToken: config.ADMIN_TOKEN,
    importDir,
    development: config.NODE_ENV === 'development',
    responseCacheBytes: Math.round(config.RESPONSE_CACHE_MB * 2 ** 20),
    hotModel: config.READ_MODEL_MB === 0 ? false : { budgetBytes: Math.round(config.READ_MODEL_MB * 2 ** 20) },
    warmUp: { requests: config.WARM_UP_REQUESTS },
    ...(config.SERVER_URL && store.dialect === 'neo4j' ? { presence: { url: config.SERVER_URL } } : {}),
  });
  process.stderr.write(
    `basketgraph serving ${store.location}\n  GraphQL (GraphiQL in a browser): ${server.url}/graphql\n  web client: ${server.url}/\n` +
      `  admin mutations: ${config.ADMIN_TOKEN ? `on (Authorization: Bearer $ADMIN_TOKEN); imports read from ${importDir}` : 'off (set ADMIN_TOKEN to enable)'}\n` +
      `  V8 flags: ${heapFlags() || 'defaults'}\n`,
  );
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      process.stderr.write(`\n${signal}: stopping\n`);
      resolve();
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
  await server.close();
  if (server.runner.busy)
    process.stderr.write('an analysis run was in progress: it stops with the server and is marked failed on the next run\n');
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the GraphQL API (GraphiQL at /graphql), /healthz, /readyz and the web client on PORT')
    .option('--port <port>', 'port (default: PORT or 4000)')
    .action(async (opts: { port?: string }) => {
      const config = loadConfig(opts.port ? { ...process.env, PORT: opts.port } : process.env);
      const store = await openStore(config, {
        owner: `basketgraph serve on port ${config.PORT}`,
        server: servedAt(config),
        use: 'imports',
      });
      try {
        await serve(store, config);
      } finally {
        await store.close();
      }
    });
}
