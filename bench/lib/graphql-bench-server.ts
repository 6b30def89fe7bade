/**
 * The server under test for bench/graphql-load.ts, in its own process (so the
 * load generator does not share its event loop): prints `PRIMED <json>` (the
 * primed read model's size, load time and memory, the latter two with --expose-gc)
 * and `READY <url>`, serves until SIGTERM, prints `CPU <json>` (its CPU time
 * since READY, or since the last SIGUSR2: the load sends one when it starts, so
 * paging through the customer ids first is not counted), then waits for a
 * running analysis and closes the store.
 */
import { openGraphStore } from '@basketgraph/cypher';
import { startServer } from '../../server/src/http/start-server.js';
import { graphBufferBytes, loadConfig } from '../../server/src/config.js';
import { loadHotSnapshot } from '../../server/src/graphql/hot/hot-model.js';

// The product's configuration, read as `basketgraph serve` reads it: GRAPH_BUFFER_MB, RESPONSE_CACHE_MB and
// READ_MODEL_MB (0 measures the store path alone), WARM_UP_REQUESTS (0: no warm-up before listening) or their defaults.
const config = loadConfig();
// STORE_KEY_LOOKUP_READERS (bench only): the embedded store's key-lookup connections; 0 = the general readers (as before).
const keyReaders = process.env.STORE_KEY_LOOKUP_READERS;
const store = await openGraphStore(process.argv[2] ?? './data/graph', {
  owner: 'bench/graphql-load server',
  // At 30× the read model's priming does not fit in the store's own 1 GiB default.
  bufferPoolBytes: graphBufferBytes(config, 'imports'),
  keyLookupReaders: keyReaders === undefined ? undefined : Number(keyReaders),
});
/**
 * The read model's retained memory: heap and array buffers (its ranked lists are typed arrays, outside the JS heap)
 * with a snapshot minus without, after full GCs, and its load time. Measured on a snapshot of its own before the
 * server starts, so that the server then primes and warms up exactly as `basketgraph serve` does and nothing (no
 * reload, no forced GC) runs between its warm-up and the load.
 */
async function primedModelReport() {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc || config.READ_MODEL_MB === 0) return { heapMb: null };
  const heap = () => {
    gc();
    gc();
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  const without = heap();
  const loaded = async () => {
    const t0 = performance.now();
    const snapshot = await loadHotSnapshot(store, { budgetBytes: Math.round(config.READ_MODEL_MB * 2 ** 20) }).catch(() => null);
    const reloadMs = Math.round(performance.now() - t0);
    // The snapshot is alive while the heap is measured (it is read after).
    const withModel = heap();
    return { reloadMs, withModel, primed: snapshot !== null };
  };
  const { reloadMs, withModel, primed } = await loaded();
  heap();
  if (!primed) return { heapMb: null, reloadMs };
  return { heapMb: Math.round(((withModel - without) / 2 ** 20) * 10) / 10, reloadMs };
}

const modelReport = await primedModelReport();
const server = await startServer({
  store,
  port: 0,
  adminToken: process.env.ADMIN_TOKEN,
  clientDir: null,
  responseCacheBytes: Math.round(config.RESPONSE_CACHE_MB * 2 ** 20),
  hotModel: config.READ_MODEL_MB === 0 ? false : { budgetBytes: Math.round(config.READ_MODEL_MB * 2 ** 20) },
  warmUp: { requests: config.WARM_UP_REQUESTS },
  log: (m) => process.stderr.write(`${m}\n`),
});
const memory = process.memoryUsage();
process.stdout.write(
  `PRIMED ${JSON.stringify({
    stats: server.hot?.current?.stats ?? null,
    ...modelReport,
    processHeapMb: Math.round((memory.heapUsed + memory.arrayBuffers) / 2 ** 20),
    rssMb: Math.round(memory.rss / 2 ** 20),
  })}\n`,
);
process.stdout.write(`READY ${server.url}\n`);
/** CPU time of this process while serving (all threads: in --during-analysis mode it includes the analysis job). */
let cpuAtReady = process.cpuUsage();
process.on('SIGUSR2', () => {
  cpuAtReady = process.cpuUsage();
});
process.once('SIGTERM', async () => {
  const cpu = process.cpuUsage(cpuAtReady);
  process.stdout.write(`CPU ${JSON.stringify({ userMs: Math.round(cpu.user / 1000), systemMs: Math.round(cpu.system / 1000) })}\n`);
  process.stdout.write(`CACHE ${JSON.stringify({ hits: server.responseCache.hits, misses: server.responseCache.misses })}\n`);
  await server.close();
  await server.runner.whenIdle();
  await store.close();
  process.exit(0);
});
