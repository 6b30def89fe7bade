/**
 * Recommender tuning and evaluation on UCI Online Retail, plus basket rules.
 *
 *   npx tsx bench/evaluate-models.ts [--data path] [--skip-tuning] [--skip-rules]
 *
 * 1. Validation split (train < 2011-06-09, test 2011-06-09 .. 2011-09-08):
 *    grid per model family and recency half-life, then a grid of blend
 *    weights over the best configuration of each family. Only this split is
 *    used to choose hyperparameters and the default model.
 * 2. Real split (train < 2011-09-09, test from 2011-09-09): one `evaluate`
 *    run of every model with the chosen settings, timed.
 * 3. FP-Growth + association rules on all orders (support 0.02, confidence 0.3, max length 3).
 */
import { rowIndices, type CsrMatrix } from '../seed/src/analysis/algorithms/csr.js';
import { clusteringMatrix, computeCustomerFeatures } from '../seed/src/analysis/algorithms/customer-features.js';
import { fitKMeans } from '../seed/src/analysis/algorithms/kmeans.js';
import { dayNumber, type PurchaseDataset } from '../seed/src/analysis/dataset.js';
import { DEFAULT_RECOMMENDER_CONFIG, createDefaultRecommender, type DefaultRecommenderConfig } from '../seed/src/analysis/recommend/default.js';
import { EaseRecommender } from '../seed/src/analysis/recommend/ease.js';
import { evaluate, type Evaluation } from '../seed/src/analysis/recommend/evaluate.js';
import { ItemKnnRecommender } from '../seed/src/analysis/recommend/item-knn.js';
import { ndcgAtK } from '../seed/src/analysis/recommend/metrics.js';
import { PopularityRecommender } from '../seed/src/analysis/recommend/popularity.js';
import { recencyWeighted } from '../seed/src/analysis/recommend/recency.js';
import { topNUnseen, type Recommender } from '../seed/src/analysis/recommend/recommender.js';
import { Rp3BetaRecommender } from '../seed/src/analysis/recommend/rp3beta.js';
import { SegmentPopularityRecommender } from '../seed/src/analysis/recommend/segment-popularity.js';
import { timeSplit, type TimeSplit } from '../seed/src/analysis/recommend/time-split.js';
import { UserKnnRecommender } from '../seed/src/analysis/recommend/user-knn.js';
import { associationRules } from '../seed/src/analysis/rules/association-rules.js';
import { frequentItemsets } from '../seed/src/analysis/rules/fp-growth.js';
import { loadOnlineRetailDataset } from './lib/load-online-retail.js';

const args = process.argv.slice(2);
const dataPath = args.includes('--data') ? args[args.indexOf('--data') + 1] : '/work/shared/data/online-retail/online_retail.csv.gz';
const K = 10;

const fmt = (x: number) => x.toFixed(4);
/** JSON with object keys sorted, for comparing configurations. */
const canonical = (v: unknown): string =>
  JSON.stringify(v, (_k, x) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort()) : x));
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function printEvaluation(title: string, ev: Evaluation): void {
  console.log(`\n## ${title}: cutoff ${ev.cutoff}, ${ev.users} users, k = ${ev.k}\n`);
  console.log('| model | precision | recall | NDCG | hit rate | MAP | coverage | fit | score |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const m of ev.models) {
    console.log(`| ${m.name} | ${fmt(m.precision)} | ${fmt(m.recall)} | ${fmt(m.ndcg)} | ${fmt(m.hitRate)} | ${fmt(m.map)} | ${fmt(m.coverage)} | ${secs(m.fitMs)} | ${secs(m.scoreMs)} |`);
  }
}

