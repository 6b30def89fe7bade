/**
 * The basketgraph HTTP server: GraphQL (Apollo Server 5) at /graphql with
 * offline GraphiQL for browsers, /healthz, /readyz, and the web client at /.
 * It uses the store it is given; the caller owns (and closes) the store.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { ApolloServer, HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { GraphStore } from '@basketgraph/cypher';
import { importFile } from '@basketgraph/seed';
import { ExperimentCache } from '../experiments/experiment-cache.js';
import { EventWriteQueue } from '../experiments/event-queue.js';
import { CustomerModelHost, recommendForBasket, recommendForNewCustomer, runAnalysis, runEvaluation } from '@basketgraph/analysis';
import type { ReadWriteGate } from '../gate/rw-gate.js';
import { AnalysisRunner, type AnalysisJob } from '../analysis/analysis-runner.js';
import { buildApiSchema } from '../graphql/build-schema.js';
import { coalescingReader } from '../graphql/loaders/coalescing-reader.js';
import { cachedReader } from '../graphql/loaders/cached-reader.js';
import { HotModel, type HotModelOptions } from '../graphql/hot/hot-model.js';
import { PrimingGate } from '../graphql/hot/priming-gate.js';
import { adminVerdict } from '../graphql/admin.js';
import { createFormatError } from '../graphql/errors.js';
import { requestGatePlugin } from '../graphql/plugins/request-gate-plugin.js';
import { graphiqlLandingPage } from '../graphql/plugins/graphiql-landing-page.js';
import { RequestContext, type ApiContext, type Services } from '../graphql/context.js';
import { DEFAULT_LIMITS, storeStopsQueries, type GuardLimits } from '../cypher-guard/cypher-guard.js';
import type { Limits } from '../graphql/limits/query-limits.js';
import { BodyError, readBody } from './read-body.js';
import { ResponseCache } from './response-cache.js';
import { staticFiles } from './static-files.js';
import { healthz, readyz } from './health.js';
import { overHttp, warmUp, type WarmUpOptions, type WarmUpReport } from './warm-up.js';
import { DEFAULT_RESPONSE_CACHE_MB } from '../config.js';
import { reachableUrl, startPresence } from '../presence/server-presence.js';

export const DEFAULT_CLIENT_DIR = fileURLToPath(new URL('../../../client/dist', import.meta.url));
const MAX_BODY = 1 << 20;
export const DEFAULT_RESPONSE_CACHE_BYTES = DEFAULT_RESPONSE_CACHE_MB * 2 ** 20;

export interface ServerOptions {
  store: GraphStore;
  port?: number;
  host?: string;
  adminToken?: string;
  /** The only directory the importTransactions mutation reads files from (IMPORT_DIR); absent: imports are off. */
  importDir?: string;
  development?: boolean;
  /** Built web client to serve at `/` (default client/dist); null for none. */
  clientDir?: string | null;
  /** The analysis job (default: `runAnalysis` of @basketgraph/analysis; tests inject stand-ins). */
  analysisJob?: AnalysisJob;
  cypherLimits?: Partial<Pick<GuardLimits, 'timeoutMs' | 'maxRows'>>;
  queryLimits?: Limits;
  services?: Partial<Pick<Services, 'importFile' | 'evaluate' | 'recommendForBasket' | 'recommendForNewCustomer'>>;
  /**
   * The primed read model of the hot lookups (see graphql/hot/hot-model.ts):
   * its limits, or false to read everything from the store.
   */
  hotModel?: HotModelOptions | false;
  /** Batched id lookups as one key lookup per id (default: on the embedded store only; see coalescing-reader.ts). */
  keyLookups?: boolean;
  /** Bytes of whole responses kept by the response cache (./response-cache.ts); 0 turns it off. Default 32 MB. */
  responseCacheBytes?: number;
  /**
   * Keep a heart-beaten ServerPresence record in the graph so CLI writes go
   * through this server (../presence/server-presence.ts). Default: on Neo4j
   * only (the embedded store's file lock already tells a CLI who holds it).
   */
  presence?: boolean | { intervalMs?: number; url?: string };
  /**
   * The warm-up before listening (./warm-up.ts): the hot operation for a sample of customers, over loopback HTTP, so the
   * first clients do not meet a cold JIT. Default on (WARM_UP_REQUESTS); false skips it (tests).
   */
  warmUp?: WarmUpOptions | false;
  log?: (message: string) => void;
}

