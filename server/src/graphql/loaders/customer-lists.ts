/**
 * A customer's recommendations and neighbours from its `CustomerLists` row: one primary-key lookup per customer,
 * batched across customers and requests (api-customer-lists), instead of following the customer's RECOMMENDED and
 * SIMILAR edges, which the embedded store can only do one customer per query (about 3 and 5 ms at 10× the bundled
 * data). The products are then read by id, batched and cached; the neighbours are given by id, their properties
 * read only when a client asks (customer-properties-resolver.ts). Customers
 * without a row (the run did not cover them, or the graph was analysed before the table existed) are read from
 * the edges. A recommendation read this way has no reasons: the Recommendation resolver reads them from the edges
 * when a client asks (reasons are the bulk of a recommendation, and lists rarely show them).
 */
import type { GraphReader } from '@basketgraph/cypher';
import type { Lookup } from './batch.js';
import type { NeighbourModel, ProductModel, RecommendationModel } from '../data/models.js';
import { parseJson } from '../data/rows.js';

export interface StoredLists {
  model: string;
  /** [productId, score], best first. */
  recommendations: [string, number][];
  /** [customerId, score, shared, sameSegment], most similar first. */
  neighbours: [string, number, number, boolean | null][];
}

export async function fetchCustomerLists(store: GraphReader, ids: string[]): Promise<Map<string, StoredLists>> {
  const rows = await store.query<{ customer: string; model: string; recommendations: string; neighbours: string }>('api-customer-lists', {
    ids,
  });
  return new Map(
    rows.map((r) => [
      String(r.customer),
      { model: String(r.model ?? ''), recommendations: parseJson(r.recommendations, []), neighbours: parseJson(r.neighbours, []) },
    ]),
  );
}

/** The value of each of `keys`, or the error it failed with, thrown. */
async function values<K, V>(lookup: Lookup<K, V>, keys: readonly K[]): Promise<V[]> {
  const out = await lookup.loadMany(keys);
  for (const v of out) if (v instanceof Error) throw v;
  return out as V[];
}

/** Splits `ids` into those with a lists row and those without, and reads the latter through `fromEdges`. */
async function withFallback<V>(
  ids: string[],
  lists: Lookup<string, StoredLists | null>,
  fromLists: (found: [string, StoredLists][]) => Promise<Map<string, V[]>>,
  fromEdges: Lookup<string, V[]>,
): Promise<Map<string, V[]>> {
  const stored = await values(lists, ids);
  const found: [string, StoredLists][] = [];
  const missing: string[] = [];
  ids.forEach((id, i) => (stored[i] ? found.push([id, stored[i]]) : missing.push(id)));
  const [out, rest] = await Promise.all([fromLists(found), values(fromEdges, missing)]);
  missing.forEach((id, i) => out.set(id, rest[i]));
  return out;
}

export function recommendationsFromLists(
  ids: string[],
  first: number,
  lists: Lookup<string, StoredLists | null>,
  product: Lookup<string, ProductModel | null>,
  fromEdges: Lookup<string, RecommendationModel[]>,
): Promise<Map<string, RecommendationModel[]>> {
  return withFallback(
    ids,
    lists,
    async (found) => {
      const heads = found.map(([, l]) => l.recommendations.slice(0, first));
      const products = await values(
        product,
        heads.flatMap((h) => h.map(([p]) => p)),
      );
      const out = new Map<string, RecommendationModel[]>();
      let next = 0;
      found.forEach(([id, l], i) => {
        const list: RecommendationModel[] = [];
        heads[i].forEach(([, score], k) => {
          const p = products[next++];
          if (p) list.push({ product: p, score, rank: k + 1, model: l.model, of: id });
        });
        out.set(id, list);
      });
      return out;
    },
    fromEdges,
  );
}

/** Neighbours from the lists: each neighbour by reference (its id), its properties loaded only if a client asks. */
export function neighboursFromLists(
  ids: string[],
  first: number,
  lists: Lookup<string, StoredLists | null>,
  fromEdges: Lookup<string, NeighbourModel[]>,
): Promise<Map<string, NeighbourModel[]>> {
  return withFallback(
    ids,
    lists,
    async (found) =>
      new Map(
        found.map(([id, l]) => [
          id,
          l.neighbours.slice(0, first).map(([customer, score, shared, sameSegment], k) => ({
            of: id,
            customer: { id: customer, byReference: true } as const,
            score,
            rank: k + 1,
            sharedProducts: shared,
            sameSegment: sameSegment ?? null,
          })),
        ]),
      ),
    fromEdges,
  );
}
