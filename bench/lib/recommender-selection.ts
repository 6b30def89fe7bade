/**
 * Rolling-origin selection of the default recommender (protocol:
 * bench/results/recommender-selection.md). Everything here reads only orders
 * before 2011-09-09; the real split lives in bench/evaluate-models.ts.
 *
 * Speed trick: every candidate fits its structure (similarities, walk, Gram)
 * on the binary purchase pattern and reads the matrix values only when
 * scoring (`profile: 'values'`), so one fit serves every recency half-life:
 * the values of the train matrix are swapped in place between half-lives.
 * Popularity sums the values at fit time and is refitted per half-life.
 * `checkDefaultOnFolds` re-runs the built default through `evaluate` to show
 * that this gives the same numbers as fitting the recency-wrapped model.
 */
import { rowIndices, type CsrMatrix } from '../../seed/src/analysis/algorithms/csr.js';
import { dayNumber, type PurchaseDataset } from '../../seed/src/analysis/dataset.js';
import { createDefaultRecommender, type DefaultRecommenderConfig } from '../../seed/src/analysis/recommend/default.js';
import { EaseRecommender } from '../../seed/src/analysis/recommend/ease.js';
import { evaluate } from '../../seed/src/analysis/recommend/evaluate.js';
import { ItemKnnRecommender } from '../../seed/src/analysis/recommend/item-knn.js';
import { ndcgAtK } from '../../seed/src/analysis/recommend/metrics.js';
import { PopularityRecommender } from '../../seed/src/analysis/recommend/popularity.js';
import { recencyWeighted } from '../../seed/src/analysis/recommend/recency.js';
import { topNUnseen, type FitContext, type Recommender } from '../../seed/src/analysis/recommend/recommender.js';
import { Rp3BetaRecommender } from '../../seed/src/analysis/recommend/rp3beta.js';
import { SegmentPopularityRecommender } from '../../seed/src/analysis/recommend/segment-popularity.js';
import { purchaseMatrix, timeSplit, type TimeSplit } from '../../seed/src/analysis/recommend/time-split.js';
import { UserKnnRecommender } from '../../seed/src/analysis/recommend/user-knn.js';

export const K = 10;
export const BUDGET_MS = 1500;
/** Scores closer than this are ties (the faster candidate wins). */
export const TIE = 1e-4;

export interface Fold {
  readonly name: string;
  /** Train < cutoff <= test < testEnd (ISO dates). */
  readonly cutoff: string;
  readonly testEnd: string;
}

export const FOLDS: readonly Fold[] = [
  { name: 'F1', cutoff: '2011-05-09', testEnd: '2011-08-09' },
  { name: 'F2', cutoff: '2011-06-09', testEnd: '2011-09-09' },
  { name: 'F3', cutoff: '2011-07-09', testEnd: '2011-09-09' },
  { name: 'F4', cutoff: '2011-08-09', testEnd: '2011-09-09' },
];

export const HALF_LIVES: readonly number[] = [Infinity, 120, 60, 30];

export type Family = 'popularity' | 'userKnn' | 'itemKnn' | 'rp3beta' | 'ease' | 'easeN';
/** Families that take part in blends, in the component order of `createDefaultRecommender`. */
export const BLEND_FAMILIES: readonly Family[] = ['userKnn', 'itemKnn', 'easeN', 'rp3beta', 'popularity'];
const BLEND_GRID: Record<Family, readonly number[]> = {
  userKnn: [0, 0.5, 1],
  itemKnn: [0, 0.5, 1],
  easeN: [0, 0.5, 1],
  rp3beta: [0, 0.5, 1],
  popularity: [0, 0.1, 0.2],
  ease: [0],
};

export interface Setting {
  readonly family: Family;
  readonly params: Readonly<Record<string, number>>;
}

export const settingKey = (s: Setting): string =>
  `${s.family}(${Object.entries(s.params).map(([k, v]) => `${k}=${v}`).join(',')})`;

/** The candidate grid of single models (see the protocol). */
export function settingGrid(): Setting[] {
  const out: Setting[] = [{ family: 'popularity', params: {} }];
  for (const k of [25, 50, 100, 200]) for (const alpha of [1, 2]) out.push({ family: 'userKnn', params: { k, alpha } });
  for (const k of [20, 50, 100]) for (const alpha of [1, 2]) out.push({ family: 'itemKnn', params: { k, alpha } });
  for (const alpha of [0.5, 1]) for (const beta of [0.3, 0.5, 0.7]) out.push({ family: 'rp3beta', params: { alpha, beta, k: 200 } });
  for (const lambda of [100, 300, 1000]) out.push({ family: 'ease', params: { lambda } });
  for (const n of [500, 1000, 1500]) for (const lambda of [100, 300, 1000]) out.push({ family: 'easeN', params: { lambda, n } });
  return out;
}

