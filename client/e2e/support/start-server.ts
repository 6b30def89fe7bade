/**
 * Starts the real server (`basketgraph serve`) in a child process on a free
 * port; resolves when it says it is serving.
 */
import { serveChild, type ServeChild } from '../../../server/test/support/serve-child';

export type RunningApi = ServeChild;

export function startApi(graph: string, adminToken: string): Promise<RunningApi> {
  return serveChild({ ...process.env, GRAPH_URL: graph, ADMIN_TOKEN: adminToken, NODE_ENV: 'production' }, 60_000);
}
