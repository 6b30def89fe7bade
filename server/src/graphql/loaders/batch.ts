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

/** Loaders by a parameter value (e.g. per `first`). */
export interface Family<P, L> {
  get(param: P): L;
}

/** One loader per parameter value (e.g. per `first`), created on first use. */
export class LoaderFamily<P extends string | number, L> implements Family<P, L> {
  private readonly loaders = new Map<P, L>();
  constructor(private readonly create: (param: P) => L) {}

  get(param: P): L {
    let l = this.loaders.get(param);
    if (!l) this.loaders.set(param, (l = this.create(param)));
    return l;
  }
}

/** Converts a row fetched alongside others and seeds `lookup` (created on first use) with it, so a later load of its id needs no query. */
export function primed<M extends { id: string }>(
  toModel: (node: Record<string, unknown>) => M,
  lookup: () => PrimedLookup<string, M | null>,
): (node: Record<string, unknown>) => M {
  return (node) => {
    const model = toModel(node);
    lookup().prime(model.id, model);
    return model;
  };
}

/** A value loaded at most once per request. */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | undefined;
  return () => (p ??= load());
}

/** A value at once (from the in-memory read model) or later (from the store). */
export type Answer<T> = T | Promise<T>;

/** `f` applied to an answer: at once when the answer is there, after it otherwise. */
export function mapAnswer<T, U>(answer: Answer<T>, f: (value: T) => U): Answer<U> {
  return answer instanceof Promise ? answer.then(f) : f(answer);
}

/**
 * A keyed lookup as resolvers and other loaders use it, whoever answers it: a
 * DataLoader over the store is one, and so is `modelLookup` over the read model.
 */
export interface Lookup<K, V> {
  load(key: K): Answer<V>;
  /** Like DataLoader's: a failed key is an Error in its place. */
  loadMany(keys: readonly K[]): Promise<(V | Error)[]>;
}

/** A lookup that can be seeded with values fetched alongside other rows (customers, products). */
export interface PrimedLookup<K, V> extends Lookup<K, V> {
  prime(key: K, value: V): unknown;
}

/**
 * A lookup answered by the in-memory read model: `get` answers at once, or
 * returns undefined when the model cannot answer that key (e.g. `first` beyond
 * the ranks it keeps), which then goes to `fallback` (the store's lookup).
 * Values primed into it go to the store's lookup, for keys the model does not answer.
 */
export function modelLookup<K, V>(get: (key: K) => V | undefined, fallback: () => PrimedLookup<K, V>): PrimedLookup<K, V>;
export function modelLookup<K, V>(get: (key: K) => V | undefined, fallback: () => Lookup<K, V>): Lookup<K, V>;
export function modelLookup<K, V>(get: (key: K) => V | undefined, fallback: () => Lookup<K, V> | PrimedLookup<K, V>): PrimedLookup<K, V> {
  return new ModelLookup(get, fallback);
}

/** modelLookup's lookup: a class, so a request creates two fields per lookup rather than three closures. */
class ModelLookup<K, V> implements PrimedLookup<K, V> {
  constructor(
    private readonly get: (key: K) => V | undefined,
    private readonly fallback: () => Lookup<K, V> | PrimedLookup<K, V>,
  ) {}

  load(key: K): Answer<V> {
    const v = this.get(key);
    return v === undefined ? this.fallback().load(key) : v;
  }

  async loadMany(keys: readonly K[]): Promise<(V | Error)[]> {
    const out: (V | Error | undefined)[] = keys.map((k) => this.get(k));
    const missing = keys.filter((_, i) => out[i] === undefined);
    if (missing.length > 0) {
      const loaded = await this.fallback().loadMany(missing);
      let next = 0;
      for (let i = 0; i < out.length; i++) if (out[i] === undefined) out[i] = loaded[next++];
    }
    return out as (V | Error)[];
  }

  prime(key: K, value: V): void {
    if (this.get(key) !== undefined) return;
    const store = this.fallback();
    if ('prime' in store) store.prime(key, value);
  }
}
