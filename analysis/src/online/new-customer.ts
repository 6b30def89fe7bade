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

/** Bad input for the cold start; `argument` names what to fix (`segment` or `features`). */
export class NewCustomerInputError extends Error {
  constructor(
    message: string,
    readonly argument: 'segment' | 'features' = 'features',
  ) {
    super(message);
  }
}

/** Every feature counts or measures something, so none is negative; a rate is at most 1. */
function checkRange(name: string, raw: number): void {
  if (raw < 0) throw new NewCustomerInputError(`features.${name} must be 0 or more, not ${raw}`);
  if (name === 'returnRate' && raw > 1)
    throw new NewCustomerInputError(`features.returnRate is a share of items and must be at most 1, not ${raw}`);
}

/** z-scores of raw features, as `clusteringMatrix` computes them. */
export function scaleFeatures(scaling: Scaling, features: Record<string, number>): number[] {
  return scaling.names.map((name, j) => {
    const raw = features[name];
    if (raw === undefined || !Number.isFinite(raw)) {
      throw new NewCustomerInputError(`features.${name} is required (the segments were built from ${scaling.names.join(', ')})`);
    }
    checkRange(name, raw);
    const x = scaling.logged[j] ? Math.log1p(raw) : raw;
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
    const [run] = await store.query<{ scaling: string | null }>('current-run');
    if (!run?.scaling) return { segment: null, recommendations: [] };
    const segments = await store.query<{ id: string; centroidScaled: number[] }>('segment-centroids');
    const z = scaleFeatures(JSON.parse(run.scaling) as Scaling, input.features);
    segment =
      segments[
        nearestCentroid(
          z,
          segments.map((s) => s.centroidScaled),
        )
      ]?.id ?? null;
    if (!segment) return { segment: null, recommendations: [] };
  }
  const rows = await store.query<{ id: string; buyers: number }>('api-segment-top-products', { ids: [segment] });
  // A segment has members who bought something, so no rows means a segment id that does not exist: say which do.
  if (rows.length === 0 && input.segment) await refuseUnknownSegment(store, input.segment);
  return {
    segment,
    recommendations: rows.slice(0, Math.max(0, first)).map((r) => ({
      product: r.id,
      score: r.buyers,
      reasons: [{ kind: 'SEGMENT', id: segment, weight: r.buyers }],
    })),
  };
}

async function refuseUnknownSegment(store: GraphReader, segment: string): Promise<void> {
  const known = (await store.query<{ id: string }>('segment-centroids')).map((s) => s.id);
  if (known.includes(segment)) return;
  throw new NewCustomerInputError(
    known.length === 0
      ? `there are no segments yet: run the analysis first`
      : `there is no segment "${segment}" in the latest analysis (its segments: ${known.join(', ')})`,
    'segment',
  );
}
