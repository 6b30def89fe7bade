/**
 * The server under test for bench/graphql-load.ts, in its own process (so the
 * load generator does not share its event loop): prints `READY <url>`, serves
 * until SIGTERM, then waits for a running analysis and closes the store.
 */
import { openGraphStore } from '@basketgraph/cypher';
import { startServer } from '../../server/src/http/start-server.js';

const store = await openGraphStore(process.argv[2] ?? './data/graph', { owner: 'bench/graphql-load server' });
const server = await startServer({ store, port: 0, adminToken: process.env.ADMIN_TOKEN, clientDir: null, log: (m) => process.stderr.write(`${m}\n`) });
process.stdout.write(`READY ${server.url}\n`);
process.once('SIGTERM', async () => {
  await server.close();
  await server.runner.whenIdle();
  await store.close();
  process.exit(0);
});
