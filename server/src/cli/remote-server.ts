/**
 * CLI commands that change the graph (import, analyze, evaluate) go through a running
 * server's admin mutations when that server uses the same database: it holds the
 * embedded graph's lock, or (Neo4j) keeps a live ServerPresence record.
 */
import { GraphStoreError, type GraphStore } from '@basketgraph/cypher';
import type { Config } from '../config.js';
import { withStore } from './open-store.js';
import { findLiveServer } from '../presence/server-presence.js';

/** The URL of a basketgraph server answering on HOST:PORT, or null. */
export async function runningServerUrl(config: Pick<Config, 'HOST' | 'PORT'>): Promise<string | null> {
  const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? '127.0.0.1' : config.HOST;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${config.PORT}`;
  try {
    const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1_500) });
    const body = (await res.json()) as { status?: string };
    return res.ok && body.status === 'ok' ? url : null;
  } catch {
    return null;
  }
}

/** Sends an admin mutation with ADMIN_TOKEN; throws with the server's message on errors. */
export async function remoteMutation<T>(
  url: string,
  token: string | undefined,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  if (!token) throw new Error(`the graph is in use by the server at ${url}: set ADMIN_TOKEN (the server's) to send the change through it`);
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`the server at ${url} refused: ${body.errors.map((e) => e.message).join('; ')}`);
  return body.data as T;
}

/** Whether a basketgraph server answers /healthz at `url`. */
async function answers(url: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1_500) });
    return res.ok && ((await res.json()) as { status?: string }).status === 'ok';
  } catch {
    return false;
  }
}

/**
 * Runs `local` with the graph, unless a server uses the same database: then
 * runs `remote` with that server's URL (the command's admin mutation), so
 * its caches follow and writes stay serialised. A server is found by the
 * embedded graph's lock (it names the holder) or, on Neo4j, by a live
 * ServerPresence record (../presence/server-presence.ts). Any other
 * failure, or a lock without a server, is thrown.
 */
export async function withStoreOrServer<T>(
  config: Config,
  owner: string,
  local: (store: GraphStore) => Promise<T>,
  remote: (url: string) => Promise<T>,
): Promise<T> {
  let result: T | undefined;
  let server: string | null;
  try {
    server = await withStore(config, { owner }, async (store) => {
      const live = await findLiveServer(store);
      if (!live) {
        result = await local(store);
        return null;
      }
      if (await answers(live.url)) return live.url;
      throw new Error(
        `a basketgraph server uses this database (${live.url}, heartbeat ${Math.round(live.ageMs / 1000)} s ago) but does not answer from here: ` +
          'run the command where that server can be reached, or stop it',
      );
    });
  } catch (e) {
    if (!(e instanceof GraphStoreError && e.code === 'LOCKED')) throw e;
    const url = await runningServerUrl(config);
    if (!url) throw e;
    return remote(url);
  }
  // The store is closed before the change goes through the server.
  return server ? remote(server) : (result as T);
}
