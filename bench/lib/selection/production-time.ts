/** Production time of a candidate (the analysis job's work for the default model) and the budget walk of amendment 1. */
import type { PurchaseDataset } from '../../../analysis/src/dataset.js';
import { createDefaultRecommender } from '../../../analysis/src/recommend/default.js';
import { topNUnseen, type FitContext, type Recommender } from '../../../analysis/src/recommend/recommender.js';
import { purchaseMatrix } from '../../../analysis/src/recommend/time-split.js';
import { configOf, settingGrid, settingKey } from './candidates.js';
import { TIE } from './folds.js';
import type { Combo, Scored } from './stages.js';

export const BUDGET_MS = 1500;
const fmt = (x: number) => x.toFixed(4);

/**
 * Lower bound of a blend's production time: its components' single times
 * minus (components − 1) × popularity's (the per-customer top-20 / explain loop
 * a blend pays once).
 */
export function componentBoundMs(components: Combo, singleMs: ReadonlyMap<string, number>): number {
  const overhead = singleMs.get(settingKey({ family: 'popularity', params: {} }))!;
  return components.reduce((a, c) => a + singleMs.get(settingKey(c.setting))!, 0) - (components.length - 1) * overhead;
}

export interface ProductionTiming {
  /** Median of the runs, and every run, wall ms; CPU ms (user + system) of the median run. */
  readonly wallMs: number;
  readonly runs: number[];
  readonly cpuMs: number;
}

/**
 * The default model's production work in the analysis job
 * (analysis/src/job/compute-recommendations.ts, minus record formatting):
 * fit on all orders with referenceDay = last day + 1, then for every customer
 * scoreUser, topNUnseen(…, 20) and explain(u, p, 3) for each of the 20 products.
 * Median of `runs` runs, each on a fresh model.
 */
export function productionTime(ds: PurchaseDataset, make: () => Recommender, runs = 3): ProductionTiming {
  const { matrix, lastDay } = purchaseMatrix(ds);
  let last = -Infinity;
  for (const d of ds.orderDay) last = Math.max(last, d);
  const ctx: FitContext = { lastDay, referenceDay: last + 1 };
  const results: { wall: number; cpu: number }[] = [];
  for (let r = 0; r < runs; r++) {
    const model = make();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    model.fit(matrix, ctx);
    const scores = new Float64Array(matrix.cols);
    let reasons = 0;
    for (let u = 0; u < matrix.rows; u++) {
      model.scoreUser(u, scores);
      const top = topNUnseen(scores, matrix.indices.subarray(matrix.indptr[u], matrix.indptr[u + 1]), 20);
      for (const p of top) reasons += model.explain(u, p, 3).length;
    }
    const wall = performance.now() - t0;
    const cpu = process.cpuUsage(c0);
    if (reasons < 0) throw new Error('unreachable');
    results.push({ wall, cpu: (cpu.user + cpu.system) / 1000 });
  }
  const sorted = [...results].sort((a, b) => a.wall - b.wall);
  const median = sorted[Math.floor(sorted.length / 2)];
  return { wallMs: median.wall, runs: results.map((x) => x.wall), cpuMs: median.cpu };
}

export interface WalkStep {
  readonly scored: Scored;
  /** Lower bound from the components' single times (ms), and the measurement when one was made. */
  readonly boundMs: number;
  readonly timing: ProductionTiming | null;
}

/**
 * The choice rule: walk down `ranked`; skip candidates whose component bound
 * exceeds the budget, measure the others; the first within budget wins, then
 * every other within-budget candidate within TIE of its score is measured and
 * the fastest of them is taken. Returns the winner and the walk.
 */
export function chooseWithinBudget(
  ds: PurchaseDataset,
  ranked: readonly Scored[],
  singleMs: ReadonlyMap<string, number>,
  log: (line: string) => void,
): { winner: WalkStep; walk: WalkStep[] } {
  const walk: WalkStep[] = [];
  let winner: WalkStep | null = null;
  let skipped = 0;
  for (const scored of ranked) {
    if (winner && scored.mean < winner.scored.mean - TIE) break;
    const boundMs = componentBoundMs(scored.candidate.components, singleMs);
    if (boundMs > BUDGET_MS) {
      walk.push({ scored, boundMs, timing: null });
      if (skipped++ < 10) log(`  skip ${fmt(scored.mean)} ${scored.key}: components ≥ ${boundMs.toFixed(0)} ms`);
      continue;
    }
    const timing = productionTime(ds, () => createDefaultRecommender(configOf(scored.candidate)));
    const step = { scored, boundMs, timing };
    walk.push(step);
    log(
      `  measured ${fmt(scored.mean)} ${scored.key}: ${timing.wallMs.toFixed(0)} ms (runs ${timing.runs.map((x) => x.toFixed(0)).join('/')}, cpu ${timing.cpuMs.toFixed(0)} ms)`,
    );
    if (timing.wallMs <= BUDGET_MS && (!winner || timing.wallMs < winner.timing!.wallMs)) winner = step;
  }
  log(`  (${skipped} candidates skipped by the component bound)`);
  if (!winner) throw new Error('no candidate fits the production budget');
  return { winner, walk };
}

/**
 * Production time (median of 3; 1 run for full EASE, ≈ 10 s alone) of every
 * setting of the grid as a single model (h = 60 d: the half-life does not
 * change the work).
 */
export function measureSingles(ds: PurchaseDataset, log: (line: string) => void): Map<string, number> {
  const out = new Map<string, number>();
  for (const setting of settingGrid()) {
    const make = () => createDefaultRecommender(configOf({ halfLifeDays: 60, components: [{ setting, weight: 1 }] }));
    const t = productionTime(ds, make, setting.family === 'ease' ? 1 : 3);
    out.set(settingKey(setting), t.wallMs);
    log(`| ${settingKey(setting)} | ${t.wallMs.toFixed(0)} | ${t.runs.map((x) => x.toFixed(0)).join(' / ')} | ${t.cpuMs.toFixed(0)} |`);
  }
  return out;
}
