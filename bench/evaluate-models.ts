/**
 * Recommender selection and evaluation on UCI Online Retail, plus basket rules.
 * Protocol and results: bench/results/recommender-selection.md.
 *
 *   npx tsx bench/evaluate-models.ts [--data path] [--skip-selection] [--skip-timing]
 *                                    [--skip-check] [--skip-real] [--skip-rules] [--top n] [--cache file]
 *
 * 1. Selection (--skip-selection): rolling-origin folds whose test windows
 *    all end before 2011-09-09; every single model at every recency half-life
 *    (stage 1), blends of each family's best setting (stage 2); then, unless
 *    --skip-timing, the production time of every single setting, blends of
 *    the settings that fit the budget (stage 2b), and the walk down the
 *    ranking (mean fold NDCG@10) that measures candidates until one fits the
 *    1.5 s budget: that is the default. --cache file keeps stage results.
 *    Selection ≈ 20 min on the shared 2-core machine; --skip-selection runs the rest in ≈ 1 min.
 *    The check (--skip-check) re-runs the code default through `evaluate` on the folds and times it.
 * 2. Real split (train < 2011-09-09, test from 2011-09-09; --skip-real): one `evaluate`
 *    run of every model with the chosen settings, timed (≈ 16 s).
 * 3. FP-Growth + association rules on all orders (--skip-rules).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dayNumber } from '../analysis/src/dataset.js';
import { trainSegments } from '../analysis/src/evaluation/train-segments.js';
import { DEFAULT_RECOMMENDER_CONFIG, createDefaultRecommender } from '../analysis/src/recommend/default.js';
import { EaseRecommender } from '../analysis/src/recommend/ease.js';
import { evaluate, type Evaluation } from '../analysis/src/recommend/evaluate.js';
import { ItemKnnRecommender } from '../analysis/src/recommend/item-knn.js';
import { PopularityRecommender } from '../analysis/src/recommend/popularity.js';
import type { Recommender } from '../analysis/src/recommend/recommender.js';
import { Rp3BetaRecommender } from '../analysis/src/recommend/rp3beta.js';
import { SegmentPopularityRecommender } from '../analysis/src/recommend/segment-popularity.js';
import { timeSplit } from '../analysis/src/recommend/time-split.js';
import { UserKnnRecommender } from '../analysis/src/recommend/user-knn.js';
import { associationRules } from '../analysis/src/rules/association-rules.js';
import { frequentItemsets } from '../analysis/src/rules/fp-growth.js';
import { loadOnlineRetailDataset } from './lib/load-online-retail.js';
import { FULL_DATA } from './lib/measure.js';
import {
  BUDGET_MS,
  FOLDS,
  HALF_LIVES,
  K,
  canonical,
  bestSettingCombos,
  checkDefaultOnFolds,
  chooseWithinBudget,
  configOf,
  measureSingles,
  paretoCombos,
  prepareFolds,
  productionTime,
  ranking,
  runBlends,
  runSingles,
  settingKey,
  type Family,
  type Scored,
} from './lib/recommender-selection.js';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const dataPath = flag('--data') ? args[args.indexOf('--data') + 1] : FULL_DATA;
const TOP = flag('--top') ? Number(args[args.indexOf('--top') + 1]) : 15;

const fmt = (x: number) => x.toFixed(4);
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const segmentsFor = (cutoffDay: number) => trainSegments(ds, cutoffDay, { k: 5, seed: 7 });

function printEvaluation(title: string, ev: Evaluation): void {
  console.log(`\n## ${title}: cutoff ${ev.cutoff}, ${ev.users} users, k = ${ev.k}\n`);
  console.log('| model | precision | recall | NDCG | hit rate | MAP | coverage | fit | score |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const m of ev.models) {
    console.log(
      `| ${m.name} | ${fmt(m.precision)} | ${fmt(m.recall)} | ${fmt(m.ndcg)} | ${fmt(m.hitRate)} | ${fmt(m.map)} | ${fmt(m.coverage)} | ${secs(m.fitMs)} | ${secs(m.scoreMs)} |`,
    );
  }
}

const foldHeader = `| candidate | ${FOLDS.map((f) => f.name).join(' | ')} | mean |`;
const foldRule = `| --- | ${FOLDS.map(() => '---').join(' | ')} | --- |`;
const foldRow = (s: Scored) => `| ${s.key} | ${s.folds.map(fmt).join(' | ')} | **${fmt(s.mean)}** |`;

/**
 * Best setting per family without recency (h = ∞) by mean fold NDCG@10: the
 * "plain" models of the real-split table. Printed and checked by the selection.
 */
