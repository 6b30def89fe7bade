/**
 * GraphQL load benchmark (issue 4): the customer page query over random
 * customer ids with autocannon (50 connections, 20 s), beside the same
 * lookup done straight on the store in this process, so the GraphQL overhead
 * is a ratio. With --during-analysis, an analysis run starts after 2 s and
 * every response is checked for results of two different runs.
 *
 *   npx tsx bench/graphql-load.ts [--graph ./data/graph] [--duration 20] [--connections 50] [--rate N] [--out NAME] [--during-analysis [--model popularity]] [--profile DIR] [--ids FILE] [--warmup S] [--v8-flags "…"] [--paced] [--poisson]
 *
 * --v8-flags "…": the server process's V8 flags instead of the ones `basketgraph serve` runs with
 * (server/src/cli/server-v8-flags.ts); "" runs it with V8's defaults.
 *
 * --rate N: offer N requests per second in all (autocannon's overallRate) instead of as many as the
 * server answers: latency at a given load. --out NAME: write bench/results/NAME.json instead.
 *
 * --model: the model the analysis run precomputes (default: the server's
 * default, the evaluated best; popularity keeps the run short).
 *
 * --profile DIR: the server process writes a V8 CPU profile (.cpuprofile) into DIR.
 * RESPONSE_CACHE_MB=0 in the environment: the server runs without its response cache (every request
 * executes); results then go to …-uncached.json. With the cache (the default), each customer's first
 * request executes and the later ones are cache hits.
 *
 * Needs an analysed graph (npm start, or basketgraph import … && basketgraph analyze).
 * Writes bench/results/graphql-load.json (…-during-analysis.json with the flag).
 */
import { spawn } from 'node:child_process';
import type { EventEmitter } from 'node:events';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { pacedLoad } from './lib/paced-load.js';
import { percentile, round2 as round } from './lib/measure.js';
import { openGraphStore, type GraphStore } from '@basketgraph/cypher';
import { allCustomerIds } from './lib/customer-ids.js';
import { SERVER_V8_FLAGS } from '../server/src/cli/server-v8-flags.js';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const GRAPH = arg('graph', process.env.GRAPH_URL ?? './data/graph');
const DURATION = Number(arg('duration', '20'));
const CONNECTIONS = Number(arg('connections', '50'));
const DURING_ANALYSIS = args.includes('--during-analysis');
const MODEL = arg('model', '');
const PROFILE_DIR = arg('profile', '');
const RATE = Number(arg('rate', '0'));
const OUT = arg('out', '');
/** --ids FILE: the customer ids to pick from, one per line, written by an earlier run (else: paged from the API and written there). */
const IDS_FILE = arg('ids', '');
/**
 * --warmup S: offer the same load for S seconds first and measure only what follows (the server's first seconds
 * after start and priming: JIT compilation, the collection of the priming's garbage). Default 0: no warm-up.
 */
const WARMUP = Number(arg('warmup', '0'));
/**
 * --paced (with --rate): after autocannon's run, the same rate and duration again from an open-loop generator
 * (lib/paced-load.ts: requests evenly spaced, each timed from when it was due), reported as `paced`. autocannon's
 * per-connection quotas arrive in bursts; this is the arrival pattern of many independent clients.
 */
const PACED = args.includes('--paced') && RATE > 0;
/** --poisson (with --rate): then the same rate once more with Poisson arrivals (seeded), reported as `poisson`. */
const POISSON = args.includes('--poisson') && RATE > 0;
/** The server's V8 flags: the product's (as `basketgraph serve` relaunches itself with) unless --v8-flags is given. */
const V8_FLAGS = args.includes('--v8-flags')
  ? (args[args.indexOf('--v8-flags') + 1] ?? '').split(/\s+/).filter(Boolean)
  : [...SERVER_V8_FLAGS];
const UNCACHED = process.env.RESPONSE_CACHE_MB !== undefined && Number(process.env.RESPONSE_CACHE_MB) === 0;
const ANALYSIS_PARAMS = MODEL ? { model: MODEL } : null;
const TOKEN = 'bench-admin-token-0123456789';
/** The machine is shared: the load average goes into the results beside every number. */
const loadStart = os.loadavg().map((x) => Math.round(x * 100) / 100);

