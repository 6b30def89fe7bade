/** Opens the configured graph store for a CLI command. */
import { openGraphStore, type GraphStore, type ServedAt } from '@basketgraph/cypher';
import { graphBufferBytes, type Config, type StoreUse } from '../config.js';

/** `server`: the server this process will run on the graph, recorded beside the embedded store's lock. */
/** `use`: whether the process imports (the buffer pool's default follows it; see config.ts). */
export function openStore(
  config: Config,
  options: { readOnly?: boolean; owner: string; server?: ServedAt; use?: StoreUse },
): Promise<GraphStore> {
  return openGraphStore(config.GRAPH_URL, {
    readOnly: options.readOnly,
    owner: options.owner,
    server: options.server,
    neo4jUser: config.NEO4J_USER,
    neo4jPassword: config.NEO4J_PASSWORD,
    neo4jDatabase: config.NEO4J_DATABASE,
    bufferPoolBytes: graphBufferBytes(config, options.use ?? 'reads-and-analyses'),
  });
}

/** Runs `work` with a store and always closes it. */
export async function withStore<T>(
  config: Config,
  options: { readOnly?: boolean; owner: string; use?: StoreUse },
  work: (store: GraphStore) => Promise<T>,
): Promise<T> {
  const store = await openStore(config, options);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
