/**
 * Configuration from the environment, validated once at start with errors
 * that say which variable is wrong and what it should be.
 */
import os from 'node:os';
import { z } from 'zod';

/**
 * The embedded store's buffer pool for a process that imports (`import`, `serve`, `start`): a quarter of the
 * machine's memory, at least 1 GiB and at most 8 GiB. An import is one transaction that must fit in it (at 30×
 * the bundled data ≈ 2 GB). The pool is a cap that fills as pages are used and is not given back while the
 * process runs, so it counts in the process's memory once used.
 */
export function defaultGraphBufferMb(totalBytes = os.totalmem()): number {
  return Math.min(8192, Math.max(1024, Math.floor(totalBytes / 4 / 2 ** 20)));
}

/**
 * The pool for every other command (`analyze`, `evaluate`, `cypher`, `stats`, `experiment`): 1 GiB. An analysis
 * publishes in transactions of bounded size (cypher/src/embedded/staged-publish.ts); with this pool `analyze`
 * ran at 30× the bundled data, where a quarter of RAM would add its cached pages to the peak.
 */
export const NON_IMPORT_GRAPH_BUFFER_MB = 1024;

/** What a process does with the graph, which sets the buffer pool when GRAPH_BUFFER_MB is unset. */
export type StoreUse = 'imports' | 'reads-and-analyses';

/** The buffer pool in bytes: GRAPH_BUFFER_MB if set, else the default for the process's use. */
export function graphBufferBytes(config: Config, use: StoreUse): number {
  const mb = config.GRAPH_BUFFER_MB ?? (use === 'imports' ? defaultGraphBufferMb() : NON_IMPORT_GRAPH_BUFFER_MB);
  return Math.round(mb * 2 ** 20);
}

/** The read model's heap budget when READ_MODEL_MB is unset (the server's primed lookups). */
export const DEFAULT_READ_MODEL_MB = 1024;
/**
 * Operations the server's warm-up runs before it listens when WARM_UP_REQUESTS is unset (http/warm-up.ts): at 10×
 * the bundled data the first ≈ 1,500 requests at 1,000 req/s met a cold JIT; 3,000 cover that twice (≈ 2–4 s at start).
 */
export const DEFAULT_WARM_UP_REQUESTS = 3000;
/** The response cache's memory when RESPONSE_CACHE_MB is unset. */
export const DEFAULT_RESPONSE_CACHE_MB = 32;

const schema = z.object({
  GRAPH_URL: z.string().min(1).default('./data/graph').describe('a path for the embedded store, or neo4j://host:7687 for Neo4j'),
  NEO4J_USER: z.string().optional().describe('Neo4j user (else the one in GRAPH_URL, else neo4j)'),
  NEO4J_PASSWORD: z.string().optional().describe('Neo4j password (else the one in GRAPH_URL)'),
  NEO4J_DATABASE: z.string().optional().describe('Neo4j database (else the GRAPH_URL path, else the home database)'),
  SERVER_URL: z
    .string()
    .url()
    .optional()
    .describe('where CLIs reach this server (recorded in a Neo4j graph so they go through it); default http://HOST:PORT'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('127.0.0.1'),
  ADMIN_TOKEN: z.string().min(16, 'ADMIN_TOKEN must be at least 16 characters (admin operations stay off when it is unset)').optional(),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  RESPONSE_CACHE_MB: z.coerce
    .number()
    .min(0)
    .default(DEFAULT_RESPONSE_CACHE_MB)
    .describe('memory for cached GraphQL responses (exact, emptied when the graph changes); 0 turns the cache off'),
  GRAPH_BUFFER_MB: z.coerce
    .number()
    .min(64)
    .optional()
    .describe(
      'embedded store: cap of its buffer pool; default a quarter of RAM (1–8 GiB) for import, serve and start (an import is one transaction that must fit in it), 1 GiB for the other commands',
    ),
  READ_MODEL_MB: z.coerce
    .number()
    .min(0)
    .default(DEFAULT_READ_MODEL_MB)
    .describe(
      'heap the primed read model of the hot lookups may take (it takes what the graph needs); a bigger graph is read from the store; 0 turns it off',
    ),
  WARM_UP_REQUESTS: z.coerce
    .number()
    .int()
    .min(0)
    .default(DEFAULT_WARM_UP_REQUESTS)
    .describe(
      'operations (a customer page each) the server answers over loopback HTTP on a port of its own after loading its read model and before it listens, so the first clients meet a warm JIT; 0 = no warm-up',
    ),
  BASKETGRAPH_DATA: z.string().optional().describe('file npm start imports into an empty graph'),
  IMPORT_DIR: z.string().min(1).default('./data/import').describe('the only directory the importTransactions mutation reads files from'),
});

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid configuration in the environment:\n${lines.join('\n')}\n(see .env.example)`);
  }
  return parsed.data;
}
