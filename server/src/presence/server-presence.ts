/**
 * Server presence: how a CLI finds the server that uses the same database.
 *
 * The embedded store is held by one process (its file lock tells the CLI who
 * holds it), but Neo4j takes any number of clients, so a CLI `import` /
 * `analyze` / `evaluate` would write beside a running server: its response
 * cache and in-memory model go stale and two writers race. A server on
 * Neo4j therefore keeps a `(:ServerPresence {id, url, startedAt,
 * heartbeatAt})` node fresh; a CLI that finds one beaten within the stale
 * window sends its change through that server instead. The mechanism works
 * on any store (tested on the embedded one); servers enable it on Neo4j only,
 * where nothing else says that a server is there.
 *
 * Heartbeats are plain ad-hoc writes (`store.cypher`), not `store.write()`,
 * so they never queue behind a long import or publish. Times are the
 * server's clock: keep server and CLI clocks in sync (NTP), or widen the window.
 */
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { getQuery, type GraphStore } from '@basketgraph/cypher';

export const HEARTBEAT_MS = 5_000;
/** A presence older than this is a server that died without saying so. */
export const STALE_MS = 20_000;

export interface Presence {
  id: string;
  /** Beats once more now (resolves when written). */
  beat(): Promise<void>;
  /** Stops beating and removes the record. */
  stop(): Promise<void>;
}

/** The URL a CLI on another machine can use: a wildcard listen address becomes the host name. */
export function reachableUrl(url: string): string {
  const u = new URL(url);
  if (u.hostname === '0.0.0.0' || u.hostname === '[::]') u.hostname = os.hostname();
  return u.toString().replace(/\/$/, '');
}

export async function startPresence(
  store: GraphStore,
  url: string,
  options: { intervalMs?: number; log?: (message: string) => void } = {},
): Promise<Presence> {
  const id = randomUUID();
  const startedAt = new Date().toISOString();
  const text = getQuery('server-presence-beat', store.dialect).text;
  const beat = async () => {
    await store.cypher(text, { id, url, startedAt, heartbeatAt: Date.now() });
  };
  await beat();
  let failing = false;
  const timer = setInterval(() => {
    beat().then(
      () => (failing = false),
      (e: unknown) => {
        if (!failing) options.log?.(`server presence: heartbeat failed (${(e as Error).message}); retrying`);
        failing = true;
      },
    );
  }, options.intervalMs ?? HEARTBEAT_MS);
  timer.unref();
  return {
    id,
    beat,
    async stop() {
      clearInterval(timer);
      await store
        .cypher(getQuery('server-presence-leave', store.dialect).text, { id, staleBefore: Date.now() - STALE_MS })
        .catch(() => undefined);
    },
  };
}

export interface LiveServer {
  id: string;
  url: string;
  /** Milliseconds since its last heartbeat. */
  ageMs: number;
}

/** The most recently beaten server within the stale window, or null. */
export async function findLiveServer(store: GraphStore, staleMs = STALE_MS): Promise<LiveServer | null> {
  const now = Date.now();
  const text = getQuery('server-presence-live', store.dialect).text;
  const [row] = (await store.cypher(text, { since: now - staleMs }, { readOnly: true })).rows;
  return row ? { id: String(row.id), url: String(row.url), ageMs: now - Number(row.heartbeatAt) } : null;
}