/** The query of the issue (plus run ids when checking that no response mixes two runs). */
const QUERY = DURING_ANALYSIS
  ? 'query($id: ID!) { customer(id: $id) { recommendations(first: 10) { product { description } score } neighbours(first: 5) { customer { id } score } segment { runId } } segments { runId } }'
  : 'query($id: ID!) { customer(id: $id) { recommendations(first: 10) { product { description } score } neighbours(first: 5) { customer { id } score } } }';

const cpuPerRequest = (cpu: { userMs: number; systemMs: number } | null, requests: number) =>
  cpu ? Math.round(((cpu.userMs + cpu.systemMs) * 1000) / Math.max(1, requests)) : null;

/** The same lookup straight on the store (no cache, no batching): customer, top-10 recommendations, top-5 neighbours. */
async function directLookups(store: GraphStore, ids: string[], seconds: number, concurrency: number) {
  /**
   * Prepare each statement on every reader connection first, one query at a time: the embedded store
   * caches prepared statements per connection but does not guard the first prepare, and concurrent
   * first prepares of one statement on one connection crash Ladybug 0.19.1 (exit 139; reproduced with
   * only 6 queries in flight, and never after this warm-up).
   */
  for (const [name, params] of [
    ['api-customer-by-id', {}],
    ['api-customer-recommendations-one', { first: 10 }],
    ['api-customer-neighbours-one', { first: 5 }],
  ] as const) {
    for (let i = 0; i < 6; i++) await store.query(name, { ...params, id: ids[i % ids.length] });
  }
  const latencies: number[] = [];
  const end = performance.now() + seconds * 1000;
  let errors = 0;
  const worker = async () => {
    while (performance.now() < end) {
      const id = ids[Math.floor(Math.random() * ids.length)];
      const t0 = performance.now();
      try {
        await Promise.all([
          store.query('api-customer-by-id', { id }),
          store.query('api-customer-recommendations-one', { id, first: 10 }),
          store.query('api-customer-neighbours-one', { id, first: 5 }),
        ]);
      } catch {
        errors++;
      }
      latencies.push(performance.now() - t0);
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    rps: round(latencies.length / elapsed),
    p50Ms: round(percentile(latencies, 50)),
    p99Ms: round(percentile(latencies, 99)),
    errors,
  };
}

/** The server runs in a child process, so autocannon and the server each get a core. */
/**
 * NODE_ENV: production unless set (the server's own default, see server/src/config.ts): graphql-js
 * reads it when loaded, and outside production its type checks take a slow path on every field.
 */
const NODE_ENV = process.env.NODE_ENV ?? 'production';
const child = spawn(
  process.execPath,
  [
    ...V8_FLAGS,
    '--expose-gc',
    ...(PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : []),
    '--import',
    'tsx',
    fileURLToPath(new URL('./lib/graphql-bench-server.ts', import.meta.url)),
    GRAPH,
  ],
  {
    env: { ...process.env, ADMIN_TOKEN: TOKEN, NODE_ENV },
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
/** The primed read model of the server (see server/src/graphql/hot/hot-model.ts): rows, load time, retained heap. */
let primedModel: unknown = null;
/** The server's CPU time while serving: per request, a figure that does not depend on what else the machine runs. */
let serverCpu: { userMs: number; systemMs: number } | null = null;
/** The response cache's hits and misses while serving (includes the id paging before the load). */
let responseCacheStats: { hits: number; misses: number } | null = null;
const server = await new Promise<{ url: string }>((resolve, reject) => {
  child.once('exit', (code) => reject(new Error(`the bench server exited (${code})`)));
  createInterface({ input: child.stdout! }).on('line', (line) => {
    if (line.startsWith('PRIMED ')) primedModel = JSON.parse(line.slice(7));
    if (line.startsWith('CPU ')) serverCpu = JSON.parse(line.slice(4));
    if (line.startsWith('CACHE ')) responseCacheStats = JSON.parse(line.slice(6));
    if (line.startsWith('READY ')) resolve({ url: line.slice(6).trim() });
  });
});
async function post<T>(query: string, variables: Record<string, unknown> = {}): Promise<{ data: T }> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data: T };
}
const stopServer = () =>
  new Promise((resolve) => {
    child.once('close', resolve);
    child.kill('SIGTERM');
  });
if ((await fetch(`${server.url}/readyz`)).status !== 200) {
  process.stderr.write(`no completed analysis run in ${GRAPH}: run \`npm start\` (or basketgraph analyze) first\n`);
  await stopServer();
  process.exit(1);
}
// Paging every id through the store path alone costs minutes at 30× the bundled data: a run can reuse the ids
// an earlier run (e.g. with the read model) paged.
const ids = IDS_FILE && existsSync(IDS_FILE) ? readFileSync(IDS_FILE, 'utf8').split('\n').filter(Boolean) : await allCustomerIds(post);
if (IDS_FILE && !existsSync(IDS_FILE)) writeFileSync(IDS_FILE, ids.join('\n'));
process.stderr.write(`graph ${GRAPH}: ${ids.length} customers; server ${server.url}; ${CONNECTIONS} connections, ${DURATION} s\n`);

let graphqlErrors = 0;
let mixed = 0;
const body = (id: string) => JSON.stringify({ query: QUERY, variables: { id } });
if (DURING_ANALYSIS) {
  setTimeout(async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({
        query: 'mutation($params: AnalysisParamsInput) { runAnalysis(params: $params) { id status } }',
        variables: { params: ANALYSIS_PARAMS },
      }),
    });
    process.stderr.write(`runAnalysis: ${await res.text()}\n`);
  }, 2_000);
}
const pick = () => ids[Math.floor(Math.random() * ids.length)];
/** Offers the load (random customers' lookups) for `seconds`; `onResponse` sees each answer. */
const offer = (seconds: number, onResponse?: (status: number, text: string) => void) =>
  autocannon({
    url: `${server.url}/graphql`,
    connections: CONNECTIONS,
    duration: seconds,
    ...(RATE > 0 ? { overallRate: RATE } : {}),
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (req) => ({ ...req, body: body(pick()) }),
        onResponse,
      },
    ],
  });
