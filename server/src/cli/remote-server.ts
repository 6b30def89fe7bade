/**
 * CLI commands that change the graph (import, analyze, evaluate) go through a running
 * server's admin mutations when that server holds the database lock.
 */
import { GraphStoreError, type GraphStore } from '@basketgraph/cypher';
import type { Config } from '../config.js';
import { withStore } from './open-store.js';

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

/**
 * Runs `local` with the graph; when a running server holds the embedded
 * graph's lock, runs `remote` with that server's URL instead (the command's
 * admin mutation). Any other failure, or a lock without a server, is thrown.
 */
export async function withStoreOrServer<T>(
  config: Config,
  owner: string,
  local: (store: GraphStore) => Promise<T>,
  remote: (url: string) => Promise<T>,
): Promise<T> {
  try {
    return await withStore(config, { owner }, local);
  } catch (e) {
    if (!(e instanceof GraphStoreError && e.code === 'LOCKED')) throw e;
    const url = await runningServerUrl(config);
    if (!url) throw e;
    return remote(url);
  }
}
