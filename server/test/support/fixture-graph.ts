/**
 * Test graphs: an embedded store in a temp dir, loaded from the 5k-line
 * Online Retail fixture, plus fabricated analysis results (deterministic,
 * derived from the purchases) written the way the analysis job writes them:
 * one transaction that replaces the previous run's results.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openGraphStore, storeRow, type GraphStore, type GraphWriter, type StoreRow } from '@basketgraph/cypher';
import { importFile } from '@basketgraph/seed';

export const FIXTURE_CSV = fileURLToPath(new URL('../../../seed/test/fixtures/online-retail-5k.csv', import.meta.url));

export interface FixtureStore {
  store: GraphStore;
  dir: string;
  dispose(): Promise<void>;
}

export async function openFixtureStore(options: { empty?: boolean } = {}): Promise<FixtureStore> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'basketgraph-server-test-'));
  const store = await openGraphStore(path.join(dir, 'graph'), { owner: 'server tests' });
  if (!options.empty) await importFile(store, FIXTURE_CSV, {});
  return {
    store,
    dir,
    dispose: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

interface Purchases {
  customers: string[];
  bought: Map<string, Set<string>>;
  orders: Map<string, { customer: string; date: string; total: number; products: Set<string> }>;
}

async function readPurchases(store: GraphStore): Promise<Purchases> {
  const orders = new Map<string, { customer: string; date: string; total: number; products: Set<string> }>();
  const o = await store.cypher(
    "MATCH (c:Customer)-[:PLACED]->(o:`Order`) WHERE o.kind = 'purchase' RETURN c.id AS customer, o.id AS id, o.date AS date, o.total AS total",
  );
  for (const r of o.rows)
    orders.set(String(r.id), { customer: String(r.customer), date: String(r.date), total: Number(r.total), products: new Set() });
  const l = await store.cypher('MATCH (o:`Order`)-[:CONTAINS]->(p:Product) RETURN o.id AS id, p.id AS product');
  for (const r of l.rows) orders.get(String(r.id))?.products.add(String(r.product));
  const bought = new Map<string, Set<string>>();
  for (const ord of orders.values()) {
    let s = bought.get(ord.customer);
    if (!s) bought.set(ord.customer, (s = new Set()));
    for (const p of ord.products) s.add(p);
  }
  return { customers: [...bought.keys()].sort(), bought, orders };
}

const cosine = (a: Set<string>, b: Set<string>) => {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return { score: shared / Math.sqrt(a.size * b.size), shared };
};

const byScore = <T extends { score: number; id: string }>(a: T, b: T) => b.score - a.score || (a.id < b.id ? -1 : 1);

export interface FakeRunOptions {
  runId: string;
  /** Multiplies recommendation scores and renames segments, so two runs differ visibly. */
  version?: number;
  startedAt?: string;
}

/** The model scores of the fabricated Evaluation node (what `evaluation.models` answers). */
export const FIXTURE_EVALUATION_MODELS = [
  {
    name: 'popularity',
    settings: {},
    precision: 0.05,
    recall: 0.1,
    ndcg: 0.08,
    ndcgStdError: 0.02,
    ndcgVsDefault: -0.02,
    ndcgVsDefaultStdError: 0.01,
    hitRate: 0.3,
    map: 0.04,
    coverage: 0.01,
  },
  {
    name: 'fixture-knn',
    settings: { k: 10 },
    precision: 0.07,
    recall: 0.12,
    ndcg: 0.1,
    ndcgStdError: 0.025,
    ndcgVsDefault: null,
    ndcgVsDefaultStdError: null,
    hitRate: 0.35,
    map: 0.05,
    coverage: 0.2,
  },
];

export const FEATURE_NAMES = ['recency', 'frequency', 'monetary'];
export const SEGMENT_NAMES = ['Champions', 'Regulars', 'Occasional'];