if (WARMUP > 0) await offer(WARMUP);
// Server CPU is counted from here: paging through every customer id above costs more per id in a bigger graph.
child.kill('SIGUSR2');
/**
 * Each measured response's own latency. autocannon's p50/p99 (`graphql.p50Ms` / `p99Ms`, the target's numbers) are
 * corrected for coordinated omission with an expected interval of ⌈1 / per-connection rate⌉ = 1 ms at 1,000 req/s
 * over 50 connections: a response that took L ms also records L − 1, L − 2, … 1 ms, so slow responses weigh more.
 */
const asSent: number[] = [];
/** Responses over 200 ms: when they came (seconds into the measured run) and how long they took. */
const slow: { atS: number; ms: number }[] = [];
let measuredFrom = 0;
const measured = offer(DURATION, (status, text) => {
  if (status !== 200) return;
  const parsed = JSON.parse(text) as {
    errors?: unknown[];
    data?: { customer?: { segment?: { runId: string } }; segments?: { runId: string }[] };
  };
  if (parsed.errors) graphqlErrors++;
  if (DURING_ANALYSIS && parsed.data) {
    const runIds = new Set([
      ...(parsed.data.segments ?? []).map((s) => s.runId),
      ...(parsed.data.customer?.segment ? [parsed.data.customer.segment.runId] : []),
    ]);
    if (runIds.size > 1) mixed++;
  }
});
// The promise autocannon returns is also its instance (an EventEmitter), which its types do not say.
measuredFrom = performance.now();
(measured as unknown as EventEmitter).on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => {
  asSent.push(ms);
  if (ms > 200) slow.push({ atS: round((performance.now() - measuredFrom) / 1000), ms: round(ms) });
});
const result = await measured;
/** The same rate and duration again from the open-loop generator, with `arrivals` spaced evenly or as Poisson. */
const openLoop = (arrivals: 'even' | 'poisson') =>
  pacedLoad({ url: `${server.url}/graphql`, rate: RATE, seconds: DURATION, connections: CONNECTIONS, body: () => body(pick()), arrivals });
