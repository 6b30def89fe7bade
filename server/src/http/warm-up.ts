/**
 * The server's warm-up: before it listens where clients reach it, it answers its hot operation (a customer's page:
 * recommendations, neighbours, segment) for a sample of customers over loopback HTTP on a port of its own, with the
 * response cache off, so the whole path of a request is compiled and the first clients do not pay for JIT
 * compilation and cold inline caches.
 *
 * Measured at 10× the bundled data (bench/graphql-load.ts, 1,000 req/s): without it the event loop stalled for
 * 30–80 ms at a time during the first ≈ 1.5–2 s of load, which set the p99 of a run from a cold start; no GC pause in
 * that window exceeded 12 ms. The same warm-up run in-process through Apollo alone (no HTTP) left those stalls.
 */

import { DEFAULT_WARM_UP_REQUESTS } from '../config.js';

/** Runs one GraphQL operation as an anonymous HTTP POST; resolves to the status and the body text. */
export type ExecuteOperation = (query: string, variables: Record<string, unknown>) => Promise<{ status: number; body: string }>;

/** Operations as JSON POSTs to `url` (the server's own, on a loopback port of the warm-up's). */
export function overHttp(url: string): ExecuteOperation {
  return async (query, variables) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, body: await res.text() };
  };
}

export interface WarmUpOptions {
  /** Operations to run (default DEFAULT_WARM_UP_REQUESTS; 0 skips the warm-up). */
  requests?: number;
  /** Operations in flight at once (default 50, as many as the load benchmark's connections). */
  concurrency?: number;
  /** Stop after this long even if fewer operations ran (default 10 s: the store path alone is slow on a big graph). */
  maxMs?: number;
  /** Customers to spread the operations over: the first page of customers by id, at most 100 (the page size limit; default 100). */
  customers?: number;
}

export interface WarmUpReport {
  /** Operations run, the customers query included. */
  requests: number;
  /** Operations that did not answer 200 without errors (logged; the server starts anyway). */
  errors: number;
  customers: number;
  ms: number;
}

/** The customers whose pages the warm-up asks for. */
export const WARM_UP_IDS_QUERY = 'query($n: Int) { customers(first: $n) { edges { node { id } } } }';

/** The hot operation: what the explorer's customer page and the load benchmark ask for, and the fields beside them. */
export const WARM_UP_QUERY = `query($id: ID!) { customer(id: $id) { id country status features { recency frequency monetary }
  segment { id name } segmentDistance
  recommendations(first: 10) { rank score model product { id description } reasons { kind id weight } }
  neighbours(first: 5) { rank score sharedProducts sameSegment customer { id } } } }`;

function failed(res: { status: number; body: string }): boolean {
  return res.status !== 200 || res.body.includes('"errors"');
}

/** Runs the warm-up; never throws (a failing operation is counted, the first failure is logged). */
export async function warmUp(
  execute: ExecuteOperation,
  options: WarmUpOptions = {},
  log: (m: string) => void = () => {},
): Promise<WarmUpReport> {
  const requests = options.requests ?? DEFAULT_WARM_UP_REQUESTS;
  const t0 = performance.now();
  const report = (done: number, errors: number, customers: number): WarmUpReport => ({
    requests: done,
    errors,
    customers,
    ms: Math.round(performance.now() - t0),
  });
  if (requests <= 0) return report(0, 0, 0);
  let errors = 0;
  const noteFailure = (what: string) => {
    if (errors++ === 0) log(`warm-up: ${what}`);
  };
  let ids: string[] = [];
  try {
    const res = await execute(WARM_UP_IDS_QUERY, { n: Math.min(100, options.customers ?? 100) });
    if (failed(res)) noteFailure(`the customers query answered ${res.status}: ${res.body.slice(0, 200)}`);
    else
      ids = (JSON.parse(res.body) as { data: { customers: { edges: { node: { id: string } }[] } } }).data.customers.edges.map(
        (e) => e.node.id,
      );
  } catch (e) {
    noteFailure(`the customers query failed: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (ids.length === 0) return report(1, errors, 0);

  const deadline = t0 + (options.maxMs ?? 10_000);
  let next = 0;
  const worker = async () => {
    while (next < requests && performance.now() < deadline) {
      const id = ids[next++ % ids.length];
      try {
        const res = await execute(WARM_UP_QUERY, { id });
        if (failed(res)) noteFailure(`customer ${id} answered ${res.status}: ${res.body.slice(0, 200)}`);
      } catch (e) {
        noteFailure(`customer ${id} failed: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 50) }, worker));
  return report(1 + next, errors, ids.length);
}