const PLAIN = {
  userKnn: { k: 100, alpha: 2 },
  itemKnn: { k: 50, alpha: 2 },
  rp3beta: { alpha: 0.5, beta: 0.7, k: 200 },
  ease: { lambda: 300 },
  easeN: { lambda: 300, n: 1500 },
};

// ------------------------------------------------------------------ main ---

const tLoad = performance.now();
const ds = await loadOnlineRetailDataset(dataPath);
console.log(
  `loaded ${ds.customers.length} customers, ${ds.products.length} products, ${ds.orders.length} orders in ${secs(performance.now() - tLoad)}`,
);

/** `--cache file`: stage results are read from / written to this JSON file (development aid; off by default). */
const cachePath = flag('--cache') ? args[args.indexOf('--cache') + 1] : null;
const cache: Record<string, unknown> =
  cachePath && existsSync(cachePath) ? JSON.parse(readFileSync(cachePath, 'utf8'), (_k, v) => (v === 'Infinity' ? Infinity : v)) : {};
function cached<T>(key: string, compute: () => T): T {
  if (key in cache) {
    console.log(`(${key}: from ${cachePath})`);
    return cache[key] as T;
  }
  const value = compute();
  if (cachePath) {
    cache[key] = value;
    writeFileSync(
      cachePath,
      JSON.stringify(cache, (_k, v) => (v === Infinity ? 'Infinity' : v)),
    );
  }
  return value;
}

if (!flag('--skip-selection')) {
  console.log('\n# Selection on rolling-origin folds (nothing on or after 2011-09-09)');
  const t0 = performance.now();
  const log = (line: string) => console.log(line);
  const folds = prepareFolds(ds, segmentsFor);
  const stage1 = cached('stage1', () => runSingles(folds, log));
  const { singles } = stage1;
  console.log(`\nusers per fold ${stage1.users.join(' / ')}`);
  console.log(
    `segment popularity (h = ∞): ${stage1.segmentPopularity.map(fmt).join(' / ')} → ${fmt(stage1.segmentPopularity.reduce((a, b) => a + b, 0) / FOLDS.length)}`,
  );

  console.log('\n## Best setting per family and half-life (mean fold NDCG@10)\n');
  const families: Family[] = ['popularity', 'userKnn', 'itemKnn', 'rp3beta', 'ease', 'easeN'];
  console.log(`| family | ${HALF_LIVES.map((h) => `h = ${h}`).join(' | ')} |`);
  console.log(`| --- | ${HALF_LIVES.map(() => '---').join(' | ')} |`);
  const plain: Record<string, unknown> = {};
  for (const fam of families) {
    const cells = HALF_LIVES.map((h) => {
      const best = singles
        .filter((s) => s.candidate.halfLifeDays === h && s.candidate.components[0].setting.family === fam)
        .sort((a, b) => b.mean - a.mean)[0];
      if (h === Infinity && fam !== 'popularity') plain[fam] = best.candidate.components[0].setting.params;
      return `${fmt(best.mean)} ${settingKey(best.candidate.components[0].setting).replace(/^\w+/, '')}`;
    });
    console.log(`| ${fam} | ${cells.join(' | ')} |`);
  }
  console.log(
    `\nplain (h = ∞) winners ${canonical(plain)}; bench PLAIN matches: ${canonical(plain) === canonical(PLAIN) ? 'yes' : 'NO — update PLAIN'}`,
  );

  console.log('\n## Stage 2: blends of the best setting per family');
  const blends = cached('stage2', () => runBlends(folds, bestSettingCombos(singles, log), log));
  const pool = [...singles, ...blends];

  if (!flag('--skip-timing')) {
    console.log(`\n## Production time of every single setting (full data, ms)\n`);
    console.log('| setting | median | runs | cpu |');
    console.log('| --- | --- | --- | --- |');
    const singleMs = new Map(cached('singleMs', () => [...measureSingles(ds, log)]));
    console.log('\n## Stage 2b (amendment 1): blends of Pareto-front settings within the budget');
    pool.push(...cached('stage2b', () => runBlends(folds, paretoCombos(singles, singleMs, log), log)));
    const ranked = ranking(pool);
    printTop(ranked);
    console.log(`\n## Production-time walk (budget ${BUDGET_MS} ms, median of 3)\n`);
    const { winner } = chooseWithinBudget(ds, ranked, singleMs, log);
    const rank = ranked.indexOf(winner.scored) + 1;
    console.log(
      `\nwinner (rank ${rank} of ${ranked.length}): ${winner.scored.key}, mean ${fmt(winner.scored.mean)}, production ${winner.timing!.wallMs.toFixed(0)} ms`,
    );
    console.log(foldHeader);
    console.log(foldRule);
    console.log(foldRow(winner.scored));
    const chosen = configOf(winner.scored.candidate);
    console.log(`\nselection winner: ${canonical(chosen)}`);
    console.log(`code default:     ${canonical(DEFAULT_RECOMMENDER_CONFIG)}`);
    console.log(
      `default matches the selection winner: ${canonical(chosen) === canonical(DEFAULT_RECOMMENDER_CONFIG) ? 'yes' : 'NO — update DEFAULT_RECOMMENDER_CONFIG'}`,
    );
  } else {
    printTop(ranking(pool));
  }
  console.log(`\nselection: ${secs(performance.now() - t0)}`);
}

