/**
 * The analyze job's similarity stage (SIMILAR + ALSO_BOUGHT) with and without the candidate cap
 * (amendment 5 of bench/results/recommender-selection.md), alternating in one process, median per variant.
 * Also reports how many SIMILAR edges keep their uncapped neighbour and the mean score of the lists.
 *
 *   npx tsx bench/similarity-stage.ts [--data FILE] [--cache FILE.v8] [--rounds 3] [--cap 50] [--json NAME]
 *
 * `--cache` keeps the loaded dataset (v8-serialised) so a second run skips the import.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import type { TopKNeighbours } from '../analysis/src/algorithms/cosine-topk.js';
import type { PurchaseDataset } from '../analysis/src/dataset.js';
import { computeSimilarity } from '../analysis/src/job/compute-similarity.js';
import { loadOnlineRetailDataset } from './lib/load-online-retail.js';
import { FULL_DATA, writeResult, median } from './lib/measure.js';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const cache = option('--cache');
let ds: PurchaseDataset;
if (cache && existsSync(cache)) ds = deserialize(readFileSync(cache)) as PurchaseDataset;
else {
  ds = await loadOnlineRetailDataset(option('--data') ?? FULL_DATA);
  if (cache) writeFileSync(cache, serialize(ds));
}
const rounds = Number(option('--rounds') ?? 3);
const capRows = Number(option('--cap') ?? 50);
const variants = { uncapped: null, capped: capRows } as const;
const times: Record<string, number[]> = { uncapped: [], capped: [] };
const lists: Record<string, TopKNeighbours> = {};
for (let round = 0; round < rounds; round++) {
  for (const [name, cap] of Object.entries(variants)) {
    const t0 = performance.now();
    const [similar] = computeSimilarity(ds, 20, 42, cap);
    times[name].push(Math.round(performance.now() - t0));
    lists[name] = similar;
  }
}
const a = lists.uncapped;
const b = lists.capped;
let kept = 0;
for (let r = 0; r + 1 < a.indptr.length; r++) {
  const mine = new Set(b.neighbours.subarray(b.indptr[r], b.indptr[r + 1]));
  for (let p = a.indptr[r]; p < a.indptr[r + 1]; p++) if (mine.has(a.neighbours[p])) kept++;
}
const mean = (x: Float64Array) => x.reduce((s, v) => s + v, 0) / Math.max(1, x.length);
const result = {
  customers: ds.customers.length,
  purchaseLines: ds.lineOrder.length,
  rounds,
  capRows,
  msUncapped: times.uncapped,
  msCapped: times.capped,
  medianUncapped: median(times.uncapped),
  medianCapped: median(times.capped),
  edgesUncapped: a.neighbours.length,
  edgesCapped: b.neighbours.length,
  shareOfUncappedNeighboursKept: kept / Math.max(1, a.neighbours.length),
  meanScoreUncapped: mean(a.scores),
  meanScoreCapped: mean(b.scores),
};
console.log(JSON.stringify(result, null, 2));
const json = option('--json');
if (json) writeResult(json, result);
