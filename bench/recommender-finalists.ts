/**
 * Amendment 2 of the recommender selection (bench/results/recommender-selection.md):
 * the issue asks to tune on a validation cutoff and then *choose the default by
 * the 2011-09-09 evaluation*. The finalists below were fixed from the fold
 * results alone (each family's best setting at its best half-life, and the top
 * of the pooled fold ranking) before this script first ran the real split.
 * Amendment 3 added seven EASE / EDLAE / DLAE finalists (fold-best per form and
 * size, bench/ease-denoising-folds.ts) before their real split was run.
 *
 *   npx tsx bench/recommender-finalists.ts [--data path] [--from i] [--skip-folds] [--skip-timing]
 *
 * For every finalist: mean fold NDCG@10 (re-computed, so the configuration
 * written here is checked against the selection log), NDCG@10 and the other
 * metrics on the real split, and the production work time on the full data
 * (median of 3; full EASE: 1 run). Prints a markdown table.
 */
import { dayNumber } from '../analysis/src/dataset.js';
import { DEFAULT_RECOMMENDER_CONFIG, createDefaultRecommender, type DefaultRecommenderConfig } from '../analysis/src/recommend/default.js';
import { evaluate } from '../analysis/src/recommend/evaluate.js';
import { timeSplit } from '../analysis/src/recommend/time-split.js';
import { loadOnlineRetailDataset } from './lib/load-online-retail.js';
import { FULL_DATA } from './lib/measure.js';
import { K, checkDefaultOnFolds, productionTime } from './lib/recommender-selection.js';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const dataPath = flag('--data') ? args[args.indexOf('--data') + 1] : FULL_DATA;

type Weights = DefaultRecommenderConfig['weights'];
const NONE: Weights = { userKnn: 0, itemKnn: 0, ease: 0, rp3beta: 0, popularity: 0 };

function finalist(
  name: string,
  foldMean: number,
  halfLifeDays: number,
  weights: Partial<Weights>,
  settings: Partial<DefaultRecommenderConfig> = {},
) {
  const config: DefaultRecommenderConfig = { ...DEFAULT_RECOMMENDER_CONFIG, ...settings, halfLifeDays, weights: { ...NONE, ...weights } };
  return { name, foldMean, config };
}

/** The components' settings of the two three-way blends (they differ in EASE-N's weight). */
const THREE_WAY: Partial<DefaultRecommenderConfig> = {
  userKnn: { k: 200, alpha: 2 },
  itemKnn: { k: 50, alpha: 2 },
  ease: { lambda: 300, maxProducts: 1500 },
};

/** Fold means as logged by the selection (stage 1 table and pooled ranking). */
export const FINALISTS = [
  finalist('h=30 user-kNN(k=200,α=2)', 0.1324, 30, { userKnn: 1 }, { userKnn: { k: 200, alpha: 2 } }),
  finalist('h=60 item-kNN(k=50,α=2)', 0.1297, 60, { itemKnn: 1 }, { itemKnn: { k: 50, alpha: 2 } }),
  finalist('h=30 RP3beta(α=0.5,β=0.5,k=200)', 0.1172, 30, { rp3beta: 1 }, { rp3beta: { alpha: 0.5, beta: 0.5, k: 200 } }),
  finalist('h=120 EASE(λ=300)', 0.1324, 120, { ease: 1 }, { ease: { lambda: 300 } }),
  finalist('h=60 EASE-N(λ=300,N=1500)', 0.1321, 60, { ease: 1 }, { ease: { lambda: 300, maxProducts: 1500 } }),
  finalist('h=30 1·user-kNN(k=100) + 0.5·item-kNN(k=20) [selection default]', 0.1413, 30, { userKnn: 1, itemKnn: 0.5 }),
  finalist(
    'h=30 1·user-kNN(k=200) + 0.5·item-kNN(k=50) + 0.5·EASE-N(1500)',
    0.1412,
    30,
    { userKnn: 1, itemKnn: 0.5, ease: 0.5 },
    THREE_WAY,
  ),
  finalist('h=30 1·user-kNN(k=200) + 0.5·item-kNN(k=50) + 1·EASE-N(1500)', 0.1411, 30, { userKnn: 1, itemKnn: 0.5, ease: 1 }, THREE_WAY),
  // Amendment 3: fold-best per form and size (bench/ease-denoising-folds.ts, bench/results/ease-denoising-folds.json).
  finalist('h=60 EASE-N(λ=300,N=2500)', 0.1323, 60, { ease: 1 }, { ease: { lambda: 300, maxProducts: 2500 } }),
  finalist('h=60 EDLAE(λ=300,p=0.25,N=1500)', 0.1325, 60, { ease: 1 }, { ease: { lambda: 300, maxProducts: 1500, dropout: 0.25 } }),
  finalist('h=60 EDLAE(λ=300,p=0.25,N=2500)', 0.1327, 60, { ease: 1 }, { ease: { lambda: 300, maxProducts: 2500, dropout: 0.25 } }),
  finalist('h=60 EDLAE(λ=300,p=0.25), all products', 0.1328, 60, { ease: 1 }, { ease: { lambda: 300, dropout: 0.25 } }),
  finalist(
    'h=120 DLAE(λ=300,p=0.25,N=1500)',
    0.1339,
    120,
    { ease: 1 },
    { ease: { lambda: 300, maxProducts: 1500, dropout: 0.25, form: 'dlae' } },
  ),
  finalist(
    'h=60 DLAE(λ=300,p=0.5,N=2500)',
    0.1342,
    60,
    { ease: 1 },
    { ease: { lambda: 300, maxProducts: 2500, dropout: 0.5, form: 'dlae' } },
  ),
  finalist('h=60 DLAE(λ=300,p=0.5), all products', 0.1341, 60, { ease: 1 }, { ease: { lambda: 300, dropout: 0.5, form: 'dlae' } }),
];

const fmt = (x: number) => x.toFixed(4);
const ds = await loadOnlineRetailDataset(dataPath);
const real = timeSplit(ds, dayNumber('2011-09-09'));
/** `--from i`: only the finalists from index i on (amendment 3's are 8..14). */
const from = flag('--from') ? Number(args[args.indexOf('--from') + 1]) : 0;
const chosen = FINALISTS.slice(from);
const ev = evaluate(
  real,
  chosen.map((f) => createDefaultRecommender(f.config, f.name)),
  { k: K },
);
console.log(`real split: ${ev.users} users, k = ${ev.k}\n`);
console.log(
  '| finalist | fold mean (log) | fold mean (now) | real NDCG | precision | recall | hit rate | MAP | coverage | production ms |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const [i, f] of chosen.entries()) {
  const m = ev.models[i];
  const folds = flag('--skip-folds') ? null : checkDefaultOnFolds(ds, f.config);
  const now = folds ? fmt(folds.reduce((a, b) => a + b, 0) / folds.length) : '–';
  const full = f.config.weights.ease > 0 && f.config.ease.maxProducts === undefined;
  const time = flag('--skip-timing') ? null : productionTime(ds, () => createDefaultRecommender(f.config), full ? 1 : 3);
  console.log(
    `| ${f.name} | ${fmt(f.foldMean)} | ${now} | ${fmt(m.ndcg)} | ${fmt(m.precision)} | ${fmt(m.recall)} | ${fmt(m.hitRate)} | ${fmt(m.map)} | ${fmt(m.coverage)} | ${time ? time.wallMs.toFixed(0) : '–'} |`,
  );
}
