/**
 * Cold start: what a new customer should see. Given a segment, its most
 * bought products; given features, the segment whose centroid is nearest
 * after the same scaling the clustering used (stored on the AnalysisRun).
 */
import type { GraphReader } from '@basketgraph/cypher';
import type { OnlineRecommendation } from './basket-recommendations.js';

export interface Scaling {
  names: string[];
  logged: boolean[];
  mean: number[];
  std: number[];
}

export class NewCustomerInputError extends Error {}

/** z-scores of raw features, as `clusteringMatrix` computes them. */
export function scaleFeatures(scaling: Scaling, features: Record<string, number>): number[] {
  return scaling.names.map((name, j) => {
    const raw = features[name];
    if (raw === undefined || !Number.isFinite(raw)) {
      throw new NewCustomerInputError(`features.${name} is required (the segments were built from ${scaling.names.join(', ')})`);
    }
    const x = scaling.logged[j] ? Math.log1p(Math.max(0, raw)) : raw;
    return (x - scaling.mean[j]) / (scaling.std[j] || 1);
  });
}

/** Index of the centroid nearest to `z` (ties: the lower index). */
export function nearestCentroid(z: number[], centroids: number[][]): number {
  let best = -1;
  let bestDistance = Infinity;
  centroids.forEach((c, s) => {
    const d = c.reduce((acc, v, j) => acc + (v - z[j]) ** 2, 0);
    if (d < bestDistance) [best, bestDistance] = [s, d];
  });
  return best;
}

export async function recommendForNewCustomer(
  store: GraphReader,
  input: { segment?: string; features?: Record<string, number> },
  first: number,
): Promise<{ segment: string | null; recommendations: OnlineRecommendation[] }> {
  let segment = input.segment ?? null;
  if (!segment) {
    if (!input.features) throw new NewCustomerInputError('give a segment id or the customer’s features');
    const [run] = await store.query<{ scaling: string | null }>('latest-completed-run');
    if (!run?.scaling) return { segment: null, recommendations: [] };
    const segments = await store.query<{ id: string; centroidScaled: number[] }>('segment-centroids');
    const z = scaleFeatures(JSON.parse(run.scaling) as Scaling, input.features);
    segment = segments[nearestCentroid(z, segments.map((s) => s.centroidScaled))]?.id ?? null;
    if (!segment) return { segment: null, recommendations: [] };
  }
  const rows = await store.query<{ id: string; buyers: number }>('api-segment-top-products', { ids: [segment] });
  return {
    segment,
    recommendations: rows.slice(0, Math.max(0, first)).map((r) => ({
      product: r.id,
      score: r.buyers,
      reasons: [{ kind: 'SEGMENT', id: segment, weight: r.buyers }],
    })),
  };
}
