/**
 * CLI commands that change the graph (import, analyze, evaluate) go through a running
 * server's admin mutations when that server uses the same database: it holds the
 * embedded graph's lock (whose holder recorded its URL and import directory: found
 * whatever PORT the command itself sees), or (Neo4j) keeps a live ServerPresence record.
 */
import { GraphStoreError, type GraphStore, type ServedAt } from '@basketgraph/cypher';
import path from 'node:path';
import type { Config, StoreUse } from '../config.js';
import { withStore } from './open-store.js';
import { findLiveServer } from '../presence/server-presence.js';

/** Where a command sends its change: the server's URL, and its import directory when recorded. */
export interface RemoteServer {
  url: string;
  importDir: string | null;
}

/** The URL clients on this machine use for a server listening on host:port. */
export function localUrl(host: string, port: number): string {
  const h = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  return `http://${h.includes(':') ? `[${h}]` : h}:${port}`;
}

/** What a serving process records beside the embedded graph's lock. */
export function servedAt(config: Pick<Config, 'HOST' | 'PORT' | 'IMPORT_DIR'>): ServedAt {
  return { url: localUrl(config.HOST, config.PORT), importDir: path.resolve(config.IMPORT_DIR) };
}

/** True when a basketgraph server answers /healthz at `url`. */
async function serving(url: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1_500) });
    const body = (await res.json()) as { status?: string };
    return res.ok && body.status === 'ok';
  } catch {
    return false;
  }
}

/** This command as the user would type it again, with the variable `name` set. */
function againWith(name: string): string {
  const quote = (a: string) => (/^[\w./:=,@%+-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`);
  return `${name}=… npx basketgraph ${process.argv.slice(2).map(quote).join(' ')}`;
}

interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string };
}

/** Sends an admin mutation with ADMIN_TOKEN; throws with the server's message (and what to do) on errors. */
export async function remoteMutation<T>(
  url: string,
  token: string | undefined,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  if (!token) {
    throw new Error(
      `the graph is in use by the server at ${url}: to send the change through it, set ADMIN_TOKEN to the server's admin token:\n` +
        `  ${againWith('ADMIN_TOKEN')}\n` +
        '(a server started without ADMIN_TOKEN takes no changes: restart it with one, or stop it and run the command alone)',
    );
  }
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: GraphQLErrorBody[] };
  if (body.errors?.length) {
    const messages = body.errors.map((e) => e.message).join('; ');
    const code = body.errors[0].extensions?.code;
    const hint =
      code === 'UNAUTHENTICATED'
        ? `; set the server's token: ${againWith('ADMIN_TOKEN')}`
        : code === 'FORBIDDEN'
          ? '; restart it with ADMIN_TOKEN set, or stop it and run the command alone'
          : '';
    throw new Error(`the server at ${url} refused: ${messages}${hint}`);
  }
  return body.data as T;
}

/**
 * Runs `local` with the graph, unless a server uses the same database: then
 * runs `remote` with that server (the command's admin mutation), so its
 * caches follow and writes stay serialised. A server is found where the
 * embedded graph's lock holder recorded it (only that record counts: a server
 * on this command's PORT may serve another graph) or, on Neo4j, by a live
 * ServerPresence record (../presence/server-presence.ts). Any other failure,
 * or the lock of a holder that is not serving (an import, or a server still
 * preparing), is thrown.
 */
export async function withStoreOrServer<T>(
  config: Config,
  owner: string,
  local: (store: GraphStore) => Promise<T>,
  remote: (server: RemoteServer) => Promise<T>,
  use: StoreUse = 'reads-and-analyses',
): Promise<T> {
  let result: T | undefined;
  let server: RemoteServer | null;
  try {
    server = await withStore(config, { owner, use }, async (store) => {
      const live = await findLiveServer(store);
      if (!live) {
        result = await local(store);
        return null;
      }
      // A server on Neo4j may run on another machine: it records no import directory.
      if (await serving(live.url)) return { url: live.url, importDir: null };
      throw new Error(
        `a basketgraph server uses this database (${live.url}, heartbeat ${Math.round(live.ageMs / 1000)} s ago) but does not answer from here: ` +
          'run the command where that server can be reached, or stop it',
      );
    });
  } catch (e) {
    if (!(e instanceof GraphStoreError && e.code === 'LOCKED' && e.holder?.server)) throw e;
    const { url, importDir } = e.holder.server;
    if (await serving(url)) return remote({ url, importDir: importDir ?? null });
    throw new GraphStoreError(
      `${e.message.replace(/; stop it, or send .*$/, '')}; its server at ${url} does not answer yet ` +
        '(a starting server imports, analyses and evaluates before it serves): try again once it serves',
      'LOCKED',
      { holder: e.holder },
    );
  }
  // The store is closed before the change goes through the server.
  return server ? remote(server) : (result as T);
}
