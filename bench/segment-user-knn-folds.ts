/**
 * Amendment 4 of bench/results/recommender-selection.md: per-segment user-kNN
 * tuned on user-kNN's grid (k × α, binary profile) on the four rolling-origin
 * folds (nothing on or after 2011-09-09 is read), beside plain user-kNN on the
 * same folds. Segments: k-means (k = 4, seed 42) on each fold's train orders.
 *
 *   npx tsx bench/segment-user-knn-folds.ts [--data path] [--json file]
 *   npx tsx bench/segment-user-knn-folds.ts --real   (after the choice: the 2011-09-09 split, once, with
 *                                                     paired differences against user-kNN and the default)
 */
import { writeFileSync } from 'node:fs';
import { trainSegments } from '../analysis/src/evaluation/train-segments.js';
import { dayNumber } from '../analysis/src/dataset.js';
import { createRecommender } from '../analysis/src/job/recommendation-models.js';
import { evaluate } from '../analysis/src/recommend/evaluate.js';
import { pairedStandardError } from '../analysis/src/recommend/metrics.js';
import { timeSplit } from '../analysis/src/recommend/time-split.js';
import type { Recommender } from '../analysis/src/recommend/recommender.js';
import { SegmentUserKnnRecommender } from '../analysis/src/recommend/segment-user-knn.js';
import { UserKnnRecommender } from '../analysis/src/recommend/user-knn.js';
import { loadOnlineRetailDataset } from './lib/load-online-retail.js';
import { FULL_DATA } from './lib/measure.js';
import { meanNdcg, prepareFolds, TIE } from './lib/recommender-selection.js';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const ds = await loadOnlineRetailDataset(option('--data') ?? FULL_DATA);
if (args.includes('--real')) {
  const cutoffDay = dayNumber('2011-09-09');
  const names = ['default', 'user-knn', 'segment-user-knn'] as const;
  const ev = evaluate(timeSplit(ds, cutoffDay), names.map(createRecommender), {
    ctx: { segments: trainSegments(ds, cutoffDay, { k: 4, seed: 42 }) },
  });
  const at = (n: (typeof names)[number]) => ev.models[names.indexOf(n)];
  const f4 = (x: number) => x.toFixed(4);
  for (const n of names) console.log(`${n}: NDCG@10 ${f4(at(n).ndcg)} ± ${f4(1.96 * at(n).ndcgStdError)} (${ev.users} customers)`);
  const seg = at('segment-user-knn');
  for (const n of ['user-knn', 'default'] as const) {
    console.log(
      `segment-user-knn − ${n}: ${f4(seg.ndcg - at(n).ndcg)} ± ${f4(1.96 * pairedStandardError(seg.perUserNdcg, at(n).perUserNdcg))} (paired by customer, 95 %)`,
    );
  }
  process.exit(0);
}
const folds = prepareFolds(ds, (cutoffDay) => trainSegments(ds, cutoffDay, { k: 4, seed: 42 }));
const fmt = (x: number) => x.toFixed(4);

interface Row {
  family: string;
  k: number;
  alpha: number;
  folds: number[];
  mean: number;
}
const rows: Row[] = [];
for (const [family, make] of [
  ['segment-user-knn', (k: number, alpha: number) => new SegmentUserKnnRecommender({ k, alpha })],
  ['user-knn', (k: number, alpha: number) => new UserKnnRecommender({ k, alpha })],
] as [string, (k: number, alpha: number) => Recommender][]) {
  for (const k of [25, 50, 100, 200]) {
    for (const alpha of [1, 2]) {
      const scores = folds.map((fd) => {
        const model = make(k, alpha);
        model.fit(fd.split.train, fd.ctx);
        return meanNdcg(model, fd);
      });
      const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
      rows.push({ family, k, alpha, folds: scores, mean });
      console.log(`| ${family} | ${k} | ${alpha} | ${scores.map(fmt).join(' | ')} | ${fmt(mean)} |`);
    }
  }
}
const best = (family: string) =>
  rows
    .filter((r) => r.family === family)
    .sort((a, b) => (Math.abs(a.mean - b.mean) >= TIE ? b.mean - a.mean : a.k - b.k || b.alpha - a.alpha))[0];
for (const family of ['segment-user-knn', 'user-knn']) {
  const b = best(family);
  console.log(`best ${family}: k=${b.k}, α=${b.alpha}, fold mean ${fmt(b.mean)}`);
}
const json = option('--json');
if (json)
  writeFileSync(
    json,
    JSON.stringify(
      { folds: folds.map((f) => ({ ...f.fold, users: f.split.users.length })), rows, best: best('segment-user-knn') },
      null,
      2,
    ) + '\n',
  );