/** RFM k-means segments computed from train orders only (customers without train orders: −1). */
function trainSegments(ds: PurchaseDataset, cutoffDay: number, k = 5): Int32Array {
  let nOrders = 0;
  while (nOrders < ds.orders.length && ds.orderDay[nOrders] < cutoffDay) nOrders++;
  let nLines = 0;
  while (nLines < ds.lineOrder.length && ds.lineOrder[nLines] < nOrders) nLines++;
  const trainDs: PurchaseDataset = {
    ...ds,
    orders: ds.orders.slice(0, nOrders),
    orderCustomer: ds.orderCustomer.subarray(0, nOrders),
    orderDay: ds.orderDay.subarray(0, nOrders),
    lineOrder: ds.lineOrder.subarray(0, nLines),
    lineProduct: ds.lineProduct.subarray(0, nLines),
    lineQuantity: ds.lineQuantity.subarray(0, nLines),
    lineTotal: ds.lineTotal.subarray(0, nLines),
    customerReturnedQuantity: new Float64Array(ds.customers.length),
  };
  const active = new Uint8Array(ds.customers.length);
  for (let o = 0; o < nOrders; o++) active[ds.orderCustomer[o]] = 1;
  const m = clusteringMatrix(computeCustomerFeatures(trainDs), 'rfm');
  const rows: number[] = [];
  for (let c = 0; c < ds.customers.length; c++) if (active[c]) rows.push(c);
  const data = new Float64Array(rows.length * m.d);
  rows.forEach((c, i) => data.set(m.data.subarray(c * m.d, (c + 1) * m.d), i * m.d));
  const fit = fitKMeans(data, rows.length, m.d, k, { seed: 7, restarts: 3 });
  const segments = new Int32Array(ds.customers.length).fill(-1);
  rows.forEach((c, i) => (segments[c] = fit.assignments[i]));
  return segments;
}

// ---------------------------------------------------------------- tuning ---

interface Candidate {
  family: 'userKnn' | 'itemKnn' | 'ease' | 'rp3beta' | 'popularity';
  params: Record<string, number>;
  make: () => Recommender;
}

function candidates(easeLambdas: number[]): Candidate[] {
  const out: Candidate[] = [{ family: 'popularity', params: {}, make: () => new PopularityRecommender({ by: 'orders' }) }];
  for (const k of [50, 100, 200]) for (const alpha of [1, 2]) {
    out.push({ family: 'userKnn', params: { k, alpha }, make: () => new UserKnnRecommender({ k, alpha, profile: 'values' }) });
  }
  for (const k of [20, 50, 100]) for (const alpha of [1, 2]) {
    out.push({ family: 'itemKnn', params: { k, alpha }, make: () => new ItemKnnRecommender({ k, alpha, profile: 'values' }) });
  }
  for (const alpha of [0.5, 1]) for (const beta of [0.3, 0.5, 0.7]) {
    out.push({ family: 'rp3beta', params: { alpha, beta, k: 200 }, make: () => new Rp3BetaRecommender({ alpha, beta, k: 200, profile: 'values' }) });
  }
  for (const lambda of easeLambdas) {
    out.push({ family: 'ease', params: { lambda }, make: () => new EaseRecommender({ lambda, profile: 'values' }) });
  }
  return out;
}

/** Per evaluated user, the model's scores divided by their max |score| (as BlendRecommender does). */
function normalisedScores(model: Recommender, train: CsrMatrix, users: Int32Array): Float64Array[] {
  const buf = new Float64Array(train.cols);
  return Array.from(users, (u) => {
    buf.fill(0);
    model.scoreUser(u, buf);
    let max = 0;
    for (const v of buf) max = Math.max(max, Math.abs(v));
    return max > 0 ? buf.map((v) => v / max) : new Float64Array(train.cols);
  });
}

function blendNdcg(split: TimeSplit, train: CsrMatrix, parts: { scores: Float64Array[]; weight: number }[]): number {
  const buf = new Float64Array(train.cols);
  let total = 0;
  split.users.forEach((u, i) => {
    buf.fill(0);
    for (const { scores, weight } of parts) {
      if (weight === 0) continue;
      const s = scores[i];
      for (let j = 0; j < buf.length; j++) buf[j] += weight * s[j];
    }
    total += ndcgAtK(topNUnseen(buf, rowIndices(train, u), K), new Set(split.relevant[i]), K);
  });
  return total / split.users.length;
}

