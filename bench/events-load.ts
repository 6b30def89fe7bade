/**
 * Experiment events under load (issue 14): the throughput of the
 * recordExperimentEvents mutation (batches of --batch events per call, over
 * --event-connections connections), and the customer-page read latency
 * (autocannon, --connections) alone and while events stream in, against the
 * API targets (p99 ≤ 20 ms, ≥ 1,000 events/s).
 *
 *   npx tsx bench/events-load.ts [--graph ./data/graph] [--duration 10] [--connections 20] [--event-connections 20] [--batch 50]
 *
 * Needs an analysed graph. Creates and starts an experiment `bench-events-<time>` in it (its events stay).
 * Writes bench/results/events-load.json.
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { writeResult } from './lib/measure.js';
import { allCustomerIds } from './lib/customer-ids.js';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const GRAPH = arg('graph', process.env.GRAPH_URL ?? './data/graph');
const DURATION = Number(arg('duration', '10'));
const CONNECTIONS = Number(arg('connections', '20'));
const EVENT_CONNECTIONS = Number(arg('event-connections', '20'));
const BATCH = Number(arg('batch', '50'));
const TOKEN = 'bench-admin-token-0123456789';
const loadStart = os.loadavg().map((x) => Math.round(x * 100) / 100);

const child = spawn(
  process.execPath,
  ['--import', 'tsx', fileURLToPath(new URL('./lib/graphql-bench-server.ts', import.meta.url)), GRAPH],
  {
    env: { ...process.env, ADMIN_TOKEN: TOKEN, NODE_ENV: process.env.NODE_ENV ?? 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
const url = await new Promise<string>((resolve, reject) => {
  child.once('exit', (code) => reject(new Error(`the bench server exited (${code})`)));
  createInterface({ input: child.stdout! }).on('line', (line) => line.startsWith('READY ') && resolve(line.slice(6).trim()));
});
async function post<T>(query: string, variables: Record<string, unknown> = {}, admin = false): Promise<{ data: T; errors?: unknown[] }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (admin) headers.authorization = `Bearer ${TOKEN}`;
  return (await (await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) })).json()) as {
    data: T;
    errors?: unknown[];
  };
}
const ids = await allCustomerIds(post);
const products = (
  await post<{ products: { edges: { node: { id: string } }[] } }>('{ products(first: 50) { edges { node { id } } } }')
).data.products.edges.map((e) => e.node.id);
const experiment = `bench-events-${Date.now()}`;
const created = await post(
  'mutation($id: ID!) { createExperiment(id: $id, variants: [{strategy: "default"}, {strategy: "popularity"}]) { id } }',
  { id: experiment },
  true,
);
if (created.errors) throw new Error(JSON.stringify(created.errors));
await post(`mutation { startExperiment(id: "${experiment}") { status } }`, {}, true);
const pick = <T>(xs: T[]) => xs[Math.floor(Math.random() * xs.length)];

const READ =
  'query($id: ID!) { customer(id: $id) { recommendations(first: 10) { product { description } score } neighbours(first: 5) { customer { id } score } } }';
let readErrors = 0;
/** `connections` clients POSTing GraphQL bodies `body()` makes, for DURATION seconds. */
const load = (connections: number, body: () => unknown, onResponse: (status: number, text: string) => void) =>
  autocannon({
    url: `${url}/graphql`,
    connections,
    duration: DURATION,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (req) => ({ ...req, body: JSON.stringify(body()) }),
        onResponse,
      },
    ],
  });
const reads = () =>
  load(
    CONNECTIONS,
    () => ({ query: READ, variables: { id: pick(ids) } }),
    (status, text) => void ((status !== 200 || text.includes('"errors"')) && readErrors++),
  );
const EVENTS = 'mutation($events: [ExperimentEventInput!]!) { recordExperimentEvents(events: $events) }';
let eventsWritten = 0;
let eventErrors = 0;
const events = () =>
  load(
    EVENT_CONNECTIONS,
    () => ({
      query: EVENTS,
      variables: {
        events: Array.from({ length: BATCH }, (_, i) => ({
          experiment,
          customer: pick(ids),
          kind: i % 5 === 0 ? 'CLICK' : 'EXPOSURE',
          products: i % 5 === 0 ? [pick(products)] : products.slice(0, 10),
        })),
      },
    }),
    (status, text) => {
      const n =
        status === 200 ? (JSON.parse(text) as { data?: { recordExperimentEvents?: number } }).data?.recordExperimentEvents : undefined;
      if (typeof n === 'number') eventsWritten += n;
      else eventErrors++;
    },
  );
const summary = (r: autocannon.Result) => ({
  requests: r.requests.total,
  rps: Math.round(r.requests.average),
  p50Ms: r.latency.p50,
  p99Ms: r.latency.p99,
  non2xx: r.non2xx,
});

process.stderr.write(`reads alone (${DURATION} s)…\n`);
const alone = summary(await reads());
const readErrorsAlone = readErrors;
process.stderr.write(`events alone (${DURATION} s)…\n`);
const eventsAloneRun = await events();
const eventsAlone = { ...summary(eventsAloneRun), eventsPerSecond: Math.round(eventsWritten / DURATION), errors: eventErrors };
eventsWritten = 0;
eventErrors = 0;
readErrors = 0;
process.stderr.write(`reads and events together (${DURATION} s)…\n`);
const [readsWithEvents, eventsWithReadsRun] = await Promise.all([reads(), events()]);
const together = {
  reads: { ...summary(readsWithEvents), errors: readErrors },
  events: { ...summary(eventsWithReadsRun), eventsPerSecond: Math.round(eventsWritten / DURATION), errors: eventErrors },
};
const stored = (
  await post<{ experiment: { report: { variants: { exposed: number }[] } } }>(
    `{ experiment(id: "${experiment}") { report { variants { exposed } } } }`,
  )
).data.experiment.report.variants;
await new Promise((resolve) => {
  child.once('close', resolve);
  child.kill('SIGTERM');
});
const result = {
  graph: GRAPH,
  customers: ids.length,
  durationSeconds: DURATION,
  readConnections: CONNECTIONS,
  eventConnections: EVENT_CONNECTIONS,
  eventsPerCall: BATCH,
  readsAlone: { ...alone, errors: readErrorsAlone },
  eventsAlone,
  together,
  exposedCustomersInReport: stored.reduce((a: number, v: { exposed: number }) => a + v.exposed, 0),
  load: {
    loadAverageAtStart: loadStart,
    loadAverageAtEnd: os.loadavg().map((x) => Math.round(x * 100) / 100),
    note: 'shared machine: other agents load the cores',
  },
};
process.stdout.write(JSON.stringify(result, null, 2) + '\n');
process.stderr.write(`wrote ${writeResult('events-load', result)}\n`);