function printTop(ranked: Scored[]): void {
  console.log(`\n## Top ${TOP} candidates by mean fold NDCG@10 (${ranked.length} candidates)\n`);
  console.log(foldHeader);
  console.log(foldRule);
  for (const s of ranked.slice(0, TOP)) console.log(foldRow(s));
}

if (!flag('--skip-check')) {
  const folds = checkDefaultOnFolds(ds, DEFAULT_RECOMMENDER_CONFIG);
  console.log(
    `\ncode default through evaluate() on the folds: ${folds.map(fmt).join(' / ')} → mean ${fmt(folds.reduce((a, b) => a + b, 0) / folds.length)}`,
  );
  const t = productionTime(ds, () => createDefaultRecommender());
  console.log(
    `code default production time: ${t.wallMs.toFixed(0)} ms median (runs ${t.runs.map((x) => x.toFixed(0)).join('/')}, cpu ${t.cpuMs.toFixed(0)} ms)`,
  );
}

if (!flag('--skip-real')) {
  console.log('\n# Real split: the plain models and the code default (chosen by amendment 2: bench/recommender-finalists.ts)');
  const real = timeSplit(ds, dayNumber('2011-09-09'));
  const segments = segmentsFor(real.cutoffDay);
  const models: Recommender[] = [
    new PopularityRecommender(),
    new SegmentPopularityRecommender(),
    new UserKnnRecommender(PLAIN.userKnn),
    new ItemKnnRecommender(PLAIN.itemKnn),
    new Rp3BetaRecommender(PLAIN.rp3beta),
    new EaseRecommender(PLAIN.ease),
    new EaseRecommender({ lambda: PLAIN.easeN.lambda, maxProducts: PLAIN.easeN.n }),
    createDefaultRecommender(),
  ];
  const t0 = performance.now();
  const ev = evaluate(real, models, { k: K, ctx: { segments } });
  printEvaluation('Real split', ev);
  console.log(`\nwhole evaluate (${ev.models.length} models): ${secs(performance.now() - t0)}`);
}

if (!flag('--skip-rules')) {
  console.log('\n# Basket rules (all orders; support 0.02, confidence 0.3, max length 3)');
  const baskets: Int32Array[] = [];
  for (let l = 0; l < ds.lineOrder.length;) {
    const o = ds.lineOrder[l];
    const items = new Set<number>();
    for (; l < ds.lineOrder.length && ds.lineOrder[l] === o; l++) items.add(ds.lineProduct[l]);
    baskets.push(Int32Array.from(items).sort());
  }
  const tr = performance.now();
  const frequent = frequentItemsets(baskets, { minSupport: 0.02, maxLen: 3 });
  const rules = associationRules(frequent, { minConfidence: 0.3 });
  const bySize = [1, 2, 3].map((len) => frequent.itemsets.filter((s) => s.items.length === len).length);
  console.log(
    `${baskets.length} baskets, minCount ${frequent.minCount}, itemsets by size ${bySize.join('/')}, ${rules.length} rules, ${secs(performance.now() - tr)}`,
  );
  const name = (items: Int32Array) => `{${Array.from(items, (p) => ds.products[p]).join(', ')}}`;
  for (const r of rules.slice(0, 5)) {
    console.log(
      `${name(r.antecedent)} → ${name(r.consequent)}: support ${fmt(r.support)}, confidence ${fmt(r.confidence)}, lift ${r.lift.toFixed(2)}, leverage ${fmt(r.leverage)}, conviction ${r.conviction === null ? '∞' : r.conviction.toFixed(2)}`,
    );
  }
}
