/** Opens the configured graph store for a CLI command. */
import { openGraphStore, type GraphStore, type ServedAt } from '@basketgraph/cypher';
import type { Config } from '../config.js';

/** `server`: the server this process will run on the graph, recorded beside the embedded store's lock. */
export function openStore(config: Config, options: { readOnly?: boolean; owner: string; server?: ServedAt }): Promise<GraphStore> {
  return openGraphStore(config.GRAPH_URL, {
    readOnly: options.readOnly,
    owner: options.owner,
    server: options.server,
    neo4jUser: config.NEO4J_USER,
    neo4jPassword: config.NEO4J_PASSWORD,
    neo4jDatabase: config.NEO4J_DATABASE,
    bufferPoolBytes: Math.round(config.GRAPH_BUFFER_MB * 2 ** 20),
  });
}

/** Runs `work` with a store and always closes it. */
export async function withStore<T>(
  config: Config,
  options: { readOnly?: boolean; owner: string },
  work: (store: GraphStore) => Promise<T>,
): Promise<T> {
  const store = await openStore(config, options);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
