/** The candidate grid of the recommender selection: model families, settings, blends and their configurations. */
import type { DefaultRecommenderConfig } from '../../../analysis/src/recommend/default.js';
import { EaseRecommender } from '../../../analysis/src/recommend/ease.js';
import { ItemKnnRecommender } from '../../../analysis/src/recommend/item-knn.js';
import { PopularityRecommender } from '../../../analysis/src/recommend/popularity.js';
import type { Recommender } from '../../../analysis/src/recommend/recommender.js';
import { Rp3BetaRecommender } from '../../../analysis/src/recommend/rp3beta.js';
import { UserKnnRecommender } from '../../../analysis/src/recommend/user-knn.js';

export type Family = 'popularity' | 'userKnn' | 'itemKnn' | 'rp3beta' | 'ease' | 'easeN';
/** Families that take part in blends, in the component order of `createDefaultRecommender`. */
export const BLEND_FAMILIES: readonly Family[] = ['userKnn', 'itemKnn', 'easeN', 'rp3beta', 'popularity'];
export const BLEND_GRID: Record<Family, readonly number[]> = {
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
  `${s.family}(${Object.entries(s.params)
    .map(([k, v]) => `${k}=${v}`)
    .join(',')})`;

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
