/**
 * Worker threads whose entry is a TypeScript module: the analysis sources are
 * TypeScript (run through tsx, as bin/basketgraph.js does), and a new thread
 * must register tsx before it can load one. One bootstrap does that for every
 * worker and then imports the entry named in its workerData.
 */
import { Worker } from 'node:worker_threads';

const BOOTSTRAP = new URL('./typescript-worker-bootstrap.mjs', import.meta.url);

/** A worker running `entry` (a .ts module URL) with `data` as its workerData. */
export function startTypeScriptWorker(entry: URL, data: Record<string, unknown> = {}): Worker {
  return new Worker(BOOTSTRAP, { workerData: { ...data, entry: entry.href } });
}
