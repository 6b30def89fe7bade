/**
 * Recommendations that are not for a known customer: for a basket of
 * products, and for a new customer (a segment, or features placed in the
 * nearest segment). Both are the analysis package's on-the-fly recommenders
 * (rules + ALSO_BOUGHT; segment popularity / nearest centroid).
 */
import type { GraphReader } from '@basketgraph/cypher';
import type { OnlineRecommendation, Reason } from '@basketgraph/analysis';
import type { Loaders } from '../../loaders/create-loaders.js';
import type { Services } from '../../context.js';
import type { ReasonModel, RecommendationModel, SegmentModel } from '../models.js';

interface Deps {
  store: GraphReader;
  loaders: Loaders;
  services: Services;
}

/** A reason as the API shows it: a global reason (no id) is "global". */
const toReason = (r: Reason): ReasonModel => ({ kind: r.kind, id: r.id ?? 'global', weight: r.weight });

/** The on-line recommendations with their products (ranked 1…n; a product that no longer exists is left out). */
async function withProducts(loaders: Loaders, items: OnlineRecommendation[], model: string): Promise<RecommendationModel[]> {
  const products = await loaders.products.product.loadMany(items.map((i) => i.product));
  const out: RecommendationModel[] = [];
  items.forEach((item, i) => {
    const product = products[i];
    if (!product || product instanceof Error) return;
    out.push({ product, score: item.score, rank: out.length + 1, model, reasons: item.reasons.map(toReason) });
  });
  return out;
}

export async function recommendForBasket({ store, loaders, services }: Deps, productIds: string[], first: number): Promise<RecommendationModel[]> {
  const basket = [...new Set(productIds)];
  if (basket.length === 0 || first === 0) return [];
  return withProducts(loaders, (await services.recommendForBasket(store, basket, first)).slice(0, first), 'basket');
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
  const features = input.features ? givenFeatures(input.features) : undefined;
  const result = await services.recommendForNewCustomer(store, input.segment ? { segment: input.segment } : { features }, first);
  const segment = result.segment ? await loaders.segments.segment(result.segment) : null;
  if (method === 'segment-user-knn') {
    if (!services.recommendForSegment) throw new Error('the segment-user-knn model is not available on this server');
    const list = segment ? await services.recommendForSegment(segment.rank, first) : [];
    return { segment, recommendations: await withProducts(loaders, list, 'segment-user-knn') };
  }
  return { segment, recommendations: await withProducts(loaders, result.recommendations.slice(0, first), 'segment-popularity') };
}

/** The features the client gave (GraphQL passes the ones it left out as null). */
function givenFeatures(features: Features): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, value] of Object.entries(features)) if (value !== null && value !== undefined) out[name] = value;
  return out;
}
