/**
 * A per-id cache of the hot lookups (customers, their segment,
 * recommendations and neighbours; products and their item neighbours).
 * These only change when the graph is written, and every write the server
 * makes (the analysis job's publish, imports) holds the gate exclusively:
 * the cache is emptied at the end of each exclusive hold, while no request
 * is reading, so a response never mixes cached and new results.
 * Queries answer most of these from the primed read model (../hot/hot-model.ts)
 * first; this cache serves what reaches the store: mutations, a server without
 * the model, `first` beyond the model's ranks, and products' item neighbours.
 */
import type { GraphReader, Params, Row } from '@basketgraph/cypher';
import type { ReadWriteGate } from '../../gate/rw-gate.js';

type KeyOf = (row: Row) => string;
const column =
  (name: string): KeyOf =>
  (row) =>
    String(row[name]);
const nodeId =
  (name: string): KeyOf =>
  (row) =>
    String((row[name] as Record<string, unknown>).id);

/** Cached queries and how to find the id a row belongs to. */
const CACHED: Record<string, KeyOf> = {
  'api-customers-by-id': nodeId('customer'),
  'api-customer-segments': column('customer'),
  'api-customer-recommendations': column('customer'),
  'api-customer-neighbours': column('customer'),
  'api-products-by-id': nodeId('product'),
  'api-product-also-bought': column('product'),
};

/** Ids kept per cached query; a query's cache is emptied when it would hold more. */
export const CACHE_LIMIT = 50_000;

export function cachedReader(store: GraphReader, gate: ReadWriteGate, limit = CACHE_LIMIT): GraphReader & { readonly size: number } {
  // One map per query, so ids of a large table (customers, their lists) never push out those of a small one
  // (products): each query's cache is emptied on its own when full.
  let caches = new Map<string, Map<string, Row[]>>();
  gate.onExclusiveEnd(() => {
    caches = new Map();
  });
  return {
    get size() {
      let n = 0;
      for (const c of caches.values()) n += c.size;
      return n;
    },
    async query<R extends Row = Row>(name: string, params: Params = {}): Promise<R[]> {
      const keyOf = CACHED[name];
      const { ids, ...rest } = params;
      if (!keyOf || !Array.isArray(ids)) return store.query<R>(name, params);
      const prefix = `${name}\u0000${JSON.stringify(rest)}\u0000`;
      const generation = caches;
      let cache = generation.get(name);
      if (!cache) generation.set(name, (cache = new Map()));
      const rows: Row[] = [];
      const missing: string[] = [];
      for (const id of ids as string[]) {
        const hit = cache.get(prefix + id);
        if (hit) rows.push(...hit);
        else missing.push(id);
      }
      if (missing.length === 0) return rows as R[];
      const fetched = await store.query(name, { ...rest, ids: missing });
      const byId = new Map<string, Row[]>(missing.map((id) => [id, []]));
      for (const row of fetched) byId.get(keyOf(row))?.push(row);
      if (generation === caches) {
        if (cache.size + byId.size > limit) cache.clear();
        for (const [id, list] of byId) cache.set(prefix + id, list);
      }
      return [...rows, ...fetched] as R[];
    },
    cypher: (text, params, options) => store.cypher(text, params, options),
  };
}
