/**
 * Opens the graph store a URL names: a path or `file:` URL for the embedded
 * store (default `./data/graph`), `neo4j://` / `bolt://` (and +s variants) for Neo4j.
 */
import type { GraphStore, ServedAt } from './graph-store.js';
import { LadybugStore } from './embedded/ladybug-store.js';

export interface OpenOptions {
  readOnly?: boolean;
  /** Named as the lock holder in other processes' error messages. */
  owner?: string;
  /** Embedded store: the server this process runs on it, recorded beside the lock (see LockHolder). */
  server?: ServedAt;
  neo4jUser?: string;
  neo4jPassword?: string;
  /** NEO4J_DATABASE: wins over a database named in the URL path. */
  neo4jDatabase?: string;
  /** Skip creating the schema (read-only commands). */
  skipSchema?: boolean;
  /** Embedded store: the buffer pool's cap in bytes (default 1 GiB); one write transaction must fit in it. */
  bufferPoolBytes?: number;
}

export const DEFAULT_GRAPH_URL = './data/graph';

export function isNeo4jUrl(url: string): boolean {
  return /^(neo4j|bolt)(\+s|\+ssc)?:\/\//.test(url);
}

export async function openGraphStore(url = DEFAULT_GRAPH_URL, options: OpenOptions = {}): Promise<GraphStore> {
  const store = isNeo4jUrl(url)
    ? await openNeo4j(url, options)
    : await LadybugStore.open(url.replace(/^file:\/\//, ''), {
        readOnly: options.readOnly,
        owner: options.owner,
        server: options.server,
        bufferPoolBytes: options.bufferPoolBytes,
      });
  if (!options.readOnly && !options.skipSchema) await store.ensureSchema();
  return store;
}

/** Loads the Neo4j adapter (and neo4j-driver) only when a Neo4j URL is opened: embedded-store processes start faster. */
async function openNeo4j(url: string, options: OpenOptions): Promise<GraphStore> {
  const { Neo4jStore } = await import('./neo4j/neo4j-store.js');
  return Neo4jStore.open(url, {
    user: options.neo4jUser,
    password: options.neo4jPassword,
    database: options.neo4jDatabase,
    readOnly: options.readOnly,
  });
}