export interface RunningServer {
  url: string;
  port: number;
  runner: AnalysisRunner;
  gate: ReadWriteGate;
  /** The primed read model (null when disabled). */
  hot: HotModel | null;
  responseCache: ResponseCache;
  /** What the warm-up before listening did (null when it was off). */
  warmUp: WarmUpReport | null;
  /** Stops accepting requests and waits for the ones in flight (not for a running analysis). */
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const log = options.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const { store } = options;
  const hot = options.hotModel === false ? null : new HotModel(store, options.hotModel ?? {}, log);
  // Every exclusive hold (a publish, an import) ends by reloading the primed model, before readers come back in.
  const gate = new PrimingGate(async () => {
    await hot?.refresh();
  });
  // EASE / RP3beta per customer: fitted on the graph's purchases on first use, dropped whenever the graph changes.
  const customerModels = new CustomerModelHost(store);
  gate.onExclusiveEnd(() => customerModels.reset());
  const runner = new AnalysisRunner(store, gate, options.analysisJob ?? runAnalysis, log);
  const services: Services = {
    runner,
    gate,
    cypherLimits: { ...DEFAULT_LIMITS, ...options.cypherLimits, storeTimeout: await storeStopsQueries(store) },
    importFile: options.services?.importFile ?? importFile,
    importDir: options.importDir ?? null,
    evaluate: options.services?.evaluate ?? runEvaluation,
    recommendForBasket: options.services?.recommendForBasket ?? recommendForBasket,
    recommendForNewCustomer: options.services?.recommendForNewCustomer ?? recommendForNewCustomer,
    recommendFitted: (model, customers, n) => customerModels.recommend(model, customers, n),
    experiments: new ExperimentCache(store),
    events: new EventWriteQueue(async (rows) => {
      await store.write((tx) => tx.bulkLoad({ rel: 'EXPERIMENT_EVENT', from: 'Customer', to: 'Experiment' }, rows));
    }),
    recommendForSegment: (segment, n) => customerModels.recommendForSegment('segment-user-knn', segment, n),
  };
  const development = options.development ?? false;
  const responseCache = new ResponseCache(gate, options.responseCacheBytes ?? DEFAULT_RESPONSE_CACHE_BYTES);
  // While the warm-up runs, requests bypass the response cache (every operation executes).
  let warming = options.warmUp !== false;
  const reader = cachedReader(coalescingReader(store, { keyLookups: options.keyLookups ?? store.dialect === 'embedded' }), gate);
  const apollo = new ApolloServer<ApiContext>({
    schema: await buildApiSchema(),
    introspection: true,
    includeStacktraceInErrorResponses: development,
    formatError: createFormatError({ development, log }),
    plugins: [
      requestGatePlugin(gate, options.queryLimits, (ctx) => {
        // Taken while the request holds the gate: this snapshot is what the store holds until the response is sent.
        ctx.useReadModel(hot?.current ?? null);
      }),
      graphiqlLandingPage('/graphql'),
      // The API sets no cache hints; Apollo's default cache-control plugin would wrap every field resolver for nothing.
      ApolloServerPluginCacheControlDisabled(),
    ],
    logger: { debug: () => {}, info: () => {}, warn: log, error: log },
  });
  await apollo.start();
  if (hot) {
    // Prime before the first request (an empty exclusive hold ends with the reload).
    await gate.exclusive(async () => {});
    const stats = hot.current?.stats;
    if (stats) {
      log(
        `primed read model: ${stats.customers} customers, ${stats.products} products, ${stats.recommendations} recommendations, ${stats.neighbours} neighbours in ${stats.loadMs} ms ` +
          `(≈ ${Math.round(stats.estimatedBytes / 2 ** 20)} MB of a ${Math.round(stats.budgetBytes / 2 ** 20)} MB budget, READ_MODEL_MB)`,
      );
    }
  } else {
    log('primed read model: off (READ_MODEL_MB=0); requests read the store');
  }