/** The model of a setting with a `values` profile (exactly the component `createDefaultRecommender` builds). */
export function makeModel(s: Setting): Recommender {
  const p = s.params;
  switch (s.family) {
    case 'popularity':
      return new PopularityRecommender({ by: 'orders' });
    case 'userKnn':
      return new UserKnnRecommender({ k: p.k, alpha: p.alpha, profile: 'values' });
    case 'itemKnn':
      return new ItemKnnRecommender({ k: p.k, alpha: p.alpha, profile: 'values' });
    case 'rp3beta':
      return new Rp3BetaRecommender({ alpha: p.alpha, beta: p.beta, k: p.k, profile: 'values' });
    case 'ease':
      return new EaseRecommender({ lambda: p.lambda, profile: 'values' });
    case 'easeN':
      return new EaseRecommender({ lambda: p.lambda, maxProducts: p.n, profile: 'values' });
  }
}

/** A candidate = one half-life and weighted components (one component = a single model). */
export interface Candidate {
  readonly halfLifeDays: number;
  readonly components: readonly { readonly setting: Setting; readonly weight: number }[];
}

export const candidateKey = (c: Candidate): string =>
  `h=${c.halfLifeDays} ` + c.components.map((x) => (c.components.length > 1 ? `${x.weight}*` : '') + settingKey(x.setting)).join(' + ');

/** The `DefaultRecommenderConfig` that builds a candidate (unused slots keep neutral values). */
export function configOf(c: Candidate): DefaultRecommenderConfig {
  const find = (...families: Family[]) => c.components.find((x) => families.includes(x.setting.family));
  const weight = (...families: Family[]) => find(...families)?.weight ?? 0;
  const u = find('userKnn')?.setting.params ?? { k: 100, alpha: 2 };
  const i = find('itemKnn')?.setting.params ?? { k: 50, alpha: 2 };
  const e = find('ease', 'easeN')?.setting;
  const r = find('rp3beta')?.setting.params ?? { alpha: 0.5, beta: 0.7, k: 200 };
  return {
    halfLifeDays: c.halfLifeDays,
    userKnn: { k: u.k, alpha: u.alpha },
    itemKnn: { k: i.k, alpha: i.alpha },
    ease: e?.family === 'easeN' ? { lambda: e.params.lambda, maxProducts: e.params.n } : { lambda: e?.params.lambda ?? 300 },
    rp3beta: { alpha: r.alpha, beta: r.beta, k: r.k },
    weights: {
      userKnn: weight('userKnn'),
      itemKnn: weight('itemKnn'),
      ease: weight('ease', 'easeN'),
      rp3beta: weight('rp3beta'),
      popularity: weight('popularity'),
    },
  };
}

/** JSON with object keys sorted and Infinity spelled out, for comparing configurations. */
export const canonical = (v: unknown): string =>
  JSON.stringify(v, (_k, x) =>
    x === Infinity ? 'Infinity' : x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort()) : x,
  );

// ------------------------------------------------------------- fold data ---

export interface FoldData {
  readonly fold: Fold;
  readonly split: TimeSplit;
  /** The train matrix whose `values` are swapped per half-life (structure = split.train). */
  readonly weighted: CsrMatrix & { values: Float64Array };
  readonly valuesByHalfLife: Map<number, Float64Array>;
  readonly relevant: Set<number>[];
  readonly seen: Int32Array[];
  readonly ctx: FitContext;
}

function prepareFold(ds: PurchaseDataset, fold: Fold, segmentsFor: (cutoffDay: number) => Int32Array): FoldData {
  const cutoffDay = dayNumber(fold.cutoff);
  const split = timeSplit(ds, cutoffDay, { testEndDay: dayNumber(fold.testEnd) });
  const valuesByHalfLife = new Map<number, Float64Array>();
  for (const h of HALF_LIVES) valuesByHalfLife.set(h, recencyWeighted(split.train, split.trainLastDay, cutoffDay, h).values as Float64Array);
  const weighted = { ...split.train, values: valuesByHalfLife.get(Infinity)!.slice() };
  return {
    fold,
    split,
    weighted,
    valuesByHalfLife,
    relevant: split.relevant.map((r) => new Set(r)),
    seen: Array.from(split.users, (u) => rowIndices(split.train, u)),
    ctx: { lastDay: split.trainLastDay, referenceDay: cutoffDay, segments: segmentsFor(cutoffDay) },
  };
}