/** Computes fabricated results from the purchases and returns a writer for them. */
export async function fakeAnalysis(store: GraphStore, options: FakeRunOptions): Promise<(tx: GraphWriter) => Promise<void>> {
  const version = options.version ?? 1;
  const { customers, bought, orders } = await readPurchases(store);
  const lastDay = [...orders.values()]
    .map((o) => o.date)
    .sort()
    .at(-1)!;
  const dayMs = 86_400_000;
  const features = new Map(
    customers.map((c) => {
      const mine = [...orders.values()].filter((o) => o.customer === c);
      const last = mine
        .map((o) => o.date)
        .sort()
        .at(-1)!;
      const first = mine.map((o) => o.date).sort()[0];
      const monetary = Math.round(mine.reduce((s, o) => s + o.total, 0) * 100) / 100;
      const recency = Math.round((Date.parse(lastDay) - Date.parse(last)) / dayMs) + 1;
      const tenure = Math.round((Date.parse(lastDay) - Date.parse(first)) / dayMs) + 1;
      return [c, { recency, frequency: mine.length, monetary, tenure, distinct: bought.get(c)!.size }];
    }),
  );
  // Segments: terciles of monetary, highest first.
  const ranked = [...customers].sort((a, b) => features.get(b)!.monetary - features.get(a)!.monetary || (a < b ? -1 : 1));
  const segOf = new Map<string, number>();
  ranked.forEach((c, i) => segOf.set(c, Math.min(2, Math.floor((i * 3) / ranked.length))));
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const totalRevenue = ranked.reduce((s, c) => s + features.get(c)!.monetary, 0);
  const all = FEATURE_NAMES.map((f) => customers.map((c) => (features.get(c) as never as Record<string, number>)[f]));
  const mu = all.map(mean);
  const sd = all.map((xs, i) => Math.sqrt(mean(xs.map((x) => (x - mu[i]) ** 2))) || 1);
  const segments = [0, 1, 2].map((s) => {
    const members = ranked.filter((c) => segOf.get(c) === s);
    const f = members.map((c) => features.get(c)!);
    const revenue = f.reduce((x, y) => x + y.monetary, 0);
    const ordersN = f.reduce((x, y) => x + y.frequency, 0);
    const centroidRaw = FEATURE_NAMES.map((name) => mean(f.map((x) => (x as never as Record<string, number>)[name])));
    return {
      id: `S${s}`,
      members,
      size: members.length,
      revenue,
      orders: ordersN,
      centroidRaw,
      centroidScaled: centroidRaw.map((v, i) => (v - mu[i]) / sd[i]),
      name: version === 1 ? SEGMENT_NAMES[s] : `${SEGMENT_NAMES[s]} v${version}`,
    };
  });
  // Neighbours (top 5 cosine) and recommendations (their products, top 5).
  const run = options.runId;
  const similar: StoreRow<'SIMILAR'>[] = [];
  const recommended: StoreRow<'RECOMMENDED'>[] = [];
  // The same lists as the API reads them (one row per customer: analysis/src/job/customer-lists.ts).
  const lists: StoreRow<'CustomerLists'>[] = [];
  for (const c of customers) {
    const mine = bought.get(c)!;
    const nb = customers
      .filter((o) => o !== c)
      .map((o) => ({ id: o, ...cosine(mine, bought.get(o)!) }))
      .filter((x) => x.score > 0)
      .sort(byScore)
      .slice(0, 5);
    nb.forEach((n, i) =>
      similar.push(
        storeRow.SIMILAR({
          from: c,
          to: n.id,
          score: n.score,
          rank: i + 1,
          shared: n.shared,
          sameSegment: segOf.get(c) === segOf.get(n.id),
          run,
        }),
      ),
    );
    const cand = new Map<string, { id: string; score: number; from: { id: string; weight: number }[] }>();
    for (const n of nb)
      for (const p of bought.get(n.id)!) {
        if (mine.has(p)) continue;
        const x = cand.get(p) ?? { id: p, score: 0, from: [] };
        x.score += n.score * version;
        x.from.push({ id: n.id, weight: n.score * version });
        cand.set(p, x);
      }
    const top = [...cand.values()].sort(byScore).slice(0, 5);
    lists.push(
      storeRow.CustomerLists({
        id: c,
        run,
        model: 'fixture-knn',
        recommendations: JSON.stringify(top.map((r) => [r.id, r.score])),
        neighbours: JSON.stringify(nb.map((n) => [n.id, n.score, n.shared, segOf.get(c) === segOf.get(n.id)])),
      }),
    );
    top.forEach((r, i) => {
      const reasons = r.from
        .sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : 1))
        .slice(0, 2)
        .map((f) => ({ kind: 'NEIGHBOUR', id: f.id, weight: f.weight }));
      recommended.push(
        storeRow.RECOMMENDED({
          from: c,
          to: r.id,
          score: r.score,
          rank: i + 1,
          model: 'fixture-knn',
          reasons: JSON.stringify(reasons),
          run,
        }),
      );
    });
  }
  // Item neighbours over buyers (top 5 per product).
  const buyers = new Map<string, Set<string>>();
  for (const [c, ps] of bought) for (const p of ps) (buyers.get(p) ?? buyers.set(p, new Set()).get(p)!).add(c);
  const products = [...buyers.keys()].sort();
  const alsoBought: StoreRow<'ALSO_BOUGHT'>[] = [];
  for (const p of products) {
    const mine = buyers.get(p)!;
    if (mine.size < 2) continue;
    products
      .filter((q) => q !== p && buyers.get(q)!.size >= 2)
      .map((q) => ({ id: q, ...cosine(mine, buyers.get(q)!) }))
      .filter((x) => x.score > 0)
      .sort(byScore)
      .slice(0, 5)
      .forEach((x, i) => alsoBought.push(storeRow.ALSO_BOUGHT({ from: p, to: x.id, score: x.score, rank: i + 1, run })));
  }
  // Rules X → Y from product pairs in orders (count >= 3), the 30 with the highest lift.
  const nOrders = orders.size;
  const single = new Map<string, number>();
  const pair = new Map<string, number>();
  for (const o of orders.values()) {
    const ps = [...o.products].sort();
    for (const a of ps) single.set(a, (single.get(a) ?? 0) + 1);
    for (const a of ps) for (const b of ps) if (a !== b) pair.set(`${a}|${b}`, (pair.get(`${a}|${b}`) ?? 0) + 1);
  }
  const rules = [...pair.entries()]
    .filter(([, n]) => n >= 3)
    .map(([k, n]) => {
      const [a, b] = k.split('|');
      const support = n / nOrders;
      const confidence = n / single.get(a)!;
      const lift = confidence / (single.get(b)! / nOrders);
      const leverage = support - (single.get(a)! / nOrders) * (single.get(b)! / nOrders);
      const conviction = confidence === 1 ? null : (1 - single.get(b)! / nOrders) / (1 - confidence);
      return { id: `global:${a}=>${b}`, scope: 'global', a, b, support, confidence, lift, leverage, conviction, count: n };
    })
    .sort((x, y) => y.lift - x.lift || (x.id < y.id ? -1 : 1))
    .slice(0, 30);
  const segRules = rules.slice(0, 4).map((r) => ({ ...r, id: `S0:${r.a}=>${r.b}`, scope: 'S0' }));
  const allRules = [...rules, ...segRules];
  const now = options.startedAt ?? '2026-01-01T00:00:00.000Z';

  return async (tx: GraphWriter) => {
    for (const q of [
      'MATCH ()-[r:RECOMMENDED]->() DELETE r',
      'MATCH ()-[r:SIMILAR]->() DELETE r',
      'MATCH ()-[r:ALSO_BOUGHT]->() DELETE r',
      'MATCH (r:Rule) DETACH DELETE r',
      'MATCH (l:CustomerLists) DELETE l',
      'MATCH (s:Segment) DETACH DELETE s',
      'MATCH (e:Evaluation) DETACH DELETE e',
    ])
      await tx.cypher(q);
    await tx.cypher(
      'UNWIND $rows AS r MATCH (c:Customer {id: r.id}) SET c.recency = CAST(r.recency AS INT64), c.frequency = CAST(r.frequency AS INT64), ' +
        'c.monetary = CAST(r.monetary AS DOUBLE), c.avgOrderValue = CAST(r.aov AS DOUBLE), c.avgItemsPerOrder = 1.0, ' +
        'c.distinctProducts = CAST(r.dp AS INT64), c.returnRate = 0.0, c.tenure = CAST(r.tenure AS INT64), c.typeDiversity = 0.0, ' +
        'c.x = CAST(r.x AS DOUBLE), c.y = CAST(r.y AS DOUBLE)',
      {
        rows: customers.map((c) => {
          const f = features.get(c)!;
          return {
            id: c,
            recency: String(f.recency),
            frequency: String(f.frequency),
            monetary: String(f.monetary),
            aov: String(f.monetary / f.frequency),
            dp: String(f.distinct),
            tenure: String(f.tenure),
            x: String((f.monetary - mu[2]) / sd[2]),
            y: String((f.recency - mu[0]) / sd[0]),
          };
        }),
      },
    );
    await tx.bulkLoad(
      'Segment',
      segments.map((s, rank) =>
        storeRow.Segment({
          id: s.id,
          run,
          rank,
          name: s.name,
          description: `${s.size} customers, mean monetary ${Math.round(s.centroidRaw[2])}`,
          size: s.size,
          customerShare: s.size / customers.length,
          revenue: s.revenue,
          revenueShare: s.revenue / totalRevenue,
          orders: s.orders,
          meanRecency: s.centroidRaw[0],
          meanFrequency: s.centroidRaw[1],
          meanMonetary: s.centroidRaw[2],
          avgSalesPerCustomer: s.revenue / s.size,
          avgSalesPerOrder: s.revenue / s.orders,
          ordersPerCustomer: s.orders / s.size,
          centroidRaw: s.centroidRaw,
          centroidScaled: s.centroidScaled,
          silhouette: 0.5 - rank / 10,
          medianRecency: s.centroidRaw[0],
          medianFrequency: s.centroidRaw[1],
          medianMonetary: s.centroidRaw[2],
          referenceRecency: mu[0],
          referenceFrequency: mu[1],
          referenceMonetary: mu[2],
          namingRule: `${s.name}: fixture rule`,
        }),
      ),
    );
    await tx.bulkLoad(
      { rel: 'IN_SEGMENT', from: 'Customer', to: 'Segment' },
      customers.map((c) => storeRow.IN_SEGMENT({ from: c, to: `S${segOf.get(c)}`, distance: 0.25, run })),
    );
    await tx.bulkLoad('SIMILAR', similar);
    await tx.bulkLoad('ALSO_BOUGHT', alsoBought);
    await tx.bulkLoad(
      'Rule',
      allRules.map((r) => storeRow.Rule({ ...r, run, antecedent: [r.a], consequent: [r.b] })),
    );
    await tx.bulkLoad(
      'IF',
      allRules.map((r) => storeRow.IF({ from: r.id, to: r.a, run })),
    );
    await tx.bulkLoad(
      'THEN',
      allRules.map((r) => storeRow.THEN({ from: r.id, to: r.b, run })),
    );
    await tx.bulkLoad(
      { rel: 'IN_SEGMENT', from: 'Rule', to: 'Segment' },
      segRules.map((r) => storeRow.IN_SEGMENT({ from: r.id, to: 'S0', run })),
    );
    await tx.bulkLoad('RECOMMENDED', recommended);
    await tx.bulkLoad('CustomerLists', lists);
    await tx.bulkLoad('AnalysisRun', [
      storeRow.AnalysisRun({
        id: run,
        status: 'completed',
        params: JSON.stringify({ k: 3, seed: 42 }),
        startedAt: now,
        finishedAt: now,
        stage: 'done',
        timings: JSON.stringify({ load: 10, segments: 5 }),
        kSweep: JSON.stringify([
          { k: 2, inertia: 100, silhouette: 0.4, daviesBouldin: 0.9 },
          { k: 3, inertia: 80, silhouette: 0.5, daviesBouldin: 0.8 },
        ]),
        k: 3,
        featureNames: FEATURE_NAMES,
        scaling: JSON.stringify({ names: FEATURE_NAMES, logged: FEATURE_NAMES.map(() => false), mean: mu, std: sd }),
        defaultModel: 'fixture-knn',
        modelSettings: JSON.stringify({ k: 10 }),
      }),
    ]);
    await tx.query('analysis-run-switch', { id: run });
    await tx.bulkLoad('Evaluation', [
      storeRow.Evaluation({
        id: `eval-${run}`,
        createdAt: now,
        cutoff: '2011-09-01',
        top: 10,
        users: 120,
        defaultModel: 'fixture-knn',
        models: JSON.stringify(FIXTURE_EVALUATION_MODELS),
      }),
    ]);
  };
}

/** Writes fabricated results for a run in one transaction (replacing the previous run's). */
export async function writeFakeAnalysis(store: GraphStore, options: FakeRunOptions): Promise<void> {
  const write = await fakeAnalysis(store, options);
  await store.write(write);
}