type Best = Record<Candidate['family'], { params: Record<string, number>; ndcg: number; scores: Float64Array[] }>;

function tune(split: TimeSplit): DefaultRecommenderConfig {
  const halfLives = [Infinity, 60, 30, 20];
  let bestEaseLambda = 300;
  let winner: { ndcg: number; config: DefaultRecommenderConfig } | null = null;
  for (const hl of halfLives) {
    const train = recencyWeighted(split.train, split.trainLastDay, split.cutoffDay, hl);
    // The EASE λ grid runs once (plain profile); other half-lives reuse the best λ.
    const lambdas = hl === Infinity ? [100, 300, 1000] : [bestEaseLambda];
    const best = {} as Best;
    for (const c of candidates(lambdas)) {
      const model = c.make();
      const t0 = performance.now();
      const ev = evaluate({ ...split, train }, [model], { k: K });
      const ndcg = ev.models[0].ndcg;
      console.log(`hl=${hl}\t${model.name}\tNDCG@10 ${fmt(ndcg)}\t${secs(performance.now() - t0)}`);
      if (!best[c.family] || ndcg > best[c.family].ndcg) {
        best[c.family] = { params: c.params, ndcg, scores: [] };
        best[c.family].scores = normalisedScores(model, train, split.users);
      }
    }
    if (hl === Infinity) {
      bestEaseLambda = best.ease.params.lambda;
      const plain = { userKnn: best.userKnn.params, itemKnn: best.itemKnn.params, ease: best.ease.params, rp3beta: best.rp3beta.params };
      console.log(`plain winners: ${canonical(plain)}; bench PLAIN matches: ${canonical(plain) === canonical(PLAIN) ? 'yes' : 'NO — update PLAIN'}`);
    }
    const grid = { userKnn: [0, 0.5, 1], itemKnn: [0, 0.5, 1], ease: [0, 0.5, 1], rp3beta: [0, 0.5], popularity: [0, 0.1, 0.2] };
    for (const wu of grid.userKnn) for (const wi of grid.itemKnn) for (const we of grid.ease) for (const wr of grid.rp3beta) for (const wp of grid.popularity) {
      if (wu + wi + we + wr === 0) continue;
      const ndcg = blendNdcg(split, train, [
        { scores: best.userKnn.scores, weight: wu },
        { scores: best.itemKnn.scores, weight: wi },
        { scores: best.ease.scores, weight: we },
        { scores: best.rp3beta.scores, weight: wr },
        { scores: best.popularity.scores, weight: wp },
      ]);
      if (!winner || ndcg > winner.ndcg + 1e-12) {
        const p = (f: Candidate['family']) => best[f].params;
        winner = {
          ndcg,
          config: {
            halfLifeDays: hl,
            userKnn: { k: p('userKnn').k, alpha: p('userKnn').alpha },
            itemKnn: { k: p('itemKnn').k, alpha: p('itemKnn').alpha },
            ease: { lambda: p('ease').lambda },
            rp3beta: { alpha: p('rp3beta').alpha, beta: p('rp3beta').beta, k: p('rp3beta').k },
            weights: { userKnn: wu, itemKnn: wi, ease: we, rp3beta: wr, popularity: wp },
          },
        };
      }
    }
    console.log(`hl=${hl}: best per family ${JSON.stringify(Object.fromEntries(Object.entries(best).map(([f, b]) => [f, { ...b.params, ndcg: +fmt(b.ndcg) }])))}`);
    console.log(`running best blend: NDCG@10 ${fmt(winner!.ndcg)} ${JSON.stringify(winner!.config)}`);
  }
  return winner!.config;
}

// ------------------------------------------------------------------ main ---