function useHalfLife(fd: FoldData, h: number): void {
  fd.weighted.values.set(fd.valuesByHalfLife.get(h)!);
}

function meanNdcg(model: Recommender, fd: FoldData): number {
  const scores = new Float64Array(fd.split.train.cols);
  let total = 0;
  fd.split.users.forEach((u, i) => {
    model.scoreUser(u, scores);
    total += ndcgAtK(topNUnseen(scores, fd.seen[i], K), fd.relevant[i], K);
  });
  return total / Math.max(1, fd.split.users.length);
}

/**
 * Fits `model` once on the fold's train structure (binary values) and returns
 * its mean NDCG@10 at every recency half-life, in HALF_LIVES order (the model
 * must read the values only when scoring: `profile: 'values'`).
 */
export function ndcgPerHalfLife(model: Recommender, fd: FoldData): number[] {
  useHalfLife(fd, Infinity);
  model.fit(fd.weighted, fd.ctx);
  return HALF_LIVES.map((h) => {
    useHalfLife(fd, h);
    return meanNdcg(model, fd);
  });
}

// ------------------------------------------------------------ selection ---

export interface Scored {
  readonly candidate: Candidate;
  readonly key: string;
  /** NDCG@10 per fold, in FOLDS order, and their mean (the selection score). */
  readonly folds: number[];
  readonly mean: number;
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const fmt = (x: number) => x.toFixed(4);

/** The folds' data (splits, recency values, segments), prepared once. */
export function prepareFolds(ds: PurchaseDataset, segmentsFor: (cutoffDay: number) => Int32Array): FoldData[] {
  return FOLDS.map((f) => prepareFold(ds, f, segmentsFor));
}

/** Stage 1: every single setting at every half-life on every fold (plus segment popularity at h = ∞). */
export function runSingles(
  folds: readonly FoldData[],
  log: (line: string) => void,
): { users: number[]; singles: Scored[]; segmentPopularity: number[] } {
  const grid = settingGrid();
  const single = new Map<string, { setting: Setting; h: number; folds: number[] }>();
  const segmentPopularity: number[] = [];
  const users: number[] = [];
  folds.forEach((fd, f) => {
    users.push(fd.split.users.length);
    log(`fold ${fd.fold.name}: train < ${fd.fold.cutoff}, test ${fd.fold.cutoff} .. < ${fd.fold.testEnd}, ${fd.split.users.length} users`);
    const seg = new SegmentPopularityRecommender();
    seg.fit(fd.split.train, fd.ctx);
    segmentPopularity.push(meanNdcg(seg, fd));
    for (const setting of grid) {
      const t0 = performance.now();
      const model = makeModel(setting);
      const line: string[] = [];
      if (setting.family !== 'popularity') {
        useHalfLife(fd, Infinity);
        model.fit(fd.weighted, fd.ctx);
      }
      for (const h of HALF_LIVES) {
        useHalfLife(fd, h);
        if (setting.family === 'popularity') model.fit(fd.weighted, fd.ctx);
        const key = candidateKey({ halfLifeDays: h, components: [{ setting, weight: 1 }] });
        const entry = single.get(key) ?? { setting, h, folds: [] };
        entry.folds[f] = meanNdcg(model, fd);
        single.set(key, entry);
        line.push(`h=${h}: ${fmt(entry.folds[f])}`);
      }
      log(`  ${fd.fold.name} ${settingKey(setting)}  ${line.join('  ')}  (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    }
  });
  const singles: Scored[] = [...single.entries()].map(([key, e]) => ({
    candidate: { halfLifeDays: e.h, components: [{ setting: e.setting, weight: 1 }] },
    key,
    folds: e.folds,
    mean: mean(e.folds),
  }));
  return { users, singles, segmentPopularity };
}

/** Blend components in `createDefaultRecommender` order (BLEND_FAMILIES), weights > 0. */
export type Combo = readonly { readonly setting: Setting; readonly weight: number }[];

const familyOf = (s: Scored) => s.candidate.components[0].setting.family;
const singlesAt = (singles: readonly Scored[], h: number, fam: Family) =>
  singles.filter((s) => s.candidate.halfLifeDays === h && familyOf(s) === fam);

/**
 * Stage 2 (protocol): per half-life, the fold-mean-best setting of each blend
 * family at that half-life; weights user-kNN, item-kNN, EASE-N, RP3beta ∈
 * {0, 0.5, 1}, popularity ∈ {0, 0.1, 0.2}; at least two components.
 */
export function bestSettingCombos(singles: readonly Scored[], log: (line: string) => void): Map<number, Combo[]> {
  const out = new Map<number, Combo[]>();
  for (const h of HALF_LIVES) {
    const best = BLEND_FAMILIES.map((fam) => singlesAt(singles, h, fam).sort((a, b) => b.mean - a.mean)[0]);
    log(`h=${h}: blend components ${best.map((s) => `${settingKey(s.candidate.components[0].setting)} ${fmt(s.mean)}`).join(', ')}`);
    const combos: Combo[] = [];
    const rec = (i: number, acc: { setting: Setting; weight: number }[]) => {
      if (i === BLEND_FAMILIES.length) {
        if (acc.length >= 2) combos.push(acc.slice());
        return;
      }
      for (const w of BLEND_GRID[BLEND_FAMILIES[i]]) rec(i + 1, w > 0 ? [...acc, { setting: best[i].candidate.components[0].setting, weight: w }] : acc);
    };
    rec(0, []);
    out.set(h, combos);
  }
  return out;
}

/**
 * Stage 2b (amendment 1): per half-life and blend family, the settings on the
 * score/time Pareto front among those whose single production time fits the
 * budget (no other setting of the family is both faster and better at that
 * half-life); each family absent or one front setting with weight ∈ {0.5, 1}
 * (popularity ∈ {0.1, 0.2}); at least two components; only blends whose
 * component bound (see `componentBoundMs`) fits the budget.
 */
export function paretoCombos(
  singles: readonly Scored[],
  singleMs: ReadonlyMap<string, number>,
  log: (line: string) => void,
): Map<number, Combo[]> {
  const out = new Map<number, Combo[]>();
  for (const h of HALF_LIVES) {
    const fronts = BLEND_FAMILIES.map((fam) => {
      const feasible = singlesAt(singles, h, fam)
        .map((s) => ({ s, ms: singleMs.get(settingKey(s.candidate.components[0].setting))! }))
        .filter((x) => x.ms <= BUDGET_MS)
        .sort((a, b) => a.ms - b.ms);
      const front: Setting[] = [];
      let bestScore = -Infinity;
      for (const x of feasible) {
        if (x.s.mean > bestScore) {
          front.push(x.s.candidate.components[0].setting);
          bestScore = x.s.mean;
        }
      }
      return front;
    });
    log(`h=${h}: Pareto fronts ${BLEND_FAMILIES.map((fam, i) => `${fam}: ${fronts[i].map((st) => settingKey(st).replace(/^\w+/, '')).join(' ')}`).join('; ')}`);
    const combos: Combo[] = [];
    const rec = (i: number, acc: { setting: Setting; weight: number }[]) => {
      if (i === BLEND_FAMILIES.length) {
        if (acc.length >= 2 && componentBoundMs(acc, singleMs) <= BUDGET_MS) combos.push(acc.slice());
        return;
      }
      rec(i + 1, acc);
      const weights = BLEND_FAMILIES[i] === 'popularity' ? [0.1, 0.2] : [0.5, 1];
      for (const setting of fronts[i]) for (const weight of weights) rec(i + 1, [...acc, { setting, weight }]);
    };
    rec(0, []);
    out.set(h, combos);
  }
  return out;
}

/**
 * Lower bound of a blend's production time: its components' single times
 * minus (components − 1) × popularity's (the per-customer top-20 / explain loop
 * a blend pays once).
 */
export function componentBoundMs(components: Combo, singleMs: ReadonlyMap<string, number>): number {
  const overhead = singleMs.get(settingKey({ family: 'popularity', params: {} }))!;
  return components.reduce((a, c) => a + singleMs.get(settingKey(c.setting))!, 0) - (components.length - 1) * overhead;
}

/** Evaluates blends on every fold, exactly as `BlendRecommender` scores them. */
export function runBlends(folds: readonly FoldData[], combosByHalfLife: ReadonlyMap<number, Combo[]>, log: (line: string) => void): Scored[] {
  const blendFolds = new Map<string, { candidate: Candidate; folds: number[] }>();
  folds.forEach((fd, f) => {
    const t0 = performance.now();
    const fitted = new Map<string, Recommender>();
    let count = 0;
    for (const h of HALF_LIVES) {
      const combos = combosByHalfLife.get(h) ?? [];
      if (combos.length === 0) continue;
      // Raw scores and max |score| per evaluated customer, per distinct setting (as BlendRecommender computes them).
      const raw = new Map<string, { rows: Float64Array[]; max: Float64Array }>();
      for (const combo of combos) {
        for (const { setting } of combo) {
          const key = settingKey(setting);
          if (raw.has(key)) continue;
          let model: Recommender;
          if (setting.family === 'popularity') {
            useHalfLife(fd, h);
            model = makeModel(setting);
            model.fit(fd.weighted, fd.ctx);
          } else {
            if (!fitted.has(key)) {
              useHalfLife(fd, Infinity);
              const m = makeModel(setting);
              m.fit(fd.weighted, fd.ctx);
              fitted.set(key, m);
            }
            model = fitted.get(key)!;
            useHalfLife(fd, h);
          }
          const rows: Float64Array[] = [];
          const max = new Float64Array(fd.split.users.length);
          fd.split.users.forEach((u, i) => {
            const buf = new Float64Array(fd.split.train.cols);
            model.scoreUser(u, buf);
            let mx = 0;
            for (let j = 0; j < buf.length; j++) mx = Math.max(mx, Math.abs(buf[j]));
            rows.push(buf);
            max[i] = mx;
          });
          raw.set(key, { rows, max });
        }
      }
      const out = new Float64Array(fd.split.train.cols);
      for (const combo of combos) {
        const parts = combo.map((c) => ({ weight: c.weight, ...raw.get(settingKey(c.setting))! }));
        let total = 0;
        for (let i = 0; i < fd.split.users.length; i++) {
          out.fill(0);
          for (const part of parts) {
            const mx = part.max[i];
            const scale = mx > 0 ? part.weight / mx : 0;
            if (scale === 0) continue;
            const r = part.rows[i];
            for (let j = 0; j < out.length; j++) out[j] += scale * r[j];
          }
          total += ndcgAtK(topNUnseen(out, fd.seen[i], K), fd.relevant[i], K);
        }
        const candidate: Candidate = { halfLifeDays: h, components: combo };
        const key = candidateKey(candidate);
        const entry = blendFolds.get(key) ?? { candidate, folds: [] };
        entry.folds[f] = total / Math.max(1, fd.split.users.length);
        blendFolds.set(key, entry);
        count++;
      }
    }
    log(`  ${fd.fold.name}: ${count} blends in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  });
  return [...blendFolds.entries()].map(([key, e]) => ({ candidate: e.candidate, key, folds: e.folds, mean: mean(e.folds) }));
}

/** All candidates, best selection score first (ties → fewer components, then key). */
export function ranking(candidates: readonly Scored[]): Scored[] {
  const unique = new Map(candidates.map((c) => [c.key, c]));
  return [...unique.values()].sort(
    (a, b) => b.mean - a.mean || a.candidate.components.length - b.candidate.components.length || (a.key < b.key ? -1 : 1),
  );
}

/** The default built from `config` evaluated with `evaluate` (fit on the recency-wrapped train) on every fold. */
export function checkDefaultOnFolds(ds: PurchaseDataset, config: DefaultRecommenderConfig): number[] {
  return FOLDS.map((fold) => {
    const split = timeSplit(ds, dayNumber(fold.cutoff), { testEndDay: dayNumber(fold.testEnd) });
    return evaluate(split, [createDefaultRecommender(config)], { k: K }).models[0].ndcg;
  });
}

// ------------------------------------------------------- production time ---

export interface ProductionTiming {
  /** Median of the runs, and every run, wall ms; CPU ms (user + system) of the median run. */
  readonly wallMs: number;
  readonly runs: number[];
  readonly cpuMs: number;
}

/**
 * The default model's production work in the analysis job
 * (seed/src/analysis/job/compute-recommendations.ts, minus record formatting):
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
    log(`  measured ${fmt(scored.mean)} ${scored.key}: ${timing.wallMs.toFixed(0)} ms (runs ${timing.runs.map((x) => x.toFixed(0)).join('/')}, cpu ${timing.cpuMs.toFixed(0)} ms)`);
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
