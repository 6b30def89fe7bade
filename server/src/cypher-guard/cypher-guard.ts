/**
 * Read-only ad-hoc Cypher for the admin `cypher` mutation. A query runs only
 * when the token check and the Cypher parser both find a single read query;
 * the store then checks again (the embedded store's prepared statement must
 * be read-only; Neo4j runs it in a READ session), with a time limit and a
 * row cap.
 */
import { GraphStoreError, type AdHocResult, type GraphReader, type Params } from '@basketgraph/cypher';
import { checkTokens, type Verdict } from './token-check.js';
import { checkWithParser } from './parser-check.js';
import type { AdaptedCypher } from '../cypher-dialect/neo4j-spellings.js';

export class CypherRefused extends Error {}

export interface GuardLimits {
  timeoutMs: number;
  maxRows: number;
  /**
   * The store stops queries at the time limit itself (see storeStopsQueries);
   * when false, the response is cut off at the limit but the query runs on.
   */
  storeTimeout?: boolean;
}

export const DEFAULT_LIMITS: GuardLimits = { timeoutMs: 5_000, maxRows: 1_000, storeTimeout: true };

/**
 * Whether the store's time limit works: one tiny query with a time limit.
 * (The embedded adapter of this version throws when it resets the limit.)
 */
export async function storeStopsQueries(store: GraphReader): Promise<boolean> {
  try {
    await store.cypher('RETURN 1 AS ok', {}, { readOnly: true, timeoutMs: 60_000, maxRows: 1 });
    return true;
  } catch {
    return false;
  }
}

export async function checkReadOnly(text: string): Promise<Verdict> {
  const byTokens = checkTokens(text);
  if (!byTokens.ok) return byTokens;
  return checkWithParser(text);
}

function checkParams(params: unknown): Params {
  if (params === null || params === undefined) return {};
  if (typeof params !== 'object' || Array.isArray(params)) throw new CypherRefused('params must be a JSON object of name → value');
  for (const name of Object.keys(params)) {
    if (!/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name)) throw new CypherRefused(`"${name.slice(0, 40)}" is not a parameter name`);
  }
  return params as Params;
}

/**
 * Runs `sent` read-only; throws CypherRefused (nothing reached the store), the
 * error of `adapt` (a spelling with no faithful rewrite), or GraphStoreError.
 * `adapt` rewrites the text for the store's dialect once the guard has passed it.
 */
export async function runReadOnlyCypher(
  store: GraphReader,
  sent: string,
  params: unknown,
  limits: GuardLimits = DEFAULT_LIMITS,
  adapt: (text: string) => AdaptedCypher = (text) => ({ text, rewrites: [] }),
): Promise<AdHocResult & AdaptedCypher & { elapsedMs: number }> {
  const checked = checkParams(params);
  const verdict = await checkReadOnly(sent);
  if (!verdict.ok) throw new CypherRefused(`refused: ${verdict.reason}`);
  const { text, rewrites } = adapt(sent);
  if (text !== sent) {
    const again = await checkReadOnly(text);
    if (!again.ok) throw new CypherRefused(`refused: ${again.reason}`);
  }
  const t0 = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    const grace = limits.storeTimeout === false ? 100 : 2_000;
    timer = setTimeout(() => reject(new GraphStoreError('query stopped: time limit reached', 'TIMEOUT')), limits.timeoutMs + grace);
  });
  try {
    const timeoutMs = limits.storeTimeout === false ? undefined : limits.timeoutMs;
    const running = store.cypher(text, checked, { readOnly: true, timeoutMs, maxRows: limits.maxRows });
    running.catch(() => undefined); // it may fail after the deadline answered
    const result = await Promise.race([running, deadline]);
    return { ...result, text, rewrites, elapsedMs: Math.round(performance.now() - t0) };
  } finally {
    clearTimeout(timer);
  }
}
