/**
 * DataLoader helpers: one store query per batch of ids, results handed back
 * in key order. Loaders live for one request (created in the context).
 */
import DataLoader from 'dataloader';
import type { Order } from './list-order.js';

/** A loader whose batch function returns a map id → value; missing ids load as `null`. */
export function byId<V>(fetch: (ids: string[]) => Promise<Map<string, V>>): DataLoader<string, V | null> {
  return new DataLoader<string, V | null>(
    async (keys) => {
      const found = await fetch([...new Set(keys)]);
      return keys.map((k) => found.get(k) ?? null);
    },
    { maxBatchSize: 1000 },
  );
}

/** A loader whose batch function returns a map id → list; missing ids load as `[]`. */
export function listsById<V>(fetch: (ids: string[]) => Promise<Map<string, V[]>>): DataLoader<string, V[]> {
  return new DataLoader<string, V[]>(
    async (keys) => {
      const found = await fetch([...new Set(keys)]);
      return keys.map((k) => found.get(k) ?? []);
    },
    { maxBatchSize: 1000 },
  );
}

/** Groups rows into lists by a key; each list sorted by `order` (list-order.ts: the store's row order is not relied on). */
export function groupBy<R, V>(rows: R[], key: (r: R) => string, value: (r: R) => V, order: Order<V>): Map<string, V[]> {
  const out = new Map<string, V[]>();
  for (const r of rows) {
    const k = key(r);
    let list = out.get(k);
    if (!list) out.set(k, (list = []));
    list.push(value(r));
  }
  for (const list of out.values()) list.sort(order);
  return out;
}

/** One loader per parameter value (e.g. per `first`), created on first use. */
export class LoaderFamily<P extends string | number, L> {
  private readonly loaders = new Map<P, L>();
  constructor(private readonly create: (param: P) => L) {}

  get(param: P): L {
    let l = this.loaders.get(param);
    if (!l) this.loaders.set(param, (l = this.create(param)));
    return l;
  }
}

/** A value loaded at most once per request. */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | undefined;
  return () => (p ??= load());
}

/** A batch answered from the primed read model: id → value for the ids it holds. */
export function fromHot<V>(ids: string[], get: (id: string) => V | null): Map<string, V> {
  const out = new Map<string, V>();
  for (const id of ids) {
    const v = get(id);
    if (v !== null) out.set(id, v);
  }
  return out;
}

/** Lists from the primed read model, or undefined when it cannot answer them (e.g. `first` beyond its ranks). */
export function fromHotLists<V>(ids: string[], get: (id: string) => readonly V[] | undefined): Map<string, V[]> | undefined {
  const out = new Map<string, V[]>();
  for (const id of ids) {
    const list = get(id);
    if (list === undefined) return undefined;
    out.set(id, list as V[]);
  }
  return out;
}
