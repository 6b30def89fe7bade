/**
 * Amendment 5 of bench/results/recommender-selection.md: the candidate cap of
 * the neighbour search (analysis/src/algorithms/capped-cosine.ts), chosen on
 * the four rolling-origin folds (nothing on or after 2011-09-09 is read) for
 * user-kNN (k = 100, α = 2), with segment-user-kNN reported beside it.
 *
 *   npx tsx bench/candidate-cap-folds.ts [--data path] [--json file]
 *   npx tsx bench/candidate-cap-folds.ts --real --cap C   (after the choice, once: the 2011-09-09 split for the
 *                                                          default and both user-kNN models, uncapped and capped)
 */
import { writeFileSync } from 'node:fs';
import { trainSegments } from '../analysis/src/evaluation/train-segments.js';
import { dayNumber } from '../analysis/src/dataset.js';
import { createRecommender } from '../analysis/src/job/recommendation-models.js';
import { evaluate } from '../analysis/src/recommend/evaluate.js';
import { pairedStandardError } from '../analysis/src/recommend/metrics.js';
import type { Recommender } from '../analysis/src/recommend/recommender.js';
import { timeSplit } from '../analysis/src/recommend/time-split.js';
import { SegmentUserKnnRecommender } from '../analysis/src/recommend/segment-user-knn.js';
import { UserKnnRecommender, type UserKnnOptions } from '../analysis/src/recommend/user-knn.js';
import { loadOnlineRetailDataset } from './lib/load-online-retail.js';
import { FULL_DATA } from './lib/measure.js';
import { meanNdcg, prepareFolds } from './lib/recommender-selection.js';

export const CAP_GRID = [50, 100, 200, 400, 800] as const;
/** A cap may cost at most this much of user-kNN's fold mean (amendment 5). */
export const CAP_TOLERANCE = 0.001;
const SEED = 42;

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const ds = await loadOnlineRetailDataset(option('--data') ?? FULL_DATA);
if (args.includes('--real')) {
  const cutoffDay = dayNumber('2011-09-09');
  const capRows = Number(option('--cap'));
  const capped = { maxColumnRows: capRows, seed: SEED };
  const models: [string, Recommender][] = [
    ['default', createRecommender('default')],
    ['user-knn', createRecommender('user-knn')],
    [`user-knn, cap ${capRows}`, new UserKnnRecommender({ k: 100, alpha: 2, candidateCap: capped })],
    ['segment-user-knn', createRecommender('segment-user-knn')],
    [`segment-user-knn, cap ${capRows}`, new SegmentUserKnnRecommender({ k: 100, alpha: 2, candidateCap: capped })],
  ];
  const ev = evaluate(
    timeSplit(ds, cutoffDay),
    models.map(([, m]) => m),
    { ctx: { segments: trainSegments(ds, cutoffDay, { k: 4, seed: 42 }) } },
  );
  const f4 = (x: number) => x.toFixed(4);
  models.forEach(([name], i) => {
    const m = ev.models[i];
    const vsUncapped = name.includes(', cap') ? ev.models[i - 1] : null;
    const diff = vsUncapped
      ? `; − uncapped: ${f4(m.ndcg - vsUncapped.ndcg)} ± ${f4(1.96 * pairedStandardError(m.perUserNdcg, vsUncapped.perUserNdcg))}`
      : '';
    console.log(`${name}: NDCG@10 ${f4(m.ndcg)} ± ${f4(1.96 * m.ndcgStdError)}${diff} (${ev.users} customers)`);
  });
  process.exit(0);
}
const folds = prepareFolds(ds, (cutoffDay) => trainSegments(ds, cutoffDay, { k: 4, seed: 42 }));
const fmt = (x: number) => x.toFixed(4);

interface Row {
  family: string;
  cap: number | null;
  folds: number[];
  mean: number;
  fitMs: number;
}
const rows: Row[] = [];
const families: [string, (o: UserKnnOptions) => Recommender][] = [
  ['user-knn', (o) => new UserKnnRecommender(o)],
  ['segment-user-knn', (o) => new SegmentUserKnnRecommender(o)],
];
console.log('| model | cap | F1 | F2 | F3 | F4 | mean | fit ms (4 folds) |');
for (const [family, make] of families) {
  for (const cap of [null, ...CAP_GRID]) {
    let fitMs = 0;
    const scores = folds.map((fd) => {
      const model = make({ k: 100, alpha: 2, ...(cap === null ? {} : { candidateCap: { maxColumnRows: cap, seed: SEED } }) });
      const t0 = performance.now();
      model.fit(fd.split.train, fd.ctx);
      fitMs += performance.now() - t0;
      return meanNdcg(model, fd);
    });
    const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
    rows.push({ family, cap, folds: scores, mean, fitMs: Math.round(fitMs) });
    console.log(`| ${family} | ${cap ?? 'none'} | ${scores.map(fmt).join(' | ')} | ${fmt(mean)} | ${Math.round(fitMs)} |`);
  }
}
const uncapped = rows.find((r) => r.family === 'user-knn' && r.cap === null)!;
const chosen = rows
  .filter((r) => r.family === 'user-knn' && r.cap !== null && r.mean >= uncapped.mean - CAP_TOLERANCE)
  .sort((a, b) => a.cap! - b.cap!)[0];
const cap = chosen?.cap ?? CAP_GRID[CAP_GRID.length - 1];
console.log(`chosen cap: ${cap} (user-kNN fold mean ${fmt(chosen?.mean ?? NaN)} against ${fmt(uncapped.mean)} uncapped)`);
const json = option('--json');
if (json) writeFileSync(json, JSON.stringify({ tolerance: CAP_TOLERANCE, seed: SEED, chosen: cap, rows }, null, 2) + '\n');