  const serveStatic = staticFiles(options.clientDir === undefined ? DEFAULT_CLIENT_DIR : options.clientDir);

  async function graphql(req: http.IncomingMessage, res: http.ServerResponse, search: string): Promise<void> {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown;
    // Anonymous JSON POSTs may be answered from (and go into) the response cache (./response-cache.ts).
    let cacheKey: string | null = null;
    if (req.method === 'POST') {
      const text = await readBody(req, MAX_BODY);
      cacheKey = warming ? null : responseCache.keyFor(req.headers, text);
      const hit = cacheKey === null ? undefined : responseCache.get(cacheKey);
      if (hit) {
        for (const [name, value] of hit.headers) res.setHeader(name, value);
        res.setHeader('x-response-cache', 'hit');
        res.setHeader('content-length', Buffer.byteLength(hit.body));
        res.end(hit.body);
        return;
      }
      if ((headers.get('content-type') ?? '').includes('json')) {
        try {
          body = text === '' ? undefined : JSON.parse(text);
        } catch {
          throw new BodyError('the request body is not valid JSON', 400);
        }
      } else {
        body = text;
      }
    }
    const request: HTTPGraphQLRequest = { method: req.method!.toUpperCase(), headers, search, body };
    const generation = responseCache.begin();
    const context = new RequestContext(store, reader, adminVerdict(options.adminToken, req.headers.authorization), services);
    const response = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest: request, context: async () => context });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      if (cacheKey !== null && res.statusCode === 200) {
        responseCache.set(generation, cacheKey, { headers: [...response.headers], body: response.body.string }, context.cacheability);
        res.setHeader('x-response-cache', 'miss');
      }
      // A known length: headers and body leave in one write, not chunked.
      res.setHeader('content-length', Buffer.byteLength(response.body.string));
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = url.pathname;
    const work =
      route === '/graphql'
        ? graphql(req, res, url.search)
        : route === '/healthz'
          ? healthz(store, res)
          : route === '/readyz'
            ? readyz(store, res, () => runner.busy)
            : Promise.resolve(serveStatic(req, res, route));
    work.catch((e: unknown) => {
      const status = e instanceof BodyError ? e.status : 500;
      if (status === 500) log(`request ${req.method} ${route} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      if (res.headersSent) {
        res.destroy();
        return;
      }
      const text = JSON.stringify({ errors: [{ message: status === 500 ? 'internal server error' : (e as Error).message }] });
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(text);
    });
  });
  server.keepAliveTimeout = 65_000;

  const listen = (port: number, host: string) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  // Before listening where clients (and the readiness probe) reach it: the warm-up, over loopback HTTP on a port of
  // its own, so the whole path of a request (HTTP parsing, this handler, the pipeline) is compiled (./warm-up.ts).
  let warmed: WarmUpReport | null = null;
  if (options.warmUp !== false) {
    await listen(0, '127.0.0.1');
    try {
      warmed = await warmUp(overHttp(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`), options.warmUp, log);
    } finally {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    }
    warming = false;
    if (warmed.requests > 0) {
      log(
        `warmed up: ${warmed.requests} operations over ${warmed.customers} customers in ${warmed.ms} ms` +
          (warmed.errors > 0 ? ` (${warmed.errors} failed)` : ''),
      );
    }
  }
  await listen(options.port ?? 4000, options.host ?? '127.0.0.1');
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  const presenceOptions = options.presence ?? store.dialect === 'neo4j';
  const presence = presenceOptions
    ? await startPresence(store, typeof presenceOptions === 'object' && presenceOptions.url ? presenceOptions.url : reachableUrl(url), {
        intervalMs: typeof presenceOptions === 'object' ? presenceOptions.intervalMs : undefined,
        log,
      })
    : null;
  let closing: Promise<void> | undefined;
  return {
    url,
    port: address.port,
    runner,
    gate,
    hot,
    responseCache,
    warmUp: warmed,
    close: () =>
      (closing ??= (async () => {
        await presence?.stop();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
        });
        await apollo.stop();
        customerModels.reset();
      })()),
  };
}