const paced = PACED ? await openLoop('even') : null;
const poisson = POISSON ? await openLoop('poisson') : null;
if (DURING_ANALYSIS) {
  // Let the run publish before the server stops (a server stopped mid-run leaves it "running").
  for (;;) {
    const run = (await post<{ latestRun: { id: string; status: string; stage: string } | null }>('{ latestRun { id status stage } }')).data
      .latestRun;
    if (run?.status !== 'RUNNING') {
      process.stderr.write(`analysis run ${run?.id}: ${run?.status}\n`);
      break;
    }
    await new Promise((r) => setTimeout(r, 1_000));
  }
}
await stopServer();
/**
 * The direct-store comparison runs in the plain mode only: reopening the embedded
 * store in this process right after the server process wrote a run crashed
 * Ladybug 0.19.1 here (exit 139), twice. (Likely the same unguarded first prepare
 * as in directLookups: the plain mode crashed the same way until the warm-up.)
 */
let direct: Awaited<ReturnType<typeof directLookups>> | null = null;
if (!DURING_ANALYSIS && !args.includes('--no-direct')) {
  const store = await openGraphStore(GRAPH, { owner: 'bench/graphql-load' });
  direct = await directLookups(store, ids, Math.min(10, DURATION), CONNECTIONS);
  await store.close();
}

asSent.sort((a, b) => a - b);
const graphql = {
  requests: result.requests.total,
  rps: round(result.requests.average),
  p50Ms: result.latency.p50,
  p99Ms: result.latency.p99,
  perResponse: {
    p50Ms: round(percentile(asSent, 50)),
    p99Ms: round(percentile(asSent, 99)),
    maxMs: round(asSent.at(-1) ?? 0),
    over200Ms: slow.length,
    slowest: [...slow].sort((a, b) => b.ms - a.ms).slice(0, 5),
  },
  errors: result.errors,
  timeouts: result.timeouts,
  non2xx: result.non2xx,
  graphqlErrors,
  ...(DURING_ANALYSIS ? { mixedRunResponses: mixed } : {}),
  // The server's CPU is counted over both runs when --paced.
  serverCpuUsPerRequest: cpuPerRequest(
    serverCpu as { userMs: number; systemMs: number } | null,
    result.requests.total + (paced?.completed ?? 0),
  ),
  responseCache: UNCACHED ? null : responseCacheStats,
};
const report = {
  when: new Date().toISOString(),
  graph: GRAPH,
  customers: ids.length,
  connections: CONNECTIONS,
  offeredRate: RATE > 0 ? RATE : null,
  readModelMb: process.env.READ_MODEL_MB ?? null,
  warmUpRequests: process.env.WARM_UP_REQUESTS ?? null,
  serverV8Flags: V8_FLAGS,
  durationS: DURATION,
  warmupS: WARMUP,
  duringAnalysis: DURING_ANALYSIS,
  responseCache: !UNCACHED,
  nodeEnv: NODE_ENV,
  ...(DURING_ANALYSIS ? { analysisParams: ANALYSIS_PARAMS } : {}),
  query: QUERY,
  loadAverage: { start: loadStart, end: os.loadavg().map(round) },
  primedModel,
  graphql,
  paced,
  poisson,
  directStore: direct,
  overhead: direct
    ? { p50: round(graphql.p50Ms / Math.max(direct.p50Ms, 0.01)), rps: round(direct.rps / Math.max(graphql.rps, 0.01)) }
    : null,
  targets: { p99Ms: 20, rps: 1000, errors: 0 },
};
const dir = fileURLToPath(new URL('./results/', import.meta.url));
mkdirSync(dir, { recursive: true });
const file = OUT
  ? `${dir}${OUT}.json`
  : `${dir}graphql-load${DURING_ANALYSIS ? '-during-analysis' : ''}${UNCACHED ? '-uncached' : ''}.json`;
writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
process.stdout.write(
  `${JSON.stringify({ graphql, paced, poisson, directStore: direct, overhead: report.overhead }, null, 2)}\nwrote ${file}\n`,
);
