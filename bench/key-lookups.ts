/**
 * One key lookup at a time, old query text against new, alternating per customer on one graph: the cost of a
 * single store query without the API around it (so without queueing on a loaded machine). The old texts come
 * from another checkout's cypher/queries; each side runs on a connection set up as its tree does (old: the
 * store's default threads; new: one thread, as the key-lookup connections). Prints p50 / p99 / mean per query and
 * the mean time of each call spent synchronously on the JS thread (inside the binding's executeAsync).
 *
 *   npx tsx bench/key-lookups.ts --graph PATH --old DIR [--n 300] [--out NAME]
 */
import lbug from '@ladybugdb/core';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getQuery } from '@basketgraph/cypher';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const GRAPH = path.resolve(arg('graph', './data/graph'));
const OLD = path.resolve(arg('old', ''));
const N = Number(arg('n', '300'));
const OUT = arg('out', '');
const QUERIES: [string, Record<string, unknown>][] = [
  ['api-customer-by-id', {}],
  ['api-customer-recommendations-one', { first: 10 }],
  ['api-customer-neighbours-one', { first: 5 }],
  ['api-customer-segment-one', {}],
];

/** A query file's text as the catalog reads it (header comments dropped). */
const oldText = (name: string) => {
  for (const file of [`${name}.embedded.cypher`, `${name}.cypher`]) {
    try {
      return readFileSync(path.join(OLD, 'cypher/queries', file), 'utf8')
        .split('\n')
        .filter((l) => !l.trimStart().startsWith('//'))
        .join('\n')
        .trim();
    } catch {
      /* try the shared file */
    }
  }
  throw new Error(`no ${name} in ${OLD}/cypher/queries`);
};

const db = new lbug.Database(GRAPH, 1 << 30, true, true);
await db.init();
type Native = { executeAsync: (...a: unknown[]) => unknown };
/** A connection whose native execute is timed (the synchronous part, on this thread). */
async function timedConnection(threads?: number) {
  const conn = new lbug.Connection(db);
  if (threads) conn.setMaxNumThreadForExec(threads);
  const internal = conn as unknown as { _getConnection(): Promise<Native> };
  const native = await internal._getConnection();
  const timing = { syncMs: 0 };
  const prepare = async (text: string) => {
    const ps = await conn.prepare(text);
    if (!ps.isSuccess()) throw new Error(ps.getErrorMessage());
    return ps;
  };
  const proxy: Native = {
    executeAsync: (...a) => {
      const t0 = performance.now();
      const r = native.executeAsync(...a);
      timing.syncMs += performance.now() - t0;
      return r;
    },
  };
  return { conn, prepare, timing, arm: () => (internal._getConnection = async () => proxy) };
}

const rowsOf = async (conn: lbug.Connection, ps: lbug.PreparedStatement, params: Record<string, unknown>) => {
  const r = (await conn.execute(ps, params as never)) as lbug.QueryResult;
  let n = 0;
  while (r.hasNext()) {
    r.getNextSync();
    n++;
  }
  r.close();
  return n;
};

const old = await timedConnection();
const neu = await timedConnection(1);
const idsResult = (await old.conn.query('MATCH (c:Customer) WHERE c.frequency > 0 RETURN c.id AS id')) as lbug.QueryResult;
const ids = (await idsResult.getAll()).map((r) => String(r.id));
const runResult = (await old.conn.query('MATCH (r:AnalysisRun {current: true}) RETURN r.id AS id')) as lbug.QueryResult;
const currentRun = String((await runResult.getAll())[0].id);
const statements = [];
for (const [name, params] of QUERIES) {
  const text = getQuery(name, 'embedded').text;
  statements.push({ name, params, old: await old.prepare(oldText(name)), new: await neu.prepare(text), newText: text });
}
old.arm();
neu.arm();

let seed = 42;
const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
const times = new Map<string, { total: number[]; sync: number[] }>();
const record = (key: string, total: number, sync: number) => {
  const t = times.get(key) ?? { total: [], sync: [] };
  t.total.push(total);
  t.sync.push(sync);
  times.set(key, t);
};
for (let i = 0; i < N + 20; i++) {
  const id = ids[Math.floor(random() * ids.length)];
  for (const s of statements) {
    const sides = i % 2 === 0 ? (['old', 'new'] as const) : (['new', 'old'] as const);
    for (const side of sides) {
      const c = side === 'old' ? old : neu;
      const params = { ...s.params, id, ...(side === 'new' && s.newText.includes('$currentRun') ? { currentRun } : {}) };
      const sync0 = c.timing.syncMs;
      const t0 = performance.now();
      await rowsOf(c.conn, s[side], params);
      if (i >= 20) record(`${s.name} ${side}`, performance.now() - t0, c.timing.syncMs - sync0);
    }
  }
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] * 100) / 100;
};
const summary = [...times].map(([key, t]) => ({
  query: key,
  p50Ms: pct(t.total, 50),
  p99Ms: pct(t.total, 99),
  meanMs: Math.round((t.total.reduce((a, b) => a + b, 0) / t.total.length) * 100) / 100,
  syncMeanMs: Math.round((t.sync.reduce((a, b) => a + b, 0) / t.sync.length) * 100) / 100,
}));
const report = {
  when: new Date().toISOString(),
  command: `npx tsx bench/key-lookups.ts ${args.join(' ')}`,
  graph: GRAPH,
  customers: ids.length,
  samples: N,
  loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100),
  summary,
};
console.table(summary);
console.log(`customers ${ids.length}, load average ${report.loadAverage.join(' / ')}`);
if (OUT) writeFileSync(fileURLToPath(new URL(`./results/${OUT}.json`, import.meta.url)), JSON.stringify(report, null, 2) + '\n');
process.exit(0);
