/**
 * Recommendations that are not for a known customer: for a basket of
 * products, and for a new customer (a segment, or features placed in the
 * nearest segment). Uses the analysis package's recommenders when it
 * exports them, else graph queries (ALSO_BOUGHT + rules; segment popularity).
 */
import type { GraphReader } from '@basketgraph/cypher';
import type { Loaders } from '../loaders/create-loaders.js';
import type { Services } from '../context.js';
import { CandidateScores, scaledDistance } from './scoring.js';
import type { ProductModel, ReasonKind, ReasonModel, RecommendationModel, SegmentModel } from './models.js';
import { rulesApplying } from '../loaders/rule-loaders.js';
import { toReasons } from './rows.js';

interface Deps {
  store: GraphReader;
  loaders: Loaders;
  services: Services;
}

const SEED_REASON: Record<string, ReasonKind> = {
  neighbour: 'NEIGHBOUR', 'similar-item': 'SIMILAR_ITEM', popularity: 'POPULAR', segment: 'SEGMENT', rule: 'RULE',
};

/** Reads the analysis package's answer: a list (or {recommendations|items}) of {product|productId, score, reasons}. */
export function readSeedList(result: unknown): { product: string; score: number; reasons: ReasonModel[]; model?: string }[] {
  const r = result as Record<string, unknown> | unknown[] | null;
  const list = Array.isArray(r) ? r : Array.isArray(r?.recommendations) ? r.recommendations : Array.isArray(r?.items) ? r.items : [];
  return (list as Record<string, unknown>[]).flatMap((x) => {
    const p = x.product ?? x.productId ?? x.id;
    const product = typeof p === 'string' ? p : p && typeof p === 'object' ? String((p as Record<string, unknown>).id) : null;
    if (!product) return [];
    const reasons = Array.isArray(x.reasons)
      ? toReasons(JSON.stringify((x.reasons as Record<string, unknown>[]).map((re) => ({ ...re, kind: SEED_REASON[String(re.kind)] ?? re.kind }))))
      : [];
    return [{ product, score: Number(x.score ?? 0), reasons, model: typeof x.model === 'string' ? x.model : undefined }];
  });
}

async function withProducts(
  loaders: Loaders,
  items: { product: string; score: number; reasons: ReasonModel[]; model?: string }[],
  model: string,
): Promise<RecommendationModel[]> {
  const products = await loaders.products.product.loadMany(items.map((i) => i.product));
  const out: RecommendationModel[] = [];
  items.forEach((item, i) => {
    const product = products[i];
    if (!product || product instanceof Error) return;
    out.push({ product: product as ProductModel, score: item.score, rank: out.length + 1, model: item.model ?? model, reasons: item.reasons });
  });
  return out;
}

export async function recommendForBasket({ store, loaders, services }: Deps, productIds: string[], first: number): Promise<RecommendationModel[]> {
  const basket = [...new Set(productIds)];
  if (basket.length === 0 || first === 0) return [];
  const seedFn = services.recommendForBasket();
  if (seedFn) return withProducts(loaders, readSeedList(await seedFn(store, basket, first)).slice(0, first), 'basket');
  const [similar, rules] = await Promise.all([
    store.query<{ source: string; product: string; score: number }>('api-basket-also-bought', { basket }),
    loaders.rules.rulesForProducts(basket),
  ]);
  const scores = new CandidateScores();
  for (const s of similar) scores.add(s.product, s.score, 'SIMILAR_ITEM', s.source);
  for (const r of rulesApplying(rules, basket)) for (const p of r.consequent) scores.add(p, r.confidence, 'RULE', r.id);
  return withProducts(loaders, scores.top(first, new Set(basket)), 'basket');
}

type Features = Record<string, number | null | undefined>;

/** The segment whose centroid is nearest to the features (z-scored by the customers' mean and spread). */
async function nearestSegment({ store, loaders }: Deps, features: Features): Promise<SegmentModel | null> {
  const [segments, run, [m]] = await Promise.all([
    loaders.segments.allSegments(),
    loaders.analysis.completedRun(),
    store.query<Record<string, number | null>>('api-customer-feature-moments'),
  ]);
  if (!run || segments.length === 0 || !m) return null;
  const moments: Record<string, { mean: number; std: number }> = {};
  for (const f of run.featureNames) {
    const mean = m[f];
    const sq = m[`${f}2`];
    if (mean === null || mean === undefined || sq === null || sq === undefined) continue;
    moments[f] = { mean, std: Math.sqrt(Math.max(0, sq - mean * mean)) };
  }
  let best: SegmentModel | null = null;
  let bestDistance = Infinity;
  for (const s of segments) {
    const d = scaledDistance(features, run.featureNames, s.centroidRaw, moments);
    if (d < bestDistance) [best, bestDistance] = [s, d];
  }
  return best;
}

export async function recommendForNewCustomer(
  deps: Deps,
  input: { segment?: string | null; features?: Features | null },
  first: number,
): Promise<{ segment: SegmentModel | null; recommendations: RecommendationModel[] }> {
  const { store, loaders, services } = deps;
  const features = input.features
    ? Object.fromEntries(Object.entries(input.features).filter(([, v]) => v !== null && v !== undefined)) as Record<string, number>
    : undefined;
  const seedFn = services.recommendForNewCustomer();
  if (seedFn) {
    const result = await seedFn(store, input.segment ? { segment: input.segment } : { features }, first);
    const segId = (result as Record<string, unknown> | null)?.segment;
    const segment = typeof segId === 'string' ? await loaders.segments.segment(segId)
      : segId && typeof segId === 'object' ? await loaders.segments.segment(String((segId as Record<string, unknown>).id)) : null;
    return { segment, recommendations: await withProducts(loaders, readSeedList(result).slice(0, first), 'segment-popularity') };
  }
  const segment = input.segment ? await loaders.segments.segment(input.segment) : await nearestSegment(deps, features ?? {});
  if (!segment) return { segment: null, recommendations: [] };
  const top = (await loaders.segments.topProducts.load(segment.id)).slice(0, first);
  return {
    segment,
    recommendations: top.map((p, i) => ({
      product: p.product, score: p.buyers, rank: i + 1, model: 'segment-popularity',
      reasons: [{ kind: 'SEGMENT', id: segment.id, weight: p.buyers }],
    })),
  };
}