const tLoad = performance.now();
const ds = await loadOnlineRetailDataset(dataPath);
console.log(`loaded ${ds.customers.length} customers, ${ds.products.length} products, ${ds.orders.length} orders in ${secs(performance.now() - tLoad)}`);

const validation = timeSplit(ds, dayNumber('2011-06-09'), { testEndDay: dayNumber('2011-09-09') });
const real = timeSplit(ds, dayNumber('2011-09-09'));

/** Best plain (binary profile, no recency) setting per family on the validation split; printed by the tuning. */
const PLAIN = {
  userKnn: { k: 100, alpha: 2 },
  itemKnn: { k: 50, alpha: 2 },
  ease: { lambda: 300 },
  rp3beta: { alpha: 0.5, beta: 0.7, k: 200 },
};

const models = (config: DefaultRecommenderConfig): Recommender[] => [
  new PopularityRecommender(),
  new SegmentPopularityRecommender(),
  new UserKnnRecommender(PLAIN.userKnn),
  new ItemKnnRecommender(PLAIN.itemKnn),
  new EaseRecommender(PLAIN.ease),
  new Rp3BetaRecommender(PLAIN.rp3beta),
  createDefaultRecommender(config),
];

if (!args.includes('--skip-tuning')) {
  console.log('\n# Tuning on the validation split');
  const chosen = tune(validation);
  console.log(`\nvalidation winner: ${JSON.stringify(chosen)}`);
  console.log(`code default:      ${JSON.stringify(DEFAULT_RECOMMENDER_CONFIG)}`);
  console.log(`default matches the validation winner: ${canonical(chosen) === canonical(DEFAULT_RECOMMENDER_CONFIG) ? 'yes' : 'NO — update DEFAULT_RECOMMENDER_CONFIG'}`);
  const segments = trainSegments(ds, validation.cutoffDay);
  printEvaluation('Validation split', evaluate(validation, models(DEFAULT_RECOMMENDER_CONFIG), { k: K, ctx: { segments } }));
}

console.log('\n# Real split');
const segments = trainSegments(ds, real.cutoffDay);
const t0 = performance.now();
const ev = evaluate(real, models(DEFAULT_RECOMMENDER_CONFIG), { k: K, ctx: { segments } });
printEvaluation('Real split', ev);
console.log(`\nwhole evaluate (${ev.models.length} models): ${secs(performance.now() - t0)}`);

if (!args.includes('--skip-rules')) {
  console.log('\n# Basket rules (all orders; support 0.02, confidence 0.3, max length 3)');
  const baskets: Int32Array[] = [];
  for (let l = 0; l < ds.lineOrder.length; ) {
    const o = ds.lineOrder[l];
    const items = new Set<number>();
    for (; l < ds.lineOrder.length && ds.lineOrder[l] === o; l++) items.add(ds.lineProduct[l]);
    baskets.push(Int32Array.from(items).sort());
  }
  const tr = performance.now();
  const frequent = frequentItemsets(baskets, { minSupport: 0.02, maxLen: 3 });
  const rules = associationRules(frequent, { minConfidence: 0.3 });
  const bySize = [1, 2, 3].map((len) => frequent.itemsets.filter((s) => s.items.length === len).length);
  console.log(`${baskets.length} baskets, minCount ${frequent.minCount}, itemsets by size ${bySize.join('/')}, ${rules.length} rules, ${secs(performance.now() - tr)}`);
  const name = (items: Int32Array) => `{${Array.from(items, (p) => ds.products[p]).join(', ')}}`;
  for (const r of rules.slice(0, 5)) {
    console.log(`${name(r.antecedent)} → ${name(r.consequent)}: support ${fmt(r.support)}, confidence ${fmt(r.confidence)}, lift ${r.lift.toFixed(2)}, leverage ${fmt(r.leverage)}, conviction ${r.conviction === null ? '∞' : r.conviction.toFixed(2)}`);
  }
}
