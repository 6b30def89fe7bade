/**
 * Recommendations that are not for a known customer: for a basket of
 * products, and for a new customer (a segment, or features placed in the
 * nearest segment). Both are the analysis package's on-the-fly recommenders
 * (rules + ALSO_BOUGHT; segment popularity / nearest centroid).
 */
import type { GraphReader } from '@basketgraph/cypher';
import type { Loaders } from '../loaders/create-loaders.js';
import type { Services } from '../context.js';
import type { ProductModel, ReasonKind, ReasonModel, RecommendationModel, SegmentModel } from './models.js';
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
  return withProducts(loaders, readSeedList(await seedFunction(services.recommendForBasket)(store, basket, first)).slice(0, first), 'basket');
}

/** The analysis package's function (always exported; tests may inject their own). */
function seedFunction<T>(get: () => T | null): T {
  const f = get();
  if (!f) throw new Error('the analysis package does not provide this recommender');
  return f;
}

type Features = Record<string, number | null | undefined>;

/** What a new customer is shown: the segment's most bought products (the evaluated default) or the segment CF's list. */
export type NewCustomerMethodName = 'segment-popularity' | 'segment-user-knn';

export async function recommendForNewCustomer(
  deps: Deps,
  input: { segment?: string | null; features?: Features | null },
  first: number,
  method: NewCustomerMethodName = 'segment-popularity',
): Promise<{ segment: SegmentModel | null; recommendations: RecommendationModel[] }> {
  const { store, loaders, services } = deps;
  const features = input.features
    ? Object.fromEntries(Object.entries(input.features).filter(([, v]) => v !== null && v !== undefined)) as Record<string, number>
    : undefined;
  const result = await seedFunction(services.recommendForNewCustomer)(store, input.segment ? { segment: input.segment } : { features }, first);
  const segId = (result as Record<string, unknown> | null)?.segment;
  const segment = typeof segId === 'string' ? await loaders.segments.segment(segId)
    : segId && typeof segId === 'object' ? await loaders.segments.segment(String((segId as Record<string, unknown>).id)) : null;
  if (method === 'segment-user-knn') {
    if (!services.recommendForSegment) throw new Error('the segment-user-knn model is not available on this server');
    const list = segment ? await services.recommendForSegment(segment.rank, first) : [];
    return { segment, recommendations: await withProducts(loaders, readSeedList(list), 'segment-user-knn') };
  }
  return { segment, recommendations: await withProducts(loaders, readSeedList(result).slice(0, first), 'segment-popularity') };
}
