/** The selection's stages on the folds: single models (stage 1), blends (stages 2 and 2b), and the ranking. */
import { ndcgAtK } from '../../../analysis/src/recommend/metrics.js';
import { topNUnseen, type Recommender } from '../../../analysis/src/recommend/recommender.js';
import { SegmentPopularityRecommender } from '../../../analysis/src/recommend/segment-popularity.js';
import {
  BLEND_FAMILIES,
  BLEND_GRID,
  candidateKey,
  makeModel,
  settingGrid,
  settingKey,
  type Candidate,
  type Family,
  type Setting,
} from './candidates.js';
import { HALF_LIVES, K, meanNdcg, useHalfLife, type FoldData } from './folds.js';
import { BUDGET_MS, componentBoundMs } from './production-time.js';

export interface Scored {
  readonly candidate: Candidate;
  readonly key: string;
  /** NDCG@10 per fold, in FOLDS order, and their mean (the selection score). */
  readonly folds: number[];
  readonly mean: number;
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const fmt = (x: number) => x.toFixed(4);

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
      for (const w of BLEND_GRID[BLEND_FAMILIES[i]])
        rec(i + 1, w > 0 ? [...acc, { setting: best[i].candidate.components[0].setting, weight: w }] : acc);
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
    log(
      `h=${h}: Pareto fronts ${BLEND_FAMILIES.map((fam, i) => `${fam}: ${fronts[i].map((st) => settingKey(st).replace(/^\w+/, '')).join(' ')}`).join('; ')}`,
    );
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

/** Evaluates blends on every fold, exactly as `BlendRecommender` scores them. */
export function runBlends(
  folds: readonly FoldData[],
  combosByHalfLife: ReadonlyMap<number, Combo[]>,
  log: (line: string) => void,
): Scored[] {
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
