/**
 * The similarity stage's customer side, exact against the candidate cap at several caps, on one dataset:
 * the exact kernel's work (Σ over products of buyers²), time per kernel, the share of exact neighbours a cap
 * keeps and the lists' mean cosine. Chose the automatic cap of compute-similarity.ts (AUTO_CANDIDATE_CAP).
 *
 *   npx tsx bench/similarity-caps.ts FILE CACHE.v8 [--caps 100,300,1000] [--json NAME]
 *
 * FILE is an export (e.g. tmp/scale/shop-10x-seed42.csv from bench:scale); CACHE keeps the loaded dataset.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import type { PurchaseDataset } from '../analysis/src/dataset.js';
import { purchaseMatrix } from '../analysis/src/recommend/time-split.js';
import { cosineNeighbours } from '../analysis/src/algorithms/cosine-neighbours.js';
import { cappedCosineNeighbours } from '../analysis/src/algorithms/capped-cosine.js';
import { similarityPlan } from '../analysis/src/job/compute-similarity.js';
import { loadOnlineRetailDataset } from './lib/load-online-retail.js';
import { writeResult } from './lib/measure.js';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const [file, cache] = args;
let ds: PurchaseDataset;
if (existsSync(cache)) ds = deserialize(readFileSync(cache)) as PurchaseDataset;
else {
  ds = await loadOnlineRetailDataset(file);
  writeFileSync(cache, serialize(ds));
}
const { matrix } = purchaseMatrix(ds);
let t0 = performance.now();
const exact = cosineNeighbours(matrix, 20);
const exactMs = Math.round(performance.now() - t0);
const mean = (x: Float64Array) => x.reduce((s, v) => s + v, 0) / Math.max(1, x.length);
const caps = [];
for (const cap of (option('--caps') ?? '100,300,1000').split(',').map(Number)) {
  t0 = performance.now();
  const b = cappedCosineNeighbours(matrix, 20, { maxColumnRows: cap, seed: 42 });
  const ms = Math.round(performance.now() - t0);
  let kept = 0;
  for (let r = 0; r + 1 < exact.indptr.length; r++) {
    const mine = new Set(b.neighbours.subarray(b.indptr[r], b.indptr[r + 1]));
    for (let p = exact.indptr[r]; p < exact.indptr[r + 1]; p++) if (mine.has(exact.neighbours[p])) kept++;
  }
  caps.push({ cap, ms, keptShare: kept / Math.max(1, exact.neighbours.length), meanCosine: mean(b.scores) });
}
const result = {
  customers: matrix.rows,
  nnz: matrix.indices.length,
  exactWork: similarityPlan(matrix).work,
  exactMs,
  exactMeanCosine: mean(exact.scores),
  caps,
};
console.log(JSON.stringify(result, null, 2));
const json = option('--json');
if (json) writeResult(json, result);
